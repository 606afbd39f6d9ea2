import { questionSchemas } from '../question-types/registry.js';
import { BandSchema, CriticalSchema, OptionSchema, QuestionnaireSchema, SectionSchema } from './schema.js';

/** Every field name the format knows, for "did you mean" hints on misspelt keys. */
export const questionnaireFieldNames: readonly string[] = [
  ...new Set([QuestionnaireSchema, SectionSchema, BandSchema, CriticalSchema, OptionSchema, ...questionSchemas].flatMap((schema) => Object.keys(schema.shape))),
];
