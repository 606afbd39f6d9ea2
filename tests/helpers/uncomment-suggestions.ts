/** What a user does to take the suggestions: remove the "# " of each `values:` or `offset:` line and of the lines of its block. */
export function uncommentSuggestions(text: string): string {
  // The indentation of the block being uncommented, while in one.
  let block: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const start = /^(\s*)# ((?:values|offset):.*)$/.exec(line);
      if (start) {
        block = start[1] as string;
        return block + (start[2] as string);
      }
      if (block !== undefined && line.startsWith(`${block}#   `)) return block + line.slice(block.length + 2);
      block = undefined;
      return line;
    })
    .join('\n');
}
