import { describe, expect, it } from 'vitest';
import { questionnaireSchema } from '../../../src/questionnaire/schema.js';
import { scoringNote } from '../../../src/report/scoring-note.js';

// The appendix names only the multiple-choice rules the questionnaire uses, so a reader of a report
// on a questionnaire scored by `mean` is not told the `sum` rule.

function withMulti(...rules: ('sum' | 'mean' | 'none')[]) {
  return questionnaireSchema().parse({
    id: 'q',
    version: 1,
    title: 'Q',
    rubric: [{ min: 0, label: 'Low' }],
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [
          { id: 'y', type: 'yesno', text: 'Y?' },
          ...rules.map((scoring, i) => ({ id: `m${i}`, type: 'multi', scoring, text: 'M?', options: [{ label: 'A', score: 1 }, { label: 'B', score: 0 }] })),
        ],
      },
    ],
  });
}

const first = (rules: ('sum' | 'mean' | 'none')[]) => scoringNote(withMulti(...rules))[0] ?? '';

describe('the scoring note', () => {
  it('names the sum rule for a questionnaire with no multi question or only sum ones', () => {
    expect(first([])).toContain('a multiple choice by the points of the options picked over the points of all positive options.');
    expect(first(['sum'])).toContain('over the points of all positive options.');
  });

  it('names the mean rule alone when only mean is used', () => {
    const note = first(['mean']);
    expect(note).toContain("a multiple choice by the average points of the options picked over the best option's points, so ticking more does not score more.");
    expect(note).not.toContain('all positive options');
  });

  it('names both, and says an unscored multiple choice is not scored', () => {
    const note = first(['sum', 'mean', 'none']);
    expect(note).toContain("all positive options, or, where it asks which reasons are true, by the average points");
    expect(note).toContain('; a multiple choice that only records who ticked what is not scored.');
  });
});
