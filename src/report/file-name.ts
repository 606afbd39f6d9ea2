/**
 * The name of an input file without its folders, as a report names it: a report is handed on, and
 * the folders an input sat in (`/home/anna/clients/…`) are nobody else's business. Pure, so no
 * node:path: both separators count, as a path may come from either system.
 */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== '').pop() ?? path;
}
