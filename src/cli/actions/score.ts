import { loadAnswerFile } from '../../load/answer-file.js';
import { scorecardJson } from '../../report/scorecard-json.js';
import { renderScoreSummary } from '../../report/terminal/score-summary.js';
import { scoreResponse } from '../../scoring/score-response.js';
import { ExitCode } from '../../util/errors.js';
import { jsonText } from '../../util/json-text.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { applyCommand } from '../apply-result.js';
import { stderr, stdout, terminalOf, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';
import { warningLines } from '../warnings.js';
import { thresholdFailures } from './thresholds.js';

export interface ScoreOptions {
  json?: boolean;
  failUnder?: number;
  failOnRedFlags?: boolean;
  questionnaire?: string;
}

/** `score`: each answer file's scores as a terminal summary or JSON, and the --fail-* thresholds it misses. */
export function scoreCommand(files: readonly string[], options: ScoreOptions & CommandContext): CommandResult {
  const { style, columns } = terminalOf(options);
  // Load everything first: one invalid file fails the run before anything is printed.
  const scored = files.map((file) => {
    const loaded = loadAnswerFile(file, { cwd: options.cwd, questionnaire: options.questionnaire });
    return { loaded, scorecard: scoreResponse(loaded.questionnaire, loaded.response) };
  });
  const notices = scored.flatMap(({ loaded }) => warningLines(loaded.warnings, style));
  let text: string;
  if (options.json) {
    const objects = scored.map(({ scorecard, loaded }) => scorecardJson(scorecard, loaded.questionnaire));
    text = jsonText(objects.length === 1 ? objects[0] : objects);
  } else {
    text = scored.map(({ scorecard, loaded }) => renderScoreSummary(scorecard, loaded.questionnaire, style, columns)).join('\n\n');
  }
  const failures = thresholdFailures(
    scored.map(({ scorecard }) => ({ name: scorecard.source, score: scorecard.overall.score, redFlags: scorecard.redFlags.length })),
    options,
  );
  const printed = [stdout(text), ...failures.map((failure) => stderr(style.red(`✖ ${sanitizeForTerminal(failure)}`)))];
  return { notices, files: [], printed, exitCode: failures.length > 0 ? ExitCode.ThresholdMissed : ExitCode.Ok };
}

export function runScore(files: string[], options: ScoreOptions, io: Io): number {
  return applyCommand(io, (context) => scoreCommand(files, { ...options, ...context }));
}
