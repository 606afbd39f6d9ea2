import type * as z from 'zod';
import type { DataPath } from '../util/data-path.js';
import type { ParsedAnswer, RawAnswer } from './raw-answer.js';
import type { Loose, RuleContext, RuleViolation } from './rule-kit.js';

/** The questionnaire's named scales, which likert questions refer to. */
export type Scales = Readonly<Record<string, readonly string[]>> | undefined;

/**
 * Everything about one question type, in one place (CONTRIBUTING.md "A new question type").
 * `S` is its schema branch, `A` its checked answer, whose `kind` is the type's name. The registry (registry.ts) lists every definition; the prompt lives in src/interactive/,
 * keyed by type, and the compiler insists on one per type.
 */
/** A schema branch: a strict object whose `type` is a literal. */
export type QuestionSchemaBranch = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

type Q<S extends QuestionSchemaBranch> = z.output<S>;

export interface QuestionTypeDefinition<S extends QuestionSchemaBranch, A extends { kind: string } = { kind: string }> {
  /** The type's name: its schema's `type` literal, known without building the schema. */
  type: z.output<S>['type'];
  /** Its branch of the questionnaire schema, a strict object with `type` as a literal, built on first call. */
  schema: () => S;
  /** Rules its schema cannot express, on the raw data (see rule-kit.ts). */
  checkRules(question: Loose, path: DataPath, context: RuleContext, out: RuleViolation[]): void;
  /** The labels it offers, lowest first; empty when answers are typed. */
  labels(question: Q<S>, scales: Scales): readonly string[];
  /** Reads a raw value that is neither blank nor n/a; `labels` are `labels(question)`. */
  read(question: Q<S>, raw: RawAnswer, labels: readonly string[]): ParsedAnswer<A>;
  /** The answer as an answer file holds it: labels where there are labels, so files stay readable. */
  toRaw(answer: A, labels: readonly string[]): RawAnswer;
  /** What an answer file may say, in words, n/a aside ("yes · no"). */
  allowed(question: Q<S>, labels: readonly string[]): string;
  /** How it scores; absent for a type that is never scored (free text), whose answers are comments. */
  scoring?: {
    /**
     * The scorer of one answer, 0..1 before reverse keying. What depends only on the question
     * (scale length, option range) is worked out here, once: a team scores the same question for
     * every respondent.
     */
    scorer(question: Q<S>, labels: readonly string[]): (answer: A) => number;
    /** The lowest score (0..1, after reverse keying) a team report counts as favourable. */
    favourableFrom(question: Q<S>, labels: readonly string[]): number;
    /**
     * The highest score (0..1, after reverse keying) a team report counts as unfavourable; between
     * the two cuts an answer is neutral. Without it, the mirror of the favourable cut (1 − favourableFrom).
     */
    unfavourableTo?(question: Q<S>, labels: readonly string[]): number;
    /** A figure team reports show for each such question beside its mean (the NPS of an `nps` question). */
    teamIndex?: TeamIndex;
  };
}

/** A named figure worked out from how many respondents gave each item score. */
export interface TeamIndex {
  /** Field name in team JSON, e.g. `nps`. */
  key: string;
  /** Heading in reports, e.g. "Net Promoter Score". */
  title: string;
  /** How it is worked out, in a sentence a client can read. */
  method: string;
  /** The shares it is made of, in the order reports show them; `key` names each in team JSON. */
  parts: readonly { key: string; label: string }[];
  /** The figure and its parts' shares (in `parts` order) from counts per item score on the 0..100 scale; n ≥ 1. */
  compute(counts: ReadonlyMap<number, number>, n: number): TeamIndexValue;
}

export interface TeamIndexValue {
  value: number;
  /** Shares 0..1, in the order of `TeamIndex.parts`. */
  shares: number[];
}
