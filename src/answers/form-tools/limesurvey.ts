import { hasHeaders, ID, IGNORED, metadataTable, singleRowColumns, type FormTool } from './form-tool.js';

const SUBMITTED = { kind: 'submitted' } as const;

/**
 * LimeSurvey's CSV, headed by question codes (`G1Q1`, `G1Q2[SQ001]`) or by full question text
 * (`Question [Option]` for a multi-select's options and an array's rows). Answers as codes (`AO01`,
 * `Y`) or full text (`Yes`). An unfinished response has no submit date.
 */
export const limeSurvey: FormTool = {
  name: 'limesurvey',
  title: 'LimeSurvey',
  detect: (rows) => hasHeaders(rows[0], 'submitdate', 'lastpage') || hasHeaders(rows[0], 'Date submitted', 'Last page'),
  headerRows: () => 1,
  columns: singleRowColumns,
  metadata: metadataTable({
    id: ID,
    'Response ID': ID,
    submitdate: SUBMITTED,
    'Date submitted': SUBMITTED,
    lastpage: IGNORED,
    'Last page': IGNORED,
    startlanguage: IGNORED,
    'Start language': IGNORED,
    seed: IGNORED,
    Seed: IGNORED,
    startdate: IGNORED,
    'Date started': IGNORED,
    datestamp: IGNORED,
    'Date last action': IGNORED,
    ipaddr: IGNORED,
    'IP address': IGNORED,
    refurl: IGNORED,
    'Referrer URL': IGNORED,
    token: IGNORED,
    Token: IGNORED,
  }),
};
