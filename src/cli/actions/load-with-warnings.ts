import { loadAssessment } from '../../load/assessment.js';
import type { Assessment } from '../../scoring/assessment.js';
import { terminalOf, type CommandContext } from '../command-result.js';
import { warningLines } from '../warnings.js';

/** A loader of assessments for report, compare and trend: each file's warnings join `notices` as it loads. */
export function assessmentLoader(options: CommandContext & { questionnaire?: string }, notices: string[]): (file: string) => Assessment {
  const { style } = terminalOf(options);
  return (file) => {
    const assessment = loadAssessment(file, { cwd: options.cwd, questionnaire: options.questionnaire });
    notices.push(...warningLines(assessment.warnings, style));
    return assessment;
  };
}
