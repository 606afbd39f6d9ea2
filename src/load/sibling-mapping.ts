import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadedCsvMapping } from '../answers/csv-mapping.js';
import { loadCsvMapping } from './csv-mapping.js';
import { osPath } from '../util/os-path.js';

/** Mapping file names tried beside an export `name.csv`, in this order. */
const SIBLING_ENDINGS = ['.map.yaml', '.map.yml'];

/**
 * The mapping file that sits beside a form export with the same base name (`export.csv` or `export.xlsx` →
 * `export.map.yaml`, else `export.map.yml`), named as the export is; undefined when there is none.
 */
export function siblingMappingFile(csv: string, cwd: string): string | undefined {
  const base = csv.replace(/\.(csv|xlsx)$/i, '');
  if (base === csv) return undefined;
  return SIBLING_ENDINGS.map((ending) => base + ending).find((file) => existsSync(osPath(resolve(cwd, file))));
}

/** The sibling mapping file, read and checked; undefined when there is none. */
export function loadSiblingMapping(csv: string, cwd: string): LoadedCsvMapping | undefined {
  const file = siblingMappingFile(csv, cwd);
  return file === undefined ? undefined : loadCsvMapping(file, cwd);
}
