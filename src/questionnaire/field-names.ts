import { questionSchemas } from '../question-types/registry.js';
import { once } from '../util/once.js';
import { bandSchema, criticalSchema, optionSchema, questionnaireSchema, sectionSchema } from './schema.js';

/**
 * Every field name the format knows, for "did you mean" hints on misspelt keys. Gathered on first
 * use: it builds the questionnaire schemas, which a run on built-in questionnaires never needs.
 */
export const questionnaireFieldNames = once((): readonly string[] => [
  ...new Set([questionnaireSchema(), sectionSchema(), bandSchema(), criticalSchema(), optionSchema(), ...questionSchemas()].flatMap((schema) => Object.keys(schema.shape))),
]);
