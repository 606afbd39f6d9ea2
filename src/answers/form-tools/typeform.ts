import { hasHeaders, ID, IGNORED, metadataTable, singleRowColumns, type FormTool } from './form-tool.js';

/**
 * Typeform's CSV: `#` (the response token) first, a column per question headed by its title, a
 * multiple-selection question as one column per choice headed by the choice (the cell holds the
 * choice when ticked), yes/no as 1/0, then Start Date (UTC), Submit Date (UTC), Network ID, Tags.
 */
export const typeform: FormTool = {
  name: 'typeform',
  title: 'Typeform',
  detect: (rows) => (rows[0]?.[0] ?? '').trim() === '#' && (hasHeaders(rows[0], 'Submit Date (UTC)') || hasHeaders(rows[0], 'Network ID')),
  headerRows: () => 1,
  columns: singleRowColumns,
  metadata: metadataTable({
    '#': ID,
    'Response Type': IGNORED,
    'Start Date (UTC)': IGNORED,
    'Stage Date (UTC)': IGNORED,
    'Submit Date (UTC)': { kind: 'submitted' },
    'Network ID': IGNORED,
    Tags: IGNORED,
    Ending: IGNORED,
  }),
  yesNoCodes: { '1': 'yes', '0': 'no' },
};
