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
    if (options.failUnder !== undefined && (subject.score === null || subject.score < options.failUnder)) {
      const score = subject.score === null ? 'no score' : formatScore(subject.score);
      failures.push(`${subject.name}: overall ${score} is below --fail-under ${options.failUnder}`);
    }
    if (options.failOnRedFlags && subject.redFlags > 0) {
      failures.push(`${subject.name}: ${subject.redFlags} red ${subject.redFlags === 1 ? 'flag' : 'flags'} (--fail-on-red-flags)`);
    }
  }
  return failures;
}
