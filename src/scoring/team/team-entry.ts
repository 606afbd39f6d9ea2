import type { Comment } from '../comments.js';
import type { ScoreSheet } from '../scoring-plan.js';
import type { Ticks } from '../ticks.js';

/** One respondent as team aggregation reads them. A Scorecard is one; so is an answer file scored by scoreAnswers, or a form-export row read by sheetReader. */
export interface TeamEntry {
  respondent: Readonly<Record<string, string>>;
  completed?: string;
  /** Scored against the accumulator's questionnaire. */
  sheet: ScoreSheet;
  comments: readonly Comment[];
  /** What was ticked at unscored multi questions; none when the source has none. */
  ticks?: readonly Ticks[];
}
