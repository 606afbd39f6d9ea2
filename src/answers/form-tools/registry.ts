import type { ColumnHeader, FirstRows, FormTool, FormToolName } from './form-tool.js';
import { googleForms } from './google-forms.js';
import { limeSurvey } from './limesurvey.js';
import { microsoftForms } from './microsoft-forms.js';
import { plainCsv } from './plain-csv.js';
import { qualtrics } from './qualtrics.js';
import { surveyMonkey } from './surveymonkey.js';
import { tally } from './tally.js';
import { typeform } from './typeform.js';

/** Tried in this order; a plain CSV last, since it fits anything. */
const FORM_TOOLS: readonly FormTool[] = [qualtrics, surveyMonkey, limeSurvey, typeform, tally, microsoftForms, googleForms, plainCsv];

/** How many records detection looks at: Qualtrics' three header rows and a first respondent. */
export const FIRST_ROWS = 4;

/** The tool whose export header these first rows are. */
export function detectFormTool(rows: FirstRows): FormTool {
  return FORM_TOOLS.find((tool) => tool.detect(rows)) ?? plainCsv;
}

export function formToolNamed(name: FormToolName): FormTool {
  return FORM_TOOLS.find((tool) => tool.name === name) ?? plainCsv;
}

/** An export's layout from its first records: the tool (named, or detected), its header rows and columns. */
export interface ExportLayout {
  tool: FormTool;
  /** How many of the first records are header rows; the rest are respondents. */
  headerRows: number;
  columns: ColumnHeader[];
  /** Whether the rows hold the tool's numeric codes (see FormTool.codedAnswers). */
  coded: boolean;
}

export function exportLayout(first: FirstRows, name?: FormToolName): ExportLayout {
  const tool = name ? formToolNamed(name) : detectFormTool(first);
  const headerRows = Math.min(tool.headerRows(first), first.length);
  return { tool, headerRows, columns: tool.columns(first.slice(0, headerRows)), coded: tool.codedAnswers?.(first, headerRows) ?? false };
}
