import { jsonSchemaText } from '../../questionnaire/json-schema.js';
import { applyCommand } from '../apply-result.js';
import { printedResult, stdout, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';

export type SchemaName = 'questionnaire' | 'answers';

/** `schema`: the JSON Schema of a file format. It reads nothing, so it needs no cwd. */
export function schemaCommand(format: SchemaName): CommandResult {
  return printedResult([stdout(jsonSchemaText(format))]);
}

export function runSchema(format: SchemaName, io: Io): void {
  applyCommand(io, () => schemaCommand(format));
}
