import {
  BandSchema,
  ChoiceQuestionSchema,
  CriticalSchema,
  LikertQuestionSchema,
  MultiQuestionSchema,
  OptionSchema,
  QuestionnaireSchema,
  RatingQuestionSchema,
  SectionSchema,
} from './schema.js';

/** Every field name the format knows, for "did you mean" hints on misspelt keys. */
export const questionnaireFieldNames: readonly string[] = [
  ...new Set(
    [
      QuestionnaireSchema,
      SectionSchema,
      BandSchema,
      CriticalSchema,
      OptionSchema,
      LikertQuestionSchema,
      ChoiceQuestionSchema,
      RatingQuestionSchema,
      MultiQuestionSchema,
    ].flatMap((schema) => Object.keys(schema.shape)),
  ),
];
