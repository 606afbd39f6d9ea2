import type { Answer } from '../answers/schema.js';
import { isScored, type Question, type Questionnaire, type Rubric, type ScoredQuestion, type Section } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import { sectionRubric } from './bands.js';
import { itemScorer, type ItemScorer } from './question-score.js';

/** A scored question and its place: its slot is its index in `ScoringPlan.items` and in `ScoreSheet.items`. */
export interface PlannedItem {
  question: ScoredQuestion;
  section: Section;
  score: ItemScorer;
}

export interface PlannedSection {
  section: Section;
  rubric: Rubric;
  /** The slots of its scored questions: start (inclusive) to end (exclusive). */
  start: number;
  end: number;
  /** Σ weight of its scored questions, summed in questionnaire order. */
  totalWeight: number;
}

/**
 * What scoring a questionnaire needs, worked out once: its scored questions in order (each one's
 * slot), their scorers, and each section's slots and rubric. Every score, of one response or of a
 * team of 100,000, is computed through a plan (README "Scoring").
 */
export interface ScoringPlan {
  questionnaire: Questionnaire;
  items: readonly PlannedItem[];
  sections: readonly PlannedSection[];
  /** Free-text questions, in questionnaire order: their answers are comments. */
  open: readonly { question: Question; section: Section }[];
  /** Slots of questions with a `critical` threshold. */
  critical: readonly number[];
}

/**
 * One respondent's numbers, by slot and by section index. NaN stands for "no score" (unanswered,
 * n/a, or a section with nothing answered), so a sheet is three arrays of numbers and two numbers.
 * Plain arrays, not Float64Arrays: a team reading a form export makes a sheet per row, and a typed
 * array costs several times as much to make (its buffer is allocated outside the heap).
 */
export interface ScoreSheet {
  /** Item scores 0..1 after reverse keying. */
  items: number[];
  /** Section scores 0..100. */
  sections: number[];
  /** Answered weight / total weight of each section's scored questions; NaN when it has none. */
  coverage: number[];
  overall: number;
  overallCoverage: number;
}

const plans = new WeakMap<Questionnaire, ScoringPlan>();

export function scoringPlan(questionnaire: Questionnaire): ScoringPlan {
  let plan = plans.get(questionnaire);
  if (!plan) plans.set(questionnaire, (plan = buildPlan(questionnaire)));
  return plan;
}

function buildPlan(questionnaire: Questionnaire): ScoringPlan {
  const items: PlannedItem[] = [];
  const open: ScoringPlan['open'][number][] = [];
  const sections = questionnaire.sections.map((section): PlannedSection => {
    const start = items.length;
    let totalWeight = 0;
    for (const question of section.questions) {
      if (!isScored(question)) {
        open.push({ question, section });
        continue;
      }
      items.push({ question, section, score: itemScorer(question, questionnaire) });
      totalWeight += question.weight;
    }
    return { section, rubric: sectionRubric(section, questionnaire), start, end: items.length, totalWeight };
  });
  const critical = items.flatMap((item, slot) => (item.question.critical ? [slot] : []));
  return { questionnaire, items, sections, open, critical };
}

export function emptySheet(plan: ScoringPlan): ScoreSheet {
  return {
    items: noScores(plan.items.length),
    sections: noScores(plan.sections.length),
    coverage: noScores(plan.sections.length),
    overall: NaN,
    overallCoverage: NaN,
  };
}

/** An array of NaNs of each length asked for, copied for each sheet. */
const NO_SCORES: number[][] = [];

/**
 * `length` NaNs, copied from one made once: a copy is one allocation of packed doubles, where
 * `new Array(length).fill(NaN)` made an array of holes and then converted it (a form export makes
 * three of these per row).
 */
function noScores(length: number): number[] {
  let template = NO_SCORES[length];
  if (!template) {
    template = [];
    for (let i = 0; i < length; i++) template.push(NaN);
    NO_SCORES[length] = template;
  }
  return template.slice();
}

