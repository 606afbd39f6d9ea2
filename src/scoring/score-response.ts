import type { Answer, Response } from '../answers/schema.js';
import { describeAnswer } from '../answers/parse-answer.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import { bandFor } from './bands.js';
import type { ItemScore, RedFlag, Scorecard, SectionScore } from './scorecard.js';
import { commentsOf } from './comments.js';
import { ticksOf } from './ticks.js';
import { raisesRedFlag, scoreAnswers, scoreOrNull, scoringPlan, type PlannedItem, type ScoringPlan } from './scoring-plan.js';

/**
 * Scores one response (README "Scoring"). Pure: the interactive run, `score`, `report` and team
 * aggregation all score through the same plan (scoreAnswers), so they can never disagree; this
 * adds what a person reads: bands, each item's answer, red flags with the answer given.
 */
export function scoreResponse(questionnaire: Questionnaire, response: Response): Scorecard {
  const plan = scoringPlan(questionnaire);
  const sheet = scoreAnswers(plan, response.answers);
  const redFlags: RedFlag[] = [];
  const sections = plan.sections.map((planned, index): SectionScore => {
    const items: ItemScore[] = [];
    for (let slot = planned.start; slot < planned.end; slot++) {
      const entry = plan.items[slot] as PlannedItem;
      const question = entry.question;
      const item = itemScore(plan, entry, ownValue(response.answers, question.id), scoreOrNull(sheet.items[slot] as number));
      items.push(item);
      if (item.score !== null && raisesRedFlag(question, item.score)) {
        redFlags.push({ questionId: question.id, sectionId: planned.section.id, message: question.critical?.message ?? '', score: item.score, answer: item.answer ?? '' });
      }
    }
    const score = scoreOrNull(sheet.sections[index] as number);
    return {
      id: planned.section.id,
      title: planned.section.title,
      weight: planned.section.weight,
      score,
      band: bandFor(score, planned.rubric),
      coverage: scoreOrNull(sheet.coverage[index] as number),
      items,
    };
  });
  const overallScore = scoreOrNull(sheet.overall);
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title },
    respondent: response.respondent,
    completed: response.completed,
    source: response.source,
    overall: { score: overallScore, band: bandFor(overallScore, questionnaire.rubric), coverage: scoreOrNull(sheet.overallCoverage) },
    sections,
    redFlags,
    comments: commentsOf(plan, response.answers),
    ticks: ticksOf(plan, response.answers),
    sheet,
  };
}

/**
 * An item's result depends only on its question and the answer. Answers read from text are
 * shared and frozen (see parseAnswer): each is described once, and scorecards share the frozen item.
 */
const sharedItems = new WeakMap<Answer, { planned: PlannedItem; item: ItemScore }>();

function itemScore(plan: ScoringPlan, planned: PlannedItem, answer: Answer | undefined, score: number | null): ItemScore {
  if (!answer || !Object.isFrozen(answer)) return newItemScore(plan, planned, answer, score);
  const known = sharedItems.get(answer);
  if (known?.planned === planned) return known.item;
  const item = Object.freeze(newItemScore(plan, planned, answer, score));
  sharedItems.set(answer, { planned, item });
  return item;
}

function newItemScore(plan: ScoringPlan, { question, section }: PlannedItem, answer: Answer | undefined, score: number | null): ItemScore {
  return {
    id: question.id,
    sectionId: section.id,
    type: question.type,
    weight: question.weight,
    reverse: question.reverse,
    status: !answer ? 'unanswered' : answer.kind === 'na' ? 'na' : 'answered',
    score,
    ...(answer ? { answer: describeAnswer(question, answer, plan.questionnaire) } : {}),
  };
}
