import { extname, resolve } from 'node:path';
import type { ChartLink } from '../../report/chart-links.js';
import type { ReportDocument } from '../../report/formats/documents.js';
import type { OutputFormat } from '../../report/formats/output-format.js';
import { formatOfPath, isFormatName, outputFormats, renderDocument, type FormatName } from '../../report/formats/registry.js';
import { pageToPrint } from '../../print/page-to-print.js';
import { UserError } from '../../util/errors.js';
import type { FileToWrite } from '../../write/target.js';
import { writeFilesAtomic } from '../../write/write-files.js';
import { plain, stdout, terminalOf, type CommandContext, type CommandResult } from '../command-result.js';
import type { ChalkInstance } from 'chalk';
import { reportOutputPath } from './output-path.js';
import { reportFiles, writtenLines } from './report-files.js';

/**
 * The format a report is written in: --format, else what the -o file's ending asks for
 * (`.md`, `.json`, `.txt`), else the command's own default. An ending that asks for another
 * format than --format is refused rather than guessed at.
 */
export function chooseFormat(requested: string | undefined, output: string | undefined, fallback: FormatName): OutputFormat {
  const byPath = output !== undefined && output !== '-' ? formatOfPath(output) : undefined;
  if (requested === undefined) return byPath ?? outputFormats[fallback];
  if (!isFormatName(requested)) throw new UserError(`unknown format "${requested}"; choose one of: ${Object.keys(outputFormats).join(', ')}`);
  const format = outputFormats[requested];
  if (byPath && byPath !== format) {
    throw new UserError(`-o ${output} ends in ${extname(output ?? '')}, a ${byPath.name} file, but --format is ${requested}; drop one, or make them agree`);
  }
  if (output === '-') requireFile(format);
  return format;
}

/** A PDF is bytes for a file, never for a terminal or pipe. */
function requireFile(format: OutputFormat): void {
  if (format.printedAs) throw new UserError(`--format ${format.name} writes a file, never to stdout: give -o <file>${format.extension}`);
}

/**
 * The format of a command that prints a terminal summary unless asked for a file (compare, trend):
 * terminal without -o, Markdown with it, JSON with --json.
 */
export function printedFormat(options: { output?: string; format?: string; json?: boolean }): OutputFormat {
  if (options.json && options.format !== undefined && options.format !== 'json') throw new UserError(`--json asks for JSON, but --format is ${options.format}; give one of them`);
  const format = chooseFormat(options.json ? 'json' : options.format, options.output, options.output === undefined ? 'terminal' : 'markdown');
  if (options.output === undefined) requireFile(format);
  return format;
}

/**
 * The document printed in `format` ("-"), or written to `output` with its charts beside it where
 * the format has chart files.
 */
export function deliveredDocument(document: ReportDocument, format: OutputFormat, output: string, context: CommandContext): Pick<CommandResult, 'files' | 'printed' | 'relativePaths'> {
  const terminal = terminalOf(context);
  if (output === '-') return { files: [], printed: [stdout(renderedFor('-', format, document, [], terminal))] };
  const files = documentFiles(document, format, resolve(context.cwd, reportOutputPath(output, format, context.cwd)));
  return { files, printed: writtenLines(files.map((file) => file.path), context.cwd, terminal.style), relativePaths: true };
}

/** The document as `output` gets it: styled for the terminal on stdout ("-"), plain in a file. Files hold no colour, whatever the terminal does. */
export function renderedFor(output: string, format: OutputFormat, document: ReportDocument, links: readonly ChartLink[], terminal: { style: ChalkInstance; columns: number }): string {
  const toStdout = output === '-';
  return renderDocument(format, document, { links, style: toStdout ? terminal.style : plain, columns: toStdout ? terminal.columns : 80 });
}

/** The document at `path` (absolute) and its charts beside it, the document first. */
export function documentFiles(document: ReportDocument, format: OutputFormat, path: string): FileToWrite[] {
  const charts = format.chartFiles ? document.charts() : [];
  const files = reportFiles(path, charts, (links) => renderedFor(path, format, document, links, { style: plain, columns: 80 }));
  // A PDF is its HTML page, printed by the shell (apply-result.ts) before anything is written.
  const { printedAs } = format;
  return printedAs ? files.map((file) => pageToPrint(file, printedAs)) : files;
}

/** Writes the document and its charts, all or nothing (`run` at the end of an audit). Returns the paths, the document first. */
export function writeDocument(document: ReportDocument, format: OutputFormat, path: string, force?: boolean): string[] {
  const files = documentFiles(document, format, path);
  writeFilesAtomic(files, { force });
  return files.map((file) => file.path);
}
