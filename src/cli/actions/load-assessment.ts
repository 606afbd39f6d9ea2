import { loadAnswerFile } from '../../answers/load.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { describeRespondent } from '../../report/respondent.js';
import { scoreResponse } from '../../scoring/score-response.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { snapshotOfScorecard, type Snapshot } from '../../scoring/snapshot.js';
import { UserError } from '../../util/errors.js';

export interface Assessment {
  file: string;
  questionnaire: Questionnaire;
  snapshot: Snapshot;
  scorecard: Scorecard;
}

/** An answer file, scored: what compare, trend and report --compare/--target read. */
export function loadAssessment(file: string, options: { cwd: string; questionnaire?: string | undefined }): Assessment {
  const loaded = loadAnswerFile(file, { cwd: options.cwd, questionnaire: options.questionnaire });
  const scorecard = scoreResponse(loaded.questionnaire, loaded.response);
  const label = describeRespondent(scorecard.respondent) || file;
  return { file, questionnaire: loaded.questionnaire, scorecard, snapshot: snapshotOfScorecard(scorecard, label) };
}

/** Deltas only mean something between assessments of one questionnaire (and one version of it). */
export function requireSameQuestionnaire(assessments: readonly Assessment[], command: string): void {
  const [first, ...rest] = assessments;
  if (!first) return;
  const key = (a: Assessment) => `${a.snapshot.questionnaire.id} v${a.snapshot.questionnaire.version}`;
  const other = rest.find((a) => key(a) !== key(first));
  if (other) {
    throw new UserError(`${other.file} is for ${key(other)} but ${first.file} is for ${key(first)}: ${command} needs assessments of the same questionnaire`);
  }
}
