import type { RawAnswer } from '../answers/schema.js';
import type { Question, QuestionOf, QuestionType } from '../questionnaire/schema.js';

// The seam between the audit flow and the terminal: the flow hands a prompter plain views and
// gets plain results back. inquirer-prompter.ts implements it; tests script it.

/** What the respondent did at a question. Raw answers go through parseAnswer like any file value. */
export type QuestionResult = { kind: 'answer'; raw: RawAnswer } | { kind: 'na' } | { kind: 'skip' } | { kind: 'back' };

/** Where the respondent is, for the header above every question. */
export interface SessionProgress {
  questionnaireTitle: string;
  /** 1-based. */
  questionNumber: number;
  questionCount: number;
  sectionNumber: number;
  sectionCount: number;
  sectionTitle: string;
  /** Set on a section's first question only, so it is read once. */
  sectionIntro?: string;
  /** Questions answered or skipped so far. */
  seen: number;
  /** Questions answered (not skipped): once every question has been seen, the bar counts these, as the review does. */
  answered: number;
}

export interface QuestionView<Q extends Question = Question> {
  question: Q;
  /** "2.3" */
  number: string;
  /** Scale labels or option labels, lowest first; empty for yesno, rating and text. */
  labels: readonly string[];
  progress: SessionProgress;
  /** The answer to preselect (going back, changing from the review, resuming). */
  current?: Exclude<QuestionResult, { kind: 'back' }>;
  /** What "Back" returns to; absent on the first question. */
  back?: 'previous question' | 'review';
  canSkip: boolean;
  canNA: boolean;
  /** For typed answers: a sentence saying what is wrong, or undefined when the text is a valid answer. */
  check(text: string): string | undefined;
}

export interface ReviewEntry {
  /** Position in the session, to change it. */
  index: number;
  number: string;
  text: string;
  /** The answer as a person reads it; undefined when unanswered. */
  answer?: string;
  required: boolean;
}

export interface ReviewView {
  questionnaireTitle: string;
  sections: { title: string; entries: ReviewEntry[] }[];
  answered: number;
  count: number;
  /** Required questions still unanswered; finishing waits for them. */
  missingRequired: number;
  /** The entry (session index) the cursor starts on: the question just changed or looked at. */
  focus?: number;
}

export type ReviewResult = { kind: 'finish' } | { kind: 'change'; index: number } | { kind: 'back' };

export interface RespondentField {
  key: 'name' | 'role' | 'team';
  message: string;
  hint: string;
  required: boolean;
}

export interface MenuChoice {
  value: string;
  name: string;
  description?: string;
  /** Why it cannot be chosen. */
  disabled?: string;
}

type QuestionPrompts = { [T in QuestionType]: (view: QuestionView<QuestionOf<T>>) => Promise<QuestionResult> };

/** One method per question type, plus the screens around them. Rejections (Ctrl+C) propagate. */
export interface Prompter extends QuestionPrompts {
  chooseQuestionnaire(choices: MenuChoice[]): Promise<string>;
  /** '' when an optional detail is left empty. */
  respondentDetail(field: RespondentField, questionnaireTitle: string): Promise<string>;
  review(view: ReviewView): Promise<ReviewResult>;
  confirm(message: string, defaultAnswer: boolean): Promise<boolean>;
}

/** Asks the question with the prompt for its type. */
export function askQuestion(prompter: Prompter, view: QuestionView): Promise<QuestionResult> {
  // The mapped type pairs each type with its view; TypeScript cannot follow that through a union.
  const ask = prompter[view.question.type] as (view: QuestionView) => Promise<QuestionResult>;
  return ask.call(prompter, view);
}
