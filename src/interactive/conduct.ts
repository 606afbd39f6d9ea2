import type { Questionnaire } from '../questionnaire/schema.js';
import { askQuestion, type Prompter } from './prompter.js';
import { questionView, resultToRecorded } from './question-view.js';
import { reviewView } from './review-view.js';
import { atReview, back, currentItem, missingRequired, record, revise, unansweredItems, type SessionState } from './session.js';

/**
 * Asks questions from the session's position until the respondent finishes at the review.
 * `save` runs after every answer or skip, before the next prompt, so an interruption loses at
 * most the question on screen. Prompt rejections (Ctrl+C, a signal) propagate to the caller.
 */
export async function conductAudit(
  start: SessionState,
  questionnaire: Questionnaire,
  prompter: Prompter,
  save: (state: SessionState) => void,
): Promise<SessionState> {
  let state = start;
  // The question last opened from the review: back at the review, the cursor stays on it.
  let focus: number | undefined;
  for (;;) {
    if (atReview(state)) {
      const result = await prompter.review(reviewView(state, questionnaire, focus));
      focus = undefined;
      if (result.kind === 'back') state = back(state);
      else if (result.kind === 'change') state = revise(state, (focus = result.index));
      else if (await readyToFinish(state, prompter)) return state;
      continue;
    }
    const result = await askQuestion(prompter, questionView(state, questionnaire));
    if (result.kind === 'back') {
      state = back(state);
      continue;
    }
    const item = currentItem(state);
    if (!item) throw new Error('no current question');
    state = record(state, resultToRecorded(item.question, result, questionnaire));
    save(state);
  }
}

async function readyToFinish(state: SessionState, prompter: Prompter): Promise<boolean> {
  // The review offers no Finish while a required question is open; this guards the contract.
  if (missingRequired(state).length > 0) return false;
  const open = unansweredItems(state).length;
  if (open === 0) return true;
  const noun = open === 1 ? '1 question is' : `${open} questions are`;
  return prompter.confirm(`${noun} unanswered and will not count. Finish anyway?`, true);
}
