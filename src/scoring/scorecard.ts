import type { Band, QuestionType } from '../questionnaire/schema.js';
import type { Comment } from './comments.js';
import type { ScoreSheet } from './scoring-plan.js';
import type { Ticks } from './ticks.js';

/** One question's result. Scores are 0..1 after reverse keying; null when not scored. */
export interface ItemScore {
  id: string;
  sectionId: string;
  type: QuestionType;
  weight: number;
  reverse: boolean;
  status: 'answered' | 'na' | 'unanswered';
  score: number | null;
  /** The answer as a person reads it (label, number, list), absent when unanswered. */
  answer?: string;
}

export interface SectionScore {
  id: string;
  title: string;
  weight: number;
  /** 0..100, full precision; null when no scored question was answered. */
  score: number | null;
  band: Band | null;
  /** Answered weight / total weight of the section's scored questions (0..1); null with none. */
  coverage: number | null;
  items: ItemScore[];
}

export interface RedFlag {
  questionId: string;
  sectionId: string;
  message: string;
  /** The question's score 0..1 after reverse keying. */
  score: number;
  answer: string;
}

/** Everything one response scores to; the single input of every renderer and of team aggregation. */
export interface Scorecard {
  questionnaire: { id: string; version: number | string; title: string };
  respondent: Record<string, string>;
  completed?: string;
  source: string;
  overall: { score: number | null; band: Band | null; coverage: number | null };
  sections: SectionScore[];
  redFlags: RedFlag[];
  comments: Comment[];
  /** What was ticked at the multi questions that are not scored. */
  ticks: Ticks[];
  /** The same numbers by slot (see ScoringPlan), as team aggregation reads them. */
  sheet: ScoreSheet;
}