/**
 * Scores answers (by question id) into `sheet`: each item by its scorer, each section as the
 * weighted mean of its scored items, the overall score as the weighted mean of the sections that
 * have one. Pure apart from filling `sheet`, which a caller may reuse from one respondent to the next.
 */
export function scoreAnswers(plan: ScoringPlan, answers: Readonly<Record<string, Answer>>, sheet: ScoreSheet = emptySheet(plan)): ScoreSheet {
  // Answers read from files have no prototype (parseAnswers): one lookup each instead of two.
  const bare = Object.getPrototypeOf(answers) === null;
  const items = plan.items;
  for (let slot = 0; slot < items.length; slot++) {
    const item = items[slot] as PlannedItem;
    sheet.items[slot] = itemScoreOf(item, bare ? answers[item.question.id] : ownValue(answers, item.question.id));
  }
  sumSections(plan, sheet);
  return sheet;
}

/** An item's score of an answer as a sheet holds it: NaN when unanswered or when the answer does not score (n/a). */
export function itemScoreOf(item: PlannedItem, answer: Answer | undefined): number {
  return answer ? (item.score(answer) ?? NaN) : NaN;
}

/**
 * Section and overall scores from the item scores already in the sheet (by scoreAnswers, or
 * readSheet for a form export). The sums are WeightedSum's (Σ w·x, Σ w, and the lowest and highest
 * value, which keep the mean within the values' range), written out in plain local numbers: a form
 * export runs this for every row, and an object per section (its numbers boxed) was a tenth of
 * everything a team run allocated.
 */
export function sumSections(plan: ScoringPlan, sheet: ScoreSheet): void {
  let overallWeighted = 0;
  let overallTotal = 0;
  let overallLowest = Infinity;
  let overallHighest = -Infinity;
  let coveredWeighted = 0;
  let coveredTotal = 0;
  let coveredLowest = Infinity;
  let coveredHighest = -Infinity;
  for (let index = 0; index < plan.sections.length; index++) {
    const planned = plan.sections[index] as PlannedSection;
    let weighted = 0;
    let total = 0;
    let lowest = Infinity;
    let highest = -Infinity;
    for (let slot = planned.start; slot < planned.end; slot++) {
      const score = sheet.items[slot] as number;
      if (Number.isNaN(score)) continue;
      const weight = (plan.items[slot] as PlannedItem).question.weight;
      weighted += weight * score;
      total += weight;
      lowest = Math.min(lowest, score);
      highest = Math.max(highest, score);
    }
    const score = total > 0 ? 100 * Math.min(highest, Math.max(lowest, weighted / total)) : NaN;
    const coverage = planned.totalWeight > 0 ? total / planned.totalWeight : NaN;
    sheet.sections[index] = score;
    sheet.coverage[index] = coverage;
    const weight = planned.section.weight;
    if (!Number.isNaN(score)) {
      overallWeighted += weight * score;
      overallTotal += weight;
      overallLowest = Math.min(overallLowest, score);
      overallHighest = Math.max(overallHighest, score);
    }
    if (!Number.isNaN(coverage)) {
      coveredWeighted += weight * coverage;
      coveredTotal += weight;
      coveredLowest = Math.min(coveredLowest, coverage);
      coveredHighest = Math.max(coveredHighest, coverage);
    }
  }
  sheet.overall = overallTotal > 0 ? Math.min(overallHighest, Math.max(overallLowest, overallWeighted / overallTotal)) : NaN;
  sheet.overallCoverage = coveredTotal > 0 ? Math.min(coveredHighest, Math.max(coveredLowest, coveredWeighted / coveredTotal)) : NaN;
}

/** A critical question's red flag: its score at or below the threshold. */
export function raisesRedFlag(question: ScoredQuestion, score: number): boolean {
  return question.critical !== undefined && score <= question.critical.atOrBelow;
}

/** NaN (the sheet's "no score") as the null a scorecard or summary shows. */
export function scoreOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
