import type { FirstRows, FormTool, FormToolName } from './form-tool.js';
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
