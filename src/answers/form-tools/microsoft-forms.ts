import { COMPLETED, hasHeaders, ID, IGNORED, metadataTable, singleRowColumns, type FormTool } from './form-tool.js';

/**
 * Microsoft Forms' .xlsx (or that sheet re-saved as CSV by Excel, with the dates in its locale):
 * ID, Start time, Completion time, Email, Name, Last modified time, then one column per question
 * and per Likert statement; several choices in one cell, each followed by ";".
 */
export const microsoftForms: FormTool = {
  name: 'microsoft-forms',
  title: 'Microsoft Forms',
  detect: (rows) => hasHeaders(rows[0], 'ID', 'Start time', 'Completion time'),
  headerRows: () => 1,
  columns: singleRowColumns,
  metadata: metadataTable({
    ID,
    'Start time': IGNORED,
    'Completion time': COMPLETED,
    Email: IGNORED,
    'Last modified time': IGNORED,
    'Total points': IGNORED,
    'Quiz feedback': IGNORED,
  }),
  dateOrder: 'month-first',
};
