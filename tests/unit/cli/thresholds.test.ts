import { describe, expect, it } from 'vitest';
import { thresholdFailures } from '../../../src/cli/actions/thresholds.js';

describe('thresholdFailures', () => {
  it('says a score below --fail-under, and passes one at it', () => {
    expect(thresholdFailures([{ name: 'a.yaml', score: 49.5, redFlags: 0 }, { name: 'b.yaml', score: 50, redFlags: 0 }], { failUnder: 50 })).toEqual(['a.yaml: overall 49.5 is below --fail-under 50']);
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
});
