import type { Answer } from '../answers/schema.js';
import type { Question, Questionnaire, Section } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';

/** One question in the order it is asked, with where it sits. */
export interface SessionItem {
  question: Question;
  section: Section;
  /** 0-based position of the section. */
  sectionIndex: number;
  /** "2.3": section and question number as people read them. */
  number: string;
}

/** An answer, or null for a question that was seen and skipped (so resuming does not ask it again). */
export type Recorded = Answer | null;

/**
 * Where an interactive audit stands. Pure data: every transition returns a new state, so the
 * flow can be tested without a prompt and saved after every step.
 */
export interface SessionState {
  readonly items: readonly SessionItem[];
  readonly answers: Readonly<Record<string, Recorded>>;
  /** The question being asked; `items.length` means the review. */
  readonly index: number;
  /** Changing one answer from the review: the next step returns to the review. */
  readonly revising: boolean;
}

export function sessionItems(questionnaire: Questionnaire): SessionItem[] {
  return questionnaire.sections.flatMap((section, s) =>
    section.questions.map((question, q) => ({ question, section, sectionIndex: s, number: `${s + 1}.${q + 1}` })),
  );
}

/** A session at its first open question (the review when none is open): how a run and a resume begin. */
export function startSession(questionnaire: Questionnaire, answers: Record<string, Recorded> = {}): SessionState {
  const items = sessionItems(questionnaire);
  return { items, answers: { ...answers }, index: firstOpen(items, answers), revising: false };
}

/** The first question neither answered nor skipped; `items.length` when every one has been seen. */
export function firstOpen(items: readonly SessionItem[], answers: Readonly<Record<string, Recorded>>): number {
  const index = items.findIndex((item) => !Object.hasOwn(answers, item.question.id));
  return index === -1 ? items.length : index;
}

export function currentItem(state: SessionState): SessionItem | undefined {
  return state.items[state.index];
}

export function atReview(state: SessionState): boolean {
  return state.index >= state.items.length;
}

/** Records an answer (or a skip, as null) for the current question and moves on. */
export function record(state: SessionState, value: Recorded): SessionState {
  const item = currentItem(state);
  if (!item) throw new Error('no question to record an answer for');
  if (value === null && item.question.required) throw new Error(`question "${item.question.id}" is required and cannot be skipped`);
  const answers = { ...state.answers, [item.question.id]: value };
  return { ...state, answers, index: state.revising ? state.items.length : state.index + 1, revising: false };
}

/** One question back; from a revision, back to the review. */
export function back(state: SessionState): SessionState {
  if (state.revising) return { ...state, index: state.items.length, revising: false };
  return { ...state, index: Math.max(0, state.index - 1) };
}

export function canGoBack(state: SessionState): boolean {
  return state.revising || state.index > 0;
}

/** From the review, opens one question to change it. */
export function revise(state: SessionState, index: number): SessionState {
  if (!state.items[index]) throw new Error(`no question at ${index}`);
  return { ...state, index, revising: true };
}

/** Questions with no answer: skipped ones and, in a resumed file, ones never reached. */
export function unansweredItems(state: SessionState): SessionItem[] {
  return state.items.filter((item) => ownValue(state.answers, item.question.id) == null);
}

/** Required questions still unanswered: finishing is refused while there are any. */
export function missingRequired(state: SessionState): SessionItem[] {
  return unansweredItems(state).filter((item) => item.question.required);
}

/** Questions seen (answered or skipped), for the progress bar. */
export function seenCount(state: SessionState): number {
  return state.items.filter((item) => Object.hasOwn(state.answers, item.question.id)).length;
}
