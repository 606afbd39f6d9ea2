import { Chalk } from 'chalk';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conductAudit } from '../../../src/interactive/conduct.js';
import { pageWindow, progressCount, questionPage } from '../../../src/interactive/page.js';
import type { Prompter, ReviewView } from '../../../src/interactive/prompter.js';
import { questionView } from '../../../src/interactive/question-view.js';
import { reviewView } from '../../../src/interactive/review-view.js';
import { revise, startSession, type Recorded } from '../../../src/interactive/session.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { repoRoot } from '../../helpers/cli.js';

// The review of a long questionnaire: the cursor stays on the question just changed, the progress
// bar counts as the review does, and the page window is the one inquirer draws. What the review
// shows in a 24-line terminal is tested in inquirer-prompter.test.ts (one file holds the test screen).

const { questionnaire } = loadQuestionnaireFile(join(repoRoot, 'questionnaires/service-culture.yaml'));
const start = startSession(questionnaire);
const ids = start.items.map((item) => item.question.id);
/** Every question skipped. */
const answers: Record<string, Recorded> = Object.fromEntries(ids.map((id) => [id, null]));
const atReview = { ...startSession(questionnaire, answers), index: start.items.length };

describe('review of a long questionnaire', () => {
  it('keeps the cursor on the question just changed when the review comes back', async () => {
    const reviews: ReviewView[] = [];
    const scripted = {
      review: async (view: ReviewView) => {
        reviews.push(view);
        return reviews.length === 1 ? { kind: 'change' as const, index: 5 } : { kind: 'finish' as const };
      },
      rating: async () => ({ kind: 'answer' as const, raw: 7 }),
      likert: async () => ({ kind: 'answer' as const, raw: 4 }),
      choice: async () => ({ kind: 'answer' as const, raw: 1 }),
      yesno: async () => ({ kind: 'answer' as const, raw: 'yes' }),
      confirm: async () => true,
    } as unknown as Prompter;
    await conductAudit(atReview, questionnaire, scripted, () => {});
    expect(reviews[0]?.focus).toBeUndefined();
    expect(reviews[1]?.focus).toBe(5);
  });

  it('has the progress bar count answered questions as the review does while changing one from it', () => {
    const one = { ...answers, [ids[0]!]: { kind: 'likert', position: 4 } as Recorded };
    const state = revise(startSession(questionnaire, one), 3);
    const view = questionView(state, questionnaire);
    const review = reviewView({ ...state, index: start.items.length }, questionnaire);
    const open = review.count - review.answered;
    expect(progressCount(view.progress).counter).toBe(` ${review.answered} of ${review.count} answered · ${open} open`);
    expect(questionPage(view, new Chalk({ level: 0 }), 80).join('\n')).toContain(`${review.answered} of ${review.count} answered`);
    // On the first pass a skip moves the bar on too.
    expect(progressCount({ ...view.progress, seen: 3, answered: 1 }).counter).toBe(` 3/${review.count} done`);
  });
});

describe('the page window of a list that does not loop', () => {
  it('keeps the cursor in the middle, moving to the edges near either end', () => {
    expect(pageWindow(0, 40, 10)).toEqual({ first: 0, end: 10 });
    expect(pageWindow(5, 40, 10)).toEqual({ first: 0, end: 10 });
    expect(pageWindow(20, 40, 10)).toEqual({ first: 15, end: 25 });
    expect(pageWindow(39, 40, 10)).toEqual({ first: 30, end: 40 });
    expect(pageWindow(3, 8, 10)).toEqual({ first: 0, end: 8 });
  });
});
