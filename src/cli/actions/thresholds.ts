import { formatScore } from '../../report/format.js';

export interface ThresholdSubject {
  name: string;
  score: number | null;
  redFlags: number;
}

/** Sentences for every --fail-under / --fail-on-red-flags miss; empty when all pass. */
export function thresholdFailures(subjects: ThresholdSubject[], options: { failUnder?: number; failOnRedFlags?: boolean }): string[] {
  const failures: string[] = [];
  for (const subject of subjects) {
    // No scored answer at all is a miss too: a gate must not pass on a file nobody filled in.
    if (options.failUnder !== undefined && subject.score === null) {
      failures.push(`${subject.name}: no scored question is answered, so there is no overall score to hold to --fail-under ${options.failUnder}`);
    } else if (options.failUnder !== undefined && subject.score !== null && subject.score < options.failUnder) {
      failures.push(`${subject.name}: overall ${formatScore(subject.score)} is below --fail-under ${options.failUnder}`);
    }
    if (options.failOnRedFlags && subject.redFlags > 0) {
      failures.push(`${subject.name}: ${subject.redFlags} red ${subject.redFlags === 1 ? 'flag' : 'flags'} (--fail-on-red-flags)`);
    }
  }
  return failures;
}
