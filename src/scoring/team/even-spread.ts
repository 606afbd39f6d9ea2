import { definitionOf } from '../../question-types/registry.js';
import type { Questionnaire, ScoredQuestion } from '../../questionnaire/schema.js';

// How far apart a team's answers are can only be compared across question types against what
// each type allows. The largest possible SD is the same for every type (half the team at 0, half
// at 1: 0.5), so it cannot be the yardstick; the SD of answers spread evenly over every answer the
// question offers can: 0.5 for yes/no (two answers), 0.354 for a five-point scale, 0.316 for a
// 0–10 score. An item's SD over this is 1 when the team is as spread as answers scattered evenly
// over the options, above 1 when it splits towards the two ends.

/** Past this many possible answers an even spread is taken as continuous: 1/√12 of the range. */
const MANY = 101;
const CONTINUOUS = 1 / Math.sqrt(12);

/** The population SD (0..1 scale) of answers spread evenly over every score the question can give. */
export function evenSpreadSd(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): number {
  const scores = possibleScores(question, questionnaire);
  if (!scores || scores.length < 2) return CONTINUOUS;
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return Math.sqrt(scores.reduce((sum, s) => sum + (s - mean) ** 2, 0) / scores.length);
}

/** Every score (0..1, reverse keying aside: it mirrors the set, which keeps its SD) an answer can get; undefined when too many to list. */
function possibleScores(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): number[] | undefined {
  switch (question.type) {
    case 'yesno':
      return [0, 1];
    case 'nps':
      return steps(0, 10);
    case 'rating':
      return Number.isInteger(question.min) && Number.isInteger(question.max) && question.max - question.min < MANY ? steps(question.min, question.max) : undefined;
    case 'likert':
    case 'choice': {
      const definition = definitionOf(question);
      const labels = definition.labels(question, questionnaire.scales);
      if (question.type === 'likert') return labels.map((_, i) => i / Math.max(1, labels.length - 1));
      const raw = question.options.map((option) => option.score);
      const min = Math.min(...raw);
      const max = Math.max(...raw);
      return max > min ? raw.map((s) => (s - min) / (max - min)) : undefined;
    }
    default:
      // multi: any combination of ticks; its totals are many and uneven, so the continuous case.
      return undefined;
  }
}

function steps(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => i / (max - min));
}
