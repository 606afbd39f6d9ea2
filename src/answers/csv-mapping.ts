import * as z from 'zod';
import { once } from '../util/once.js';
import { parseYamlConfig } from '../util/yaml-config.js';

/**
 * The mapping file's schema, built on first use: most runs read no mapping file, and building it
 * cost every `team` and `import` start time in zod.
 */
export const csvMappingSchema = once(() => {
  /**
   * What a coded cell reads as: a label, a number, yes/no or n/a; `null` (YAML `~`) leaves the cell
   * unanswered, for codes such as Qualtrics' -99 ("seen, not answered").
   */
  const RecodedValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

  /** Cell text (trimmed) → the answer to read instead. Cells not listed are read as they are. */
  const RecodeValuesSchema = z.record(z.string(), RecodedValueSchema);

  /** What one CSV column holds. */
  const ColumnTargetSchema = z.union([
    /** `ignore` drops the column silently; `completed` reads it as the completion date; anything else is a question id. */
    z.string().min(1),
    /** The answers to this question (for a question whose id is "ignore" or "completed"), recoded as the tool coded them (see cell-recode.ts). */
    z.strictObject({
      question: z.string().min(1),
      /** Cell text (trimmed) → the answer to read instead: a label, a number, yes/no, n/a, or ~ for unanswered. Cells not listed are read as they are. */
      values: RecodeValuesSchema.optional(),
      /** Added to a numeric cell before it is read: -1 for a 0–10 question a tool numbered 1–11. */
      offset: z.number().optional(),
    }),
    /** A respondent attribute: id, name, role, team, site, or any other name. */
    z.strictObject({ attribute: z.string().regex(/^[A-Za-z][\w-]*$/, 'must be a simple name like role, team or site') }),
  ]);

  /** How a question's cells are coded, whichever column reads it; a column entry's own `values` and `offset` win. */
  const QuestionRecodeSchema = z.strictObject({
    /** As a column entry's `values`. */
    values: RecodeValuesSchema.optional(),
    /** As a column entry's `offset`. */
    offset: z.number().optional(),
  });

  /** A small file telling `team` and `import` how to read a form export's columns. */
  return z.strictObject({
    /** The questionnaire the export answers (instead of --questionnaire). */
    questionnaire: z.string().min(1).optional(),
    /** By exact header text. Columns not listed are matched by question id or text, or by attribute name. */
    columns: z.record(z.string(), ColumnTargetSchema).default({}),
    /** By question id: recodes for whichever column reads the question (matched by id, text or `columns`), so one file covers an export whatever its headers. */
    questions: z.record(z.string(), QuestionRecodeSchema).optional(),
  });
});

/** A column entry's fields, for "did you mean" on a misspelt one. */
const COLUMN_FIELDS = ['question', 'values', 'offset', 'attribute'];

export type CsvMapping = z.infer<ReturnType<typeof csvMappingSchema>>;
export type ColumnTarget = CsvMapping['columns'][string];
export type QuestionRecode = NonNullable<CsvMapping['questions']>[string];
/** A recode's value: null leaves the cell unanswered. */
export type RecodedValue = NonNullable<QuestionRecode['values']>[string];

export interface LoadedCsvMapping {
  file: string;
  mapping: CsvMapping;
  /** Where a header's entry (or a field within it, such as `values`, `"1"`) sits in the mapping file, for messages. */
  locate(header: string, ...within: string[]): { line: number; col: number } | undefined;
  /** The same for an entry under `questions:` (absent in mappings built by hand in tests: messages then name no line). */
  locateQuestion?(id: string, ...within: string[]): { line: number; col: number } | undefined;
}

/** Checks a mapping file's text; problems name its line and column. */
export function parseCsvMapping(file: string, text: string): LoadedCsvMapping {
  const notAMapping = 'must be a mapping with `columns:` (header: question id, ignore, completed or { attribute: name }) and/or `questions:` (id: { values, offset })';
  const schema = csvMappingSchema();
  const { data, source } = parseYamlConfig(file, text, schema, notAMapping, [...Object.keys(schema.shape), ...COLUMN_FIELDS]);
  return {
    file,
    mapping: data,
    locate: (header, ...within) => source.locate(['columns', header, ...within], within.length === 0),
    locateQuestion: (id, ...within) => source.locate(['questions', id, ...within], within.length === 0),
  };
}
