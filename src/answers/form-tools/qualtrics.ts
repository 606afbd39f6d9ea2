import { COMPLETED, hasHeaders, ID, IGNORED, metadataTable, type ColumnHeader, type FirstRows, type FormTool } from './form-tool.js';

const IMPORT_ID = /^\s*\{\s*"ImportId"/;
const FINISHED_VALUE = /^\s*(true|false|1|0)\s*$/i;

/**
 * Qualtrics' CSV: row 1 the export tags (Q3, Q2_1 for a matrix row), row 2 the question text (a
 * matrix row as `Question - Statement`), row 3 `{"ImportId":"QID3"}` (older exports have no row 3).
 * Metadata first: StartDate … Finished, RecordedDate, ResponseId. Answers as choice text, or as
 * numeric codes when exported with "numeric values"; several choices in one cell, comma-separated.
 */
export const qualtrics: FormTool = {
  name: 'qualtrics',
  title: 'Qualtrics',
  detect: (rows) => hasHeaders(rows[0], 'ResponseId', 'Finished') || IMPORT_ID.test(rows[2]?.[0] ?? ''),
  headerRows: qualtricsHeaderRows,
  columns: qualtricsColumns,
  metadata: metadataTable({
    StartDate: IGNORED,
    EndDate: IGNORED,
    Status: IGNORED,
    IPAddress: IGNORED,
    Progress: IGNORED,
    'Duration (in seconds)': IGNORED,
    Finished: { kind: 'finished' },
    RecordedDate: COMPLETED,
    ResponseId: ID,
    RecipientLastName: IGNORED,
    RecipientFirstName: IGNORED,
    RecipientEmail: IGNORED,
    ExternalReference: IGNORED,
    ExternalDataReference: IGNORED,
    LocationLatitude: IGNORED,
    LocationLongitude: IGNORED,
    DistributionChannel: IGNORED,
    UserLanguage: IGNORED,
  }),
  codedAnswers: (rows, headerRows) => {
    // The numeric export writes Finished as 1/0, the choice-text one as True/False.
    const finished = (rows[0] ?? []).findIndex((header) => header.trim().toLowerCase() === 'finished');
    const first = rows[headerRows];
    return finished !== -1 && first !== undefined && /^[01]$/.test((first[finished] ?? '').trim());
  },
  textExportHint: 'or export again with "Use choice text"',
};

/** Three rows with ImportIds, two in older exports, one when someone deleted the others (row 2 then holds a respondent's Finished). */
function qualtricsHeaderRows(rows: FirstRows): number {
  if (IMPORT_ID.test(rows[2]?.[0] ?? '')) return 3;
  const finished = (rows[0] ?? []).findIndex((header) => header.trim().toLowerCase() === 'finished');
  return finished !== -1 && FINISHED_VALUE.test(rows[1]?.[finished] ?? '') ? 1 : 2;
}

function qualtricsColumns(rows: FirstRows): ColumnHeader[] {
  const [tags = [], texts = []] = rows;
  return tags.map((tag, index) => {
    const text = texts[index] ?? '';
    return text.trim() === '' ? { header: tag, alternatives: [] } : { header: text, alternatives: [tag] };
  });
}
