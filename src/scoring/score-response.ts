import type { Answer, Response } from '../answers/schema.js';
import { describeAnswer } from '../answers/parse-answer.js';
import { isScored, type Questionnaire, type ScoredQuestion, type Section } from '../questionnaire/schema.js';
import { bandFor, sectionRubric } from './bands.js';
import { scoreQuestion } from './question-score.js';
import type { Comment, ItemScore, RedFlag, Scorecard, SectionScore } from './scorecard.js';
import { ownValue } from '../util/own.js';
import { WeightedSum } from './weighted-mean.js';

/**
 * Scores one response (README "Scoring"). Pure: the interactive run, `score`, `report` and
 * team aggregation all come through here, so they can never disagree.
 */
export function scoreResponse(questionnaire: Questionnaire, response: Response): Scorecard {
  const redFlags: RedFlag[] = [];
  const comments: Comment[] = [];
  // Plain loops and running sums: a team report scores every respondent through here.
  const sections: SectionScore[] = [];
  const overall = new WeightedSum();
  const covered = new WeightedSum();
  for (const section of questionnaire.sections) {
    const result = scoreSection(questionnaire, section, response, redFlags, comments);
    sections.push(result);
    if (result.score !== null) overall.add(result.weight, result.score);
    if (result.coverage !== null) covered.add(result.weight, result.coverage);
  }
  const overallScore = overall.mean();
  const coverage = covered.mean();
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
  // Scored weight over every scored question (for coverage) and over the answered ones (for the score).
  const answered = new WeightedSum();
  let totalWeight = 0;
  const answers = response.answers;
  // Answers read from files have no prototype (parseAnswers): one lookup each instead of two.
  const bare = Object.getPrototypeOf(answers) === null;
  for (const question of section.questions) {
    const answer = bare ? answers[question.id] : ownValue(answers, question.id);
    if (!isScored(question)) {
      if (answer?.kind === 'text' && answer.text.trim() !== '') comments.push({ questionId: question.id, sectionId: section.id, text: answer.text });
      continue;
    }
    // Answers shared between responses are frozen (see parseAnswer): score each of those once.
    const item = answer && Object.isFrozen(answer) ? sharedItemScore(questionnaire, section, question, answer) : itemScore(questionnaire, section, question, answer);
    const score = item.score;
    items.push(item);
    totalWeight += question.weight;
    if (score !== null) answered.add(question.weight, score);
    if (score !== null && question.critical && score <= question.critical.atOrBelow) {
      redFlags.push({ questionId: question.id, sectionId: section.id, message: question.critical.message, score, answer: item.answer ?? '' });
    }
  }
  const mean = answered.mean();
  const score = mean === null ? null : 100 * mean;
  return {
    id: section.id,
    title: section.title,
    weight: section.weight,
    score,
    band: bandFor(score, sectionRubric(section, questionnaire)),
    coverage: totalWeight > 0 ? answered.total / totalWeight : null,
    items,
  };
}

function itemScore(questionnaire: Questionnaire, section: Section, question: ScoredQuestion, answer: Answer | undefined): ItemScore {
  const score = answer ? scoreQuestion(question, answer, questionnaire) : undefined;
  const status = !answer ? 'unanswered' : answer.kind === 'na' ? 'na' : 'answered';
  return {
    id: question.id,
    sectionId: section.id,
    type: question.type,
    weight: question.weight,
    reverse: question.reverse,
    status,
    score: score ?? null,
    ...(answer ? { answer: describeAnswer(question, answer, questionnaire) } : {}),
  };
}

/**
 * An item's result depends only on its question and the answer. Answers read from text are
 * shared and frozen (see parseAnswer): each is scored once, and scorecards share the frozen item.
 */
const sharedItems = new WeakMap<Answer, { question: ScoredQuestion; item: ItemScore }>();

function sharedItemScore(questionnaire: Questionnaire, section: Section, question: ScoredQuestion, answer: Answer): ItemScore {
  const known = sharedItems.get(answer);
  if (known?.question === question && known.item.sectionId === section.id) return known.item;
  const item = Object.freeze(itemScore(questionnaire, section, question, answer));
  sharedItems.set(answer, { question, item });
  return item;
}
