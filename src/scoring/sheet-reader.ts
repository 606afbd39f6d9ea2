import { MEMO_LIMIT, type ParsedAnswer } from '../answers/parse-answer.js';
import { addMissingRequired, answerSlots, invalidAnswer, requiredIds, type AnswerIssue, type AnswerSlot } from '../answers/parse-answers.js';
import { isScored } from '../questionnaire/schema.js';
import type { Answer } from '../answers/schema.js';
import { commentsAt, type Comment } from './comments.js';
import { ticksAt, type Ticks } from './ticks.js';
import { emptySheet, itemScoreOf, sumSections, type PlannedItem, type ScoreSheet, type ScoringPlan } from './scoring-plan.js';

/** One respondent's raw answers read straight into scores: what team aggregation keeps of a form export's row. */
export interface SheetReading {
  sheet: ScoreSheet;
  /** The non-blank free-text answers, in questionnaire order. */
  comments: Comment[];
  /** What was ticked at unscored multi questions, in questionnaire order. */
  ticks: Ticks[];
  issues: AnswerIssue[];
}

/** A distinct raw value of a scored question: its answer and its score, worked out once. */
interface ScoredValue {
  parsed: ParsedAnswer;
  score: number;
}

type Column =
  | { kind: 'scored'; slot: number; read: (raw: string) => ScoredValue }
  | { kind: 'open'; comment: number; read: (raw: string) => ParsedAnswer };

/**
 * For raw answers that come as text in the same order of question ids (the question columns of a
 * form export), read for team aggregation. Each cell gives the same answer, issue and score as
 * parseAnswers followed by scoreAnswers and commentsOf would (a test holds them to it), but a team
 * of 100,000 needs no dictionary of answers per respondent: a scored question's distinct values
 * are read and scored once, and each row is a lookup per cell into the sheet.
 */
export function sheetReader(plan: ScoringPlan, ids: readonly string[]): (values: readonly string[]) => SheetReading {
  const slotOf = new Map(plan.items.map((item, slot) => [item.question.id, slot]));
  const commentOf = new Map(plan.open.map(({ question }, index) => [question.id, index]));
  const slots = answerSlots(plan.questionnaire, ids, (question, read): Column => {
    if (!isScored(question)) return { kind: 'open', comment: commentOf.get(question.id) as number, read };
    const slot = slotOf.get(question.id) as number;
    return { kind: 'scored', slot, read: scoredValues(plan.items[slot] as PlannedItem, read) };
  });
  const required = requiredIds(plan.questionnaire);
  const columnOf = new Map(ids.map((id, column) => [id, column]));
  // Reused from row to row: which columns gave an answer, and each open question's answer by its
  // place in plan.open, with the two functions that read them (made once, not once a row).
  const answered = new Uint8Array(slots.length);
  const openAnswers: (Answer | undefined)[] = new Array(plan.open.length);
  const isAnswered = (id: string) => answered[columnOf.get(id) ?? -1] === 1;
  const openAnswer = (index: number) => openAnswers[index];
  return (values) => {
    const sheet = emptySheet(plan);
    const issues: AnswerIssue[] = [];
    openAnswers.fill(undefined);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as AnswerSlot<Column>;
      answered[i] = 0;
      if (!slot.read) {
        issues.push({ ...slot.unknown });
        continue;
      }
      const column = slot.read;
      const parsed = column.kind === 'scored' ? readScored(column, values[i] ?? '', sheet) : column.read(values[i] ?? '');
      if (!parsed.ok) {
        issues.push(invalidAnswer(slot.id, parsed.message));
        continue;
      }
      if (!parsed.answer) continue;
      answered[i] = 1;
      if (column.kind === 'open') openAnswers[column.comment] = parsed.answer;
    }
    addMissingRequired(required, isAnswered, issues);
    sumSections(plan, sheet);
    return { sheet, comments: commentsAt(plan, openAnswer), ticks: ticksAt(plan, openAnswer), issues };
  };
}

function readScored(column: Extract<Column, { kind: 'scored' }>, raw: string, sheet: ScoreSheet): ParsedAnswer {
  const value = column.read(raw);
  sheet.items[column.slot] = value.score;
  return value.parsed;
}

/** Distinct values looked up by scanning before a Map takes over: a coded column has a handful. */
const SCANNED = 8;

/**
 * A scored question's reader of raw text, remembering each distinct value's answer and score (as
 * many as parseAnswer remembers). The first few distinct values are found by comparing the cell
 * with each, not through a Map: every cell is a fresh string, which a Map must hash in full before
 * it can look, while a comparison stops at the first character (or length) that differs. This runs
 * for every scored cell of every row.
 */
function scoredValues(item: PlannedItem, read: (raw: string) => ParsedAnswer): (raw: string) => ScoredValue {
  const keys: string[] = [];
  const values: ScoredValue[] = [];
  const memo = new Map<string, ScoredValue>();
  return (raw) => {
    for (let i = 0; i < keys.length; i++) if (keys[i] === raw) return values[i] as ScoredValue;
    let value = memo.get(raw);
    if (value === undefined) {
      const parsed = read(raw);
      value = { parsed, score: itemScoreOf(item, parsed.ok ? parsed.answer : undefined) };
      if (keys.length < SCANNED) {
        keys.push(raw);
        values.push(value);
      } else if (keys.length + memo.size < MEMO_LIMIT) memo.set(raw, value);
    }
    return value;
  };
}
