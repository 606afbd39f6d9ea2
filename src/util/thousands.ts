/**
 * A whole number with commas between thousands (100000 → "100,000"), as `toLocaleString('en-US')`
 * writes it but without waking ICU: that costs start-up some 18 ms, and `--help` text needs it.
 */
export function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
