import { formatScore } from '../../report/format.js';
import { shown } from '../../scoring/shown.js';

export interface ThresholdSubject {
  name: string;
  score: number | null;
  /** Distinct red flags raised (a question counts once, however many respondents raised it). */
  redFlags: number;
  /** For a team: how many respondents raised at least one of them. */
  respondentsWithRedFlags?: number;
}

/** Sentences for every --fail-under / --fail-on-red-flags miss; empty when all pass. */
export function thresholdFailures(subjects: ThresholdSubject[], options: { failUnder?: number; failOnRedFlags?: boolean }): string[] {
  const failures: string[] = [];
  for (const subject of subjects) {
    // No scored answer at all is a miss too: a gate must not pass on a file nobody filled in.
    if (options.failUnder !== undefined && subject.score === null) {
      failures.push(`${subject.name}: no scored question is answered, so there is no overall score to hold to --fail-under ${options.failUnder}`);
    } else if (options.failUnder !== undefined && subject.score !== null && shown(subject.score) < options.failUnder) {
      // The score as printed decides: 69.96 shows as 70.0, and "70.0 is below 70" would contradict itself.
      failures.push(`${subject.name}: overall ${formatScore(subject.score)} is below --fail-under ${options.failUnder}`);
    }
    if (options.failOnRedFlags && subject.redFlags > 0) {
      failures.push(`${subject.name}: ${redFlagCount(subject)} (--fail-on-red-flags)`);
    }
  }
  return failures;
}

/** "1 red flag", or for a team "4 distinct red flags, raised by 9 respondents": never a count of one kind read as the other. */
function redFlagCount({ redFlags, respondentsWithRedFlags: by }: ThresholdSubject): string {
  if (by === undefined) return `${redFlags} red ${redFlags === 1 ? 'flag' : 'flags'}`;
  return `${redFlags} distinct red ${redFlags === 1 ? 'flag' : 'flags'}, raised by ${by} ${by === 1 ? 'respondent' : 'respondents'}`;
}
