import { describe, expect, it } from 'vitest';
import { thresholdFailures } from '../../../src/cli/actions/thresholds.js';

describe('thresholdFailures', () => {
  it('says a score below --fail-under, and passes one at it', () => {
    expect(thresholdFailures([{ name: 'a.yaml', score: 49.5, redFlags: 0 }, { name: 'b.yaml', score: 50, redFlags: 0 }], { failUnder: 50 })).toEqual(['a.yaml: overall 49.5 is below --fail-under 50']);
  });

  it('holds the score as shown to the threshold: 69.96 shows as 70.0 and passes --fail-under 70', () => {
    expect(thresholdFailures([{ name: 'a.yaml', score: 69.96, redFlags: 0 }, { name: 'b.yaml', score: 69.94, redFlags: 0 }], { failUnder: 70 })).toEqual(['b.yaml: overall 69.9 is below --fail-under 70']);
  });

  it('fails a file with no overall score, in words that say why, rather than "no score is below"', () => {
    expect(thresholdFailures([{ name: 'at.yaml', score: null, redFlags: 0 }], { failUnder: 50 })).toEqual([
      'at.yaml: no scored question is answered, so there is no overall score to hold to --fail-under 50',
    ]);
  });

  it('counts red flags only with --fail-on-red-flags', () => {
    const subjects = [{ name: 'a.yaml', score: 80, redFlags: 2 }];
    expect(thresholdFailures(subjects, {})).toEqual([]);
    expect(thresholdFailures(subjects, { failOnRedFlags: true })).toEqual(['a.yaml: 2 red flags (--fail-on-red-flags)']);
  });

  it('for a team, says distinct flags and how many respondents raised them, never one count read as the other', () => {
    const team = [{ name: 'team', score: 60, redFlags: 4, respondentsWithRedFlags: 11 }];
    expect(thresholdFailures(team, { failOnRedFlags: true })).toEqual(['team: 4 distinct red flags, raised by 11 respondents (--fail-on-red-flags)']);
    expect(thresholdFailures([{ name: 'team', score: 60, redFlags: 1, respondentsWithRedFlags: 1 }], { failOnRedFlags: true })).toEqual([
      'team: 1 distinct red flag, raised by 1 respondent (--fail-on-red-flags)',
    ]);
  });
});
