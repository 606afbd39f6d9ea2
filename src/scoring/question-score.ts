import type { Answer } from '../answers/schema.js';
import { answerLabels } from '../questionnaire/labels.js';
import type { Questionnaire, ScoredQuestion } from '../questionnaire/schema.js';

/**
 * A question's score in 0..1 after reverse keying (README "Scoring"), or undefined when the
 * answer does not score (n/a). Formulas per type:
 *   likert (i-1)/(k-1) · choice (s-min)/(max-min) · yesno 1|0 · rating (v-min)/(max-min)
 *   multi Σ selected / Σ positive option scores, clamped to 0..1.
 */
export function scoreQuestion(question: ScoredQuestion, answer: Answer, questionnaire: Pick<Questionnaire, 'scales'>): number | undefined {
  const raw = rawScore(question, answer, questionnaire);
  if (raw === undefined) return undefined;
  return question.reverse ? 1 - raw : raw;
}

function rawScore(question: ScoredQuestion, answer: Answer, questionnaire: Pick<Questionnaire, 'scales'>): number | undefined {
  switch (answer.kind) {
    case 'likert': {
      const k = answerLabels(question, questionnaire).length;
      return (answer.position - 1) / (k - 1);
    }
    case 'choice': {
      if (question.type !== 'choice') return undefined;
      const scores = question.options.map((option) => option.score);
      const min = Math.min(...scores);
      const max = Math.max(...scores);
      return ((question.options[answer.index]?.score ?? min) - min) / (max - min);
    }
    case 'yesno':
      return answer.yes ? 1 : 0;
    case 'rating': {
      if (question.type !== 'rating') return undefined;
      return (answer.value - question.min) / (question.max - question.min);
    }
    case 'multi': {
      if (question.type !== 'multi') return undefined;
      const best = question.options.reduce((sum, option) => sum + Math.max(option.score, 0), 0);
      const chosen = answer.indices.reduce((sum, index) => sum + (question.options[index]?.score ?? 0), 0);
      return clamp01(chosen / best);
    }
    default:
      return undefined;
  }
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
