import type { RawAnswer } from '../../src/answers/schema.js';
import type { MenuChoice, Prompter, QuestionResult, QuestionView, RespondentField, ReviewResult, ReviewView } from '../../src/interactive/prompter.js';

// A prompter that plays a script, in the style of changesets' mockUserResponses: each step
// names the prompt it expects (the method, and the question id or field), and any other prompt
// fails the test with what was expected instead.

type Seen =
  | { prompt: 'question'; id: string; view: QuestionView }
  | { prompt: 'review'; view: ReviewView }
  | { prompt: 'respondentDetail'; id: string; field: RespondentField }
  | { prompt: 'chooseQuestionnaire'; choices: MenuChoice[] }
  | { prompt: 'confirm'; message: string };

export type Step =
  | { question: string; reply: QuestionResult | 'interrupt'; check?: (view: QuestionView) => void }
  | { review: ReviewResult | 'interrupt'; check?: (view: ReviewView) => void }
  | { detail: RespondentField['key']; reply: string }
  | { choose: string }
  | { confirm: boolean };

/** Shorthands for the replies. */
export const answer = (raw: RawAnswer): QuestionResult => ({ kind: 'answer', raw });
export const BACK: QuestionResult = { kind: 'back' };
export const SKIP: QuestionResult = { kind: 'skip' };
export const NA: QuestionResult = { kind: 'na' };
export const FINISH: ReviewResult = { kind: 'finish' };

/** A question step, typed so `check` knows its view. */
export const ask = (question: string, reply: QuestionResult | 'interrupt', check?: (view: QuestionView) => void): Step => ({ question, reply, check });
export const review = (result: ReviewResult | 'interrupt', check?: (view: ReviewView) => void): Step => ({ review: result, check });

/** What inquirer throws on Ctrl+C; the run only looks at the name. */
export function ctrlC(): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = 'ExitPromptError';
  return error;
}

export interface ScriptedPrompter extends Prompter {
  seen: Seen[];
  /** Steps not played yet: a finished script has none. */
  remaining(): number;
}

export function scriptedPrompter(script: Step[]): ScriptedPrompter {
  const steps = [...script];
  const seen: Seen[] = [];
  const next = (what: string): Step => {
    const step = steps.shift();
    if (!step) throw new Error(`unexpected prompt ${what}: the script has ended`);
    return step;
  };
  const mismatch = (what: string, step: Step) => new Error(`unexpected prompt ${what}; the script expected ${JSON.stringify(step)}`);

  const question = async (view: QuestionView): Promise<QuestionResult> => {
    const what = `${view.question.type} "${view.question.id}"`;
    seen.push({ prompt: 'question', id: view.question.id, view });
    const step = next(what);
    if (!('question' in step) || step.question !== view.question.id) throw mismatch(what, step);
    step.check?.(view);
    if (step.reply === 'interrupt') throw ctrlC();
    return step.reply;
  };

  return {
    seen,
    remaining: () => steps.length,
    likert: question,
    choice: question,
    yesno: question,
    rating: question,
    multi: question,
    text: question,
    nps: question,
    async review(view) {
      seen.push({ prompt: 'review', view });
      const step = next('review');
      if (!('review' in step)) throw mismatch('review', step);
      step.check?.(view);
      if (step.review === 'interrupt') throw ctrlC();
      return step.review;
    },
    async respondentDetail(field) {
      seen.push({ prompt: 'respondentDetail', id: field.key, field });
      const step = next(`respondent ${field.key}`);
      if (!('detail' in step) || step.detail !== field.key) throw mismatch(`respondent ${field.key}`, step);
      return step.reply;
    },
    async chooseQuestionnaire(choices) {
      seen.push({ prompt: 'chooseQuestionnaire', choices });
      const step = next('chooseQuestionnaire');
      if (!('choose' in step)) throw mismatch('chooseQuestionnaire', step);
      const choice = choices.find((c) => c.value.endsWith(step.choose) || c.name.includes(step.choose));
      if (!choice) throw new Error(`no questionnaire choice matches "${step.choose}"`);
      return choice.value;
    },
    async confirm(message) {
      seen.push({ prompt: 'confirm', message });
      const step = next(`confirm "${message}"`);
      if (!('confirm' in step)) throw mismatch(`confirm "${message}"`, step);
      return step.confirm;
    },
  };
}
