import * as z from 'zod';
import { choice } from './choice.js';
import { likert } from './likert.js';
import { multi } from './multi.js';
import { nps } from './nps.js';
import { once } from '../util/once.js';
import type { QuestionSchemaBranch, QuestionTypeDefinition, TeamIndex } from './question-type.js';
import { rating } from './rating.js';
import { text } from './text.js';
import { yesno } from './yesno.js';

/**
 * Every question type. A new type is a file beside this one and a line here; the compiler then
 * asks for its prompt (src/interactive/inquirer-questions.ts). The order is the schema's order.
 */
const definitions = [likert, choice, yesno, rating, multi, text, nps] as const;

type Definitions = typeof definitions;
type Definition = Definitions[number];
type SchemaOf<D> = D extends QuestionTypeDefinition<infer S, infer _A> ? S : never;
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: SchemaOf<T[I]> };
type AnswerOf<D> = D extends QuestionTypeDefinition<infer _S, infer A> ? A : never;

/** Every type's schema branch, in the registry's order (built on first call, as every schema of a questionnaire). */
export const questionSchemas = once((): readonly QuestionSchemaBranch[] => definitions.map((definition) => definition.schema()));

/** The questionnaire schema's `questions` items: one branch per type, told apart by `type`. */
export const questionSchema = once(() => z.discriminatedUnion('type', questionSchemas() as unknown as SchemasOf<Definitions>));

export type Question = z.infer<ReturnType<typeof questionSchema>>;
export type QuestionType = Question['type'];
/** A question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** Questions that score: every type built on `scoredBase` (weight, reverse, critical) and with `scoring`. */
export type ScoredQuestion = Extract<Question, { weight: number }>;

/** A checked answer, in the question's own terms (`kind` is its question's type), or n/a. */
export type Answer = { kind: 'na' } | AnswerOf<Definition>;

const byType = new Map<string, AnyDefinition>(definitions.map((definition) => [definition.type, definition as unknown as AnyDefinition]));

type AnyDefinition = QuestionTypeDefinition<QuestionSchemaBranch, Exclude<Answer, { kind: 'na' }>>;

/** The definition of a type named in raw data (rules run before the schema has checked it). */
export function definitionByType(type: string): AnyDefinition | undefined {
  return byType.get(type);
}

/**
 * The definition of a question's type. TypeScript cannot pair a question of a union type with its
 * own definition, so the pairing is asserted here, once: the map is built from the schema literals.
 */
export function definitionOf(question: Question): AnyDefinition {
  return definitionByType(question.type) as AnyDefinition;
}

/** The figures question types add to team reports (the NPS of `nps`), for the team JSON schema. */
export const teamIndexes: readonly TeamIndex[] = definitions.flatMap((definition) => (definition.scoring?.teamIndex ? [definition.scoring.teamIndex] : []));

/**
 * Whether a question counts towards scores. A `multi` question may opt out (`scoring: none`): it is
 * then asked, saved and reported like an open question, and no score, band or red flag uses it.
 */
export function isScored(question: Question): question is ScoredQuestion {
  if (question.type === 'multi' && question.scoring === 'none') return false;
  return definitionOf(question).scoring !== undefined;
}
