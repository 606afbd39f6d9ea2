import { COMPLETED, hasHeaders, ID, IGNORED, metadataTable, type ColumnHeader, type FirstRows, type FormTool } from './form-tool.js';

/** Row 2's words for "this column is the question's one answer", which label nothing. */
const ANSWER_LABELS = new Set(['response', 'open-ended response', '']);

/**
 * SurveyMonkey's "All responses data" (CSV or .xlsx, expanded): two header rows. Row 1 names the
 * question over its first column and leaves the rest of its columns blank; row 2 says `Response`
 * for a one-answer question, or labels each column: a multi-select's options (a ticked cell holds
 * the option's text) or a matrix's rows. Dates month-first (11/16/2026 9:05:12 AM).
 */
export const surveyMonkey: FormTool = {
  name: 'surveymonkey',
  title: 'SurveyMonkey',
  detect: (rows) => hasHeaders(rows[0], 'Respondent ID', 'Collector ID'),
  // Row 2 is blank under Respondent ID; a respondent's id there means someone deleted row 2, and the
  // blank-headed columns then cannot be told apart (refused as several columns for one question).
  headerRows: (rows) => ((rows[1]?.[0] ?? '').trim() === '' ? 2 : 1),
  columns: surveyMonkeyColumns,
  metadata: metadataTable({
    'Respondent ID': ID,
    'Collector ID': IGNORED,
    'Start Date': IGNORED,
    'End Date': COMPLETED,
    'IP Address': IGNORED,
    'Email Address': IGNORED,
    'First Name': IGNORED,
    'Last Name': IGNORED,
    'Custom Data 1': IGNORED,
  }),
  dateOrder: 'month-first',
};

function surveyMonkeyColumns(rows: FirstRows): ColumnHeader[] {
  const [first = [], second = []] = rows;
  let question = '';
  return first.map((cell, index) => {
    if (cell.trim() !== '') question = cell;
    const label = (second[index] ?? '').trim();
    return { header: question, alternatives: [], ...(ANSWER_LABELS.has(label.toLowerCase()) ? {} : { label }) };
  });
}
