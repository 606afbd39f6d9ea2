import { loadAnswerFile } from '../../load/answer-file.js';
import { scorecardJson } from '../../report/scorecard-json.js';
import { renderScoreSummary } from '../../report/terminal/score-summary.js';
import { scoreResponse } from '../../scoring/score-response.js';
import { ExitCode } from '../../util/errors.js';
import { jsonText } from '../../util/json-text.js';
import { sanitizeForTerminal, type Io } from '../io.js';
import { printWarnings } from '../warnings.js';
import { thresholdFailures } from './thresholds.js';

export interface ScoreOptions {
  json?: boolean;
  failUnder?: number;
  failOnRedFlags?: boolean;
  questionnaire?: string;
}

export function runScore(files: string[], options: ScoreOptions, io: Io): number {
  // Load everything first: one invalid file fails the run before anything is printed.
  const scored = files.map((file) => {
    const loaded = loadAnswerFile(file, { cwd: io.cwd, questionnaire: options.questionnaire });
    return { loaded, scorecard: scoreResponse(loaded.questionnaire, loaded.response) };
  });
  for (const { loaded } of scored) printWarnings(io, loaded.warnings);
  if (options.json) {
    const objects = scored.map(({ scorecard }) => scorecardJson(scorecard));
    io.out(jsonText(objects.length === 1 ? objects[0] : objects));
  } else {
    io.out(scored.map(({ scorecard, loaded }) => renderScoreSummary(scorecard, loaded.questionnaire, io.style, io.columns)).join('\n\n'));
  }
  const failures = thresholdFailures(
    scored.map(({ scorecard }) => ({ name: scorecard.source, score: scorecard.overall.score, redFlags: scorecard.redFlags.length })),
    options,
  );
  for (const failure of failures) io.err(io.style.red(`✖ ${sanitizeForTerminal(failure)}`));
  return failures.length > 0 ? ExitCode.ThresholdMissed : ExitCode.Ok;
}
