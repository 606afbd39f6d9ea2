/** The cell separators a form export may use: `,`, or what Excel writes in locales with a decimal comma (`;`) and in "Unicode Text" (tab). */
export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The separator of an export from its header line (the text up to its first line end outside
 * quotes): the one that splits it into the most cells outside quotes, `,` on a tie or when none
 * splits it. Only the header is looked at: free text in later rows is full of commas.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else {
      const count = counts.get(char);
      if (count !== undefined) counts.set(char, count + 1);
    }
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}
