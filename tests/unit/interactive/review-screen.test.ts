// Must come first: it swaps @inquirer/prompts for versions drawn on a test screen.
import { screen } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conductAudit } from '../../../src/interactive/conduct.js';
import { inquirerPrompter } from '../../../src/interactive/inquirer-prompter.js';
import { pageWindow, progressCount, questionPage } from '../../../src/interactive/page.js';
import type { Prompter, ReviewView } from '../../../src/interactive/prompter.js';
import { questionView } from '../../../src/interactive/question-view.js';
import { reviewView } from '../../../src/interactive/review-view.js';
import { revise, startSession, type Recorded } from '../../../src/interactive/session.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { repoRoot } from '../../helpers/cli.js';

// The review of a long questionnaire in a 24-line terminal: what is off the page is announced,
// each answer can be read whole, the cursor stays on the question just changed, and the progress
// bar counts as the review does.

const { questionnaire } = loadQuestionnaireFile(join(repoRoot, 'questionnaires/service-culture.yaml'));
const prompter = await inquirerPrompter({ style: new Chalk({ level: 0 }), columns: 80, rows: 24 });
const start = startSession(questionnaire);
const ids = start.items.map((item) => item.question.id);
/** Every question skipped but the first, which has a long answer. */
const answers: Record<string, Recorded> = Object.fromEntries(ids.map((id) => [id, null]));
const atReview = { ...startSession(questionnaire, answers), index: start.items.length };

describe('review of a long questionnaire', () => {
  it('says how many questions lie below the page, and above it once scrolled', async () => {
    const chosen = prompter.review(reviewView(atReview, questionnaire));
    const first = screen.getScreen();
    const visible = (text: string) => ids.filter((_, i) => text.includes(` ${atReview.items[i]?.number} `)).length;
    expect(first).toContain(`↓ ${ids.length - visible(first)} more below`);
    expect(first).not.toContain('more above');
    for (let i = 0; i < 20; i++) screen.keypress('down');
    const scrolled = screen.getScreen();
    expect(scrolled).toMatch(/↑ \d+ more above · ↓ \d+ more below/);
    const [, above, below] = /↑ (\d+) more above · ↓ (\d+) more below/.exec(scrolled) ?? [];
    expect(Number(above) + Number(below) + visible(scrolled)).toBe(ids.length);
    for (const line of scrolled.split('\n')) expect(line.length).toBeLessThan(80);
    expect(scrolled.split('\n').length).toBeLessThanOrEqual(24);
    screen.keypress('enter');
    await chosen;
  });

  it('shows the highlighted question and its answer whole under the list', async () => {
    const long = { ...answers, [ids[0]!]: { kind: 'text', text: 'x' } as Recorded };
    const view: ReviewView = reviewView({ ...startSession(questionnaire, long), index: start.items.length }, questionnaire, 0);
    const chosen = prompter.review(view);
    const shown = screen.getScreen();
    const text = start.items[0]!.question.text;
    // The list line cuts the question; the lines under the list carry all of it.
    expect(shown.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
    screen.keypress('enter');
    await chosen;
  });

  it('keeps the cursor on the question just changed when the review comes back', async () => {
    const reviews: ReviewView[] = [];
    const scripted = {
      ...prompter,
      review: async (view: ReviewView) => {
        reviews.push(view);
        return reviews.length === 1 ? { kind: 'change' as const, index: 5 } : { kind: 'finish' as const };
      },
      rating: async () => ({ kind: 'answer' as const, raw: 7 }),
      likert: async () => ({ kind: 'answer' as const, raw: 4 }),
      choice: async () => ({ kind: 'answer' as const, raw: 1 }),
      yesno: async () => ({ kind: 'answer' as const, raw: 'yes' }),
      confirm: async () => true,
    } as Prompter;
    await conductAudit(atReview, questionnaire, scripted, () => {});
    expect(reviews[1]?.focus).toBe(5);
    const chosen = prompter.review(reviews[1]!);
    expect(screen.getScreen()).toMatch(new RegExp(`❯ ${start.items[5]!.number.replace('.', '\\.')} `));
    screen.keypress('enter');
    await expect(chosen).resolves.toEqual({ kind: 'change', index: 5 });
  });

  it('has the progress bar count answered questions as the review does while changing one from it', () => {
    const one = { ...answers, [ids[0]!]: { kind: 'text', text: 'x' } as Recorded };
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
