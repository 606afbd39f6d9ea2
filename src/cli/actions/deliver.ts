import { extname, resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { ChartLink } from '../../report/chart-links.js';
import type { ReportDocument } from '../../report/formats/documents.js';
import type { OutputFormat } from '../../report/formats/output-format.js';
import { formatOfPath, isFormatName, outputFormats, renderDocument, type FormatName } from '../../report/formats/registry.js';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { printWritten, writeReportFiles } from './report-files.js';

/** Files hold no colour, whatever the terminal does. */
const plain = new Chalk({ level: 0 });

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
  return format;
}

/**
 * The format of a command that prints a terminal summary unless asked for a file (compare, trend):
 * terminal without -o, Markdown with it, JSON with --json.
 */
export function printedFormat(options: { output?: string; format?: string; json?: boolean }): OutputFormat {
  if (options.json && options.format !== undefined && options.format !== 'json') throw new UserError(`--json asks for JSON, but --format is ${options.format}; give one of them`);
  return chooseFormat(options.json ? 'json' : options.format, options.output, options.output === undefined ? 'terminal' : 'markdown');
}

/**
 * Prints the document in `format` ("-") or writes it to `output`, with its charts beside it where
 * the format has chart files; nothing is written when any file is refused.
 */
export function deliverDocument(document: ReportDocument, format: OutputFormat, output: string, force: boolean | undefined, io: Io): void {
  if (output === '-') {
    io.out(renderedFor('-', format, document, [], io));
    return;
  }
  printWritten(writeDocument(document, format, resolve(io.cwd, output), force), io);
}

/** The document as `output` gets it: styled for the terminal on stdout ("-"), plain in a file. */
export function renderedFor(output: string, format: OutputFormat, document: ReportDocument, links: readonly ChartLink[], io: Pick<Io, 'style' | 'columns'>): string {
  const toStdout = output === '-';
  return renderDocument(format, document, { links, style: toStdout ? io.style : plain, columns: toStdout ? io.columns : 80 });
}

/** Writes the document to `path` (absolute) and its charts beside it, all or nothing. Returns the paths, the document first. */
export function writeDocument(document: ReportDocument, format: OutputFormat, path: string, force?: boolean): string[] {
  const charts = format.chartFiles ? document.charts() : [];
  return writeReportFiles(path, charts, (links) => renderedFor(path, format, document, links, { style: plain, columns: 80 }), force);
}
