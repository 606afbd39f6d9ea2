import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import {
  atReview,
  back,
  canGoBack,
  currentItem,
  firstOpen,
  missingRequired,
  record,
  revise,
  seenCount,
  startSession,
  unansweredItems,
} from '../../../src/interactive/session.js';

const { questionnaire } = loadQuestionnaireFile(join(import.meta.dirname, '../../fixtures/interactive-run/questionnaires/all-types.yaml'));
const AGREE = { kind: 'likert', position: 4 } as const;
const id = (state: ReturnType<typeof startSession>) => currentItem(state)?.question.id;

describe('interactive session', () => {
  it('lists questions in order with section numbers', () => {
    const state = startSession(questionnaire);
    expect(state.items.map((item) => `${item.number} ${item.question.id}`)).toEqual([
      '1.1 agree',
      '1.2 pick',
      '1.3 yes-or-no',
      '2.1 rate',
      '2.2 channels',
      '2.3 comment',
    ]);
    expect(state.index).toBe(0);
    expect(canGoBack(state)).toBe(false);
  });

  it('records answers and skips, moving forward, and back keeps the answer', () => {
    let state = record(startSession(questionnaire), AGREE);
    state = record(state, null);
    expect(id(state)).toBe('yes-or-no');
    expect(state.answers).toEqual({ agree: AGREE, pick: null });
    expect(seenCount(state)).toBe(2);
    state = back(state);
    expect(id(state)).toBe('pick');
    expect(state.answers.pick).toBeNull();
    state = back(back(state));
    expect(state.index).toBe(0);
  });

  it('refuses to skip a required question', () => {
    expect(() => record(startSession(questionnaire), null)).toThrow(/required/);
  });

  it('reaches the review after the last question, and back from there is the last question', () => {
    let state = startSession(questionnaire);
    for (const value of [AGREE, null, { kind: 'yesno', yes: true } as const, { kind: 'na' } as const, null, null]) state = record(state, value);
    expect(atReview(state)).toBe(true);
    expect(unansweredItems(state).map((item) => item.question.id)).toEqual(['pick', 'channels', 'comment']);
    expect(id(back(state))).toBe('comment');
  });

  it('a revision from the review returns to the review after the answer, or after back', () => {
    let state = startSession(questionnaire, { agree: AGREE, pick: null, 'yes-or-no': null, rate: null, channels: null, comment: null });
    expect(atReview(state)).toBe(true);
    state = revise(state, 1);
    expect(id(state)).toBe('pick');
    expect(canGoBack(state)).toBe(true);
    const answered = record(state, { kind: 'choice', index: 0 });
    expect(atReview(answered)).toBe(true);
    expect(answered.revising).toBe(false);
    expect(atReview(back(state))).toBe(true);
  });

  it('resumes at the first question neither answered nor skipped', () => {
    const state = startSession(questionnaire, { agree: AGREE, pick: null });
    expect(id(state)).toBe('yes-or-no');
    expect(firstOpen(state.items, { agree: AGREE, 'yes-or-no': null })).toBe(1);
  });

  it('knows which required questions are still open', () => {
    expect(missingRequired(startSession(questionnaire)).map((item) => item.question.id)).toEqual(['agree']);
    expect(missingRequired(startSession(questionnaire, { agree: AGREE }))).toEqual([]);
  });
});
