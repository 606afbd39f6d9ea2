import type { Response } from '../answers/schema.js';
import { describeAnswer } from '../answers/parse-answer.js';
import { isScored, type Questionnaire, type Section } from '../questionnaire/schema.js';
import { bandFor, sectionRubric } from './bands.js';
import { scoreQuestion } from './question-score.js';
import type { Comment, ItemScore, RedFlag, Scorecard, SectionScore } from './scorecard.js';
import { ownValue } from '../util/own.js';
import { weightedMean } from './weighted-mean.js';

/**
 * Scores one response (README "Scoring"). Pure: the interactive run, `score`, `report` and
 * team aggregation all come through here, so they can never disagree.
 */
export function scoreResponse(questionnaire: Questionnaire, response: Response): Scorecard {
  const redFlags: RedFlag[] = [];
  const comments: Comment[] = [];
  const sections = questionnaire.sections.map((section) => scoreSection(questionnaire, section, response, redFlags, comments));
  const scored = sections.filter((section) => section.score !== null);
  const overallScore = weightedMean(scored.map((section) => ({ weight: section.weight, value: section.score ?? 0 })));
  const withQuestions = sections.filter((section) => section.coverage !== null);
  const coverage = weightedMean(withQuestions.map((section) => ({ weight: section.weight, value: section.coverage ?? 0 })));
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title },
    respondent: response.respondent,
    completed: response.completed,
    source: response.source,
    overall: { score: overallScore, band: bandFor(overallScore, questionnaire.rubric), coverage },
    sections,
    redFlags,
    comments,
  };
}

export function scoreSection(
  questionnaire: Questionnaire,
  section: Section,
  response: Response,
  redFlags: RedFlag[] = [],
  comments: Comment[] = [],
): SectionScore {
  const items: ItemScore[] = [];
  for (const question of section.questions) {
    const answer = ownValue(response.answers, question.id);
    if (!isScored(question)) {
      if (answer?.kind === 'text' && answer.text.trim() !== '') comments.push({ questionId: question.id, sectionId: section.id, text: answer.text });
      continue;
    }
    const score = answer ? scoreQuestion(question, answer, questionnaire) : undefined;
    const status = !answer ? 'unanswered' : answer.kind === 'na' ? 'na' : 'answered';
    const item: ItemScore = {
      id: question.id,
      sectionId: section.id,
      type: question.type,
      weight: question.weight,
      reverse: question.reverse,
      status,
      score: score ?? null,
      ...(answer ? { answer: describeAnswer(question, answer, questionnaire) } : {}),
    };
    items.push(item);
    if (score !== undefined && question.critical && score <= question.critical.atOrBelow) {
      redFlags.push({ questionId: question.id, sectionId: section.id, message: question.critical.message, score, answer: item.answer ?? '' });
    }
  }
  const answered = items.filter((item) => item.score !== null);
  const mean = weightedMean(answered.map((item) => ({ weight: item.weight, value: item.score ?? 0 })));
  const score = mean === null ? null : 100 * mean;
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  const answeredWeight = answered.reduce((sum, item) => sum + item.weight, 0);
  return {
    id: section.id,
    title: section.title,
    weight: section.weight,
    score,
    band: bandFor(score, sectionRubric(section, questionnaire)),
    coverage: totalWeight > 0 ? answeredWeight / totalWeight : null,
    items,
  };
}
