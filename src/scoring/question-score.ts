import type { Answer } from '../answers/schema.js';
import { answerLabels } from '../questionnaire/labels.js';
import type { Questionnaire, ScoredQuestion } from '../questionnaire/schema.js';

/** A question's score of one answer: 0..1 after reverse keying, or undefined when it does not score (n/a). */
export type ItemScorer = (answer: Answer) => number | undefined;

/**
 * How a question scores an answer: 0..1 after reverse keying (README "Scoring"), or undefined
 * when the answer does not score (n/a). Formulas per type:
 *   likert (i-1)/(k-1) · choice (s-min)/(max-min) · yesno 1|0 · rating (v-min)/(max-min)
 *   multi Σ selected / Σ positive option scores, clamped to 0..1.
 * What depends only on the question (scale length, option range) is worked out once: a team
 * report scores the same question for every respondent.
 */
export function itemScorer(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): ItemScorer {
  const raw = rawScorer(question, questionnaire);
  return question.reverse ? (answer) => reversed(raw(answer)) : raw;
}

function reversed(score: number | undefined): number | undefined {
  return score === undefined ? undefined : 1 - score;
}

function rawScorer(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): ItemScorer {
  switch (question.type) {
    case 'likert': {
      const k = answerLabels(question, questionnaire).length;
      return (answer) => (answer.kind === 'likert' ? (answer.position - 1) / (k - 1) : undefined);
    }
    case 'choice': {
      const scores = question.options.map((option) => option.score);
      const min = Math.min(...scores);
      const max = Math.max(...scores);
      return (answer) => (answer.kind === 'choice' ? ((scores[answer.index] ?? min) - min) / (max - min) : undefined);
    }
    case 'yesno':
      return (answer) => (answer.kind === 'yesno' ? (answer.yes ? 1 : 0) : undefined);
    case 'rating': {
      const { min, max } = question;
      return (answer) => (answer.kind === 'rating' ? (answer.value - min) / (max - min) : undefined);
    }
    case 'multi': {
      const scores = question.options.map((option) => option.score);
      const best = scores.reduce((sum, score) => sum + Math.max(score, 0), 0);
      return (answer) => {
        if (answer.kind !== 'multi') return undefined;
        let chosen = 0;
        for (const index of answer.indices) chosen += scores[index] ?? 0;
        return clamp01(chosen / best);
      };
    }
  }
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
