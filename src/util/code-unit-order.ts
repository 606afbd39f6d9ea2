/**
 * Orders strings by UTF-16 code units: the same on every machine and locale, and free, where
 * `localeCompare` costs about 10 ms the first time a process calls it (ICU builds its collator).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
