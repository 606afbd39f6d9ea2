import { MAX_CSV_RECORD_CHARS } from '../util/limits.js';

/** How csv-parse reads a form export; the bench's parse floor imports it too, so both parse alike. */
export const csvParseOptions = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_CSV_RECORD_CHARS } as const;
