/** `make`, called at most once: later calls return the first result. For work only some paths need (charts for a file). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
