import { COMPLETED, hasHeaders, ID, IGNORED, metadataTable, singleRowColumns, type FormTool } from './form-tool.js';

/**
 * Tally's CSV: Submission ID, Respondent ID, Submitted at, then a column per question; checkboxes
 * in one cell, comma-separated. A person who submits twice keeps one Respondent ID, so the
 * submission's id names the response.
 */
export const tally: FormTool = {
  name: 'tally',
  title: 'Tally',
  detect: (rows) => hasHeaders(rows[0], 'Submission ID', 'Submitted at'),
  headerRows: () => 1,
  columns: singleRowColumns,
  metadata: metadataTable({ 'Submission ID': ID, 'Respondent ID': IGNORED, 'Submitted at': COMPLETED }),
};
