import { join, resolve } from 'node:path';
import type { ReportDocument } from '../../report/formats/documents.js';
import type { FileToWrite } from '../../write/target.js';
import { stderr, stdout, terminalOf, type CommandContext, type Printed } from '../command-result.js';
import { chooseFormat, documentFiles, renderedFor } from './deliver.js';
import { reportOutputPath, shownFrom } from './output-path.js';

/** The output options of a command that writes a report and, with --json, its JSON beside it (team, mirror). */
export interface ReportAndJsonOptions extends CommandContext {
  output?: string;
  format?: string;
  json?: string;
}

/**
 * The report as asked for: written (or printed with -o -) when -o or --format asks for it, or when
 * no machine output is asked for; `--json <file>` alone writes the JSON and nothing else, so a
 * CI step's `--json - | jq` gets JSON alone and a second run finds no report in its way. Without
 * -o, the report goes to reports/<defaultName> with the format's ending.
 */
export function reportTargets(document: ReportDocument, options: ReportAndJsonOptions, defaultName: string): FileToWrite[] {
  const asked = options.output !== undefined || options.format !== undefined || options.json === undefined;
  if (!asked) return [];
  const format = chooseFormat(options.format, options.output, 'markdown');
  const output = options.output === undefined ? join('reports', `${defaultName}${format.extension}`) : reportOutputPath(options.output, format, options.cwd);
  if (output === '-') return [{ path: '-', content: renderedFor('-', format, document, [], terminalOf(options)) }];
  return documentFiles(document, format, resolve(options.cwd, output));
}

/** What went to stdout ("-"), then the paths written: on stderr when stdout carries a document, so `--json - | jq` gets JSON alone. */
export function targetLines(targets: readonly FileToWrite[], written: readonly FileToWrite[], cwd: string): Printed[] {
  const onStdout = targets.filter((target) => target.path === '-').map((target) => stdout(target.content.trimEnd()));
  const path = onStdout.length > 0 ? stderr : stdout;
  return [...onStdout, ...written.map((file) => path(shownFrom(cwd, file.path)))];
}
