import { COMPLETED, IGNORED, metadataTable, singleRowColumns, type FormTool } from './form-tool.js';

/**
 * Google Forms: the CSV downloaded from the form, or from its linked Sheet. Timestamp first; the
 * form's download writes it year-first (2026/11/16 9:05:12 AM GMT+1), the Sheet in its locale,
 * month-first for the default United States one. Checkboxes in one cell joined with ", "; grid
 * questions one column per row, headed `Title [Row]`.
 */
export const googleForms: FormTool = {
  name: 'google-forms',
  title: 'Google Forms',
  detect: (rows) => (rows[0]?.[0] ?? '').trim().toLowerCase() === 'timestamp',
  headerRows: () => 1,
  columns: singleRowColumns,
  metadata: metadataTable({ Timestamp: COMPLETED, 'Email Address': IGNORED, Score: IGNORED }),
  dateOrder: 'month-first',
};
