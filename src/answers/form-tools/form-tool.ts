import type { DateOrder } from '../timestamp.js';

/** The tools whose exports are read by name with --from; `csv` is a plain export (ours, or a spreadsheet's). */
export const FORM_TOOL_NAMES = ['google-forms', 'microsoft-forms', 'surveymonkey', 'qualtrics', 'limesurvey', 'typeform', 'tally', 'csv'] as const;
export type FormToolName = (typeof FORM_TOOL_NAMES)[number];

/** The first records of an export, header rows and perhaps a first respondent, as parsed. */
export type FirstRows = readonly (readonly string[])[];

/** What a tool's metadata column holds. */
export type MetadataRole =
  /** The response's id: an answer file's name, and respondent `id`. */
  | { kind: 'attribute'; name: string }
  /** When the response was submitted. */
  | { kind: 'completed' }
  /** When it was submitted, and blank for a response left unfinished (LimeSurvey's submitdate). */
  | { kind: 'submitted' }
  /** True/1 for a finished response, False/0 for one left unfinished (Qualtrics' Finished). */
  | { kind: 'finished' }
  /** Known and of no use here (IP address, duration, e-mail): left out without a warning. */
  | { kind: 'ignored' };

/** One column of an export: the texts it may be matched by, most telling first. */
export interface ColumnHeader {
  /** The header as the tool wrote it (for SurveyMonkey, the question a blank-headed column falls under). */
  header: string;
  /** Other header rows' text for the column: Qualtrics' export tag (`Q3`, `Q2_1`). */
  alternatives: readonly string[];
  /** A second header row's label for the column: SurveyMonkey's option or matrix row; absent for `Response`. */
  label?: string;
}

/**
 * A survey tool's export layout: how to tell it from its header, how many header rows it has,
 * which columns are its own metadata, and how it writes what our answer files write otherwise.
 * Questions are matched the same way for every tool (see resolveColumns); a tool only says how to
 * read around them.
 */
export interface FormTool {
  name: FormToolName;
  /** As a person names the tool: "Google Forms". */
  title: string;
  /** Whether these first rows are this tool's export header. */
  detect(rows: FirstRows): boolean;
  /** How many of the first rows are header rows (at least 1). */
  headerRows(rows: FirstRows): number;
  /** Each column's header texts, from the header rows. */
  columns(headerRows: FirstRows): ColumnHeader[];
  /** Metadata columns by header, lower-cased (any of a column's texts). */
  metadata: Readonly<Record<string, MetadataRole>>;
  /** How the tool writes slashed dates, when its own text does not say; without it, month-first is assumed and said. */
  dateOrder?: DateOrder;
  /** How the tool writes a yes/no answer when not as yes/no (Typeform: 1 and 0). */
  yesNoCodes?: Readonly<Record<string, 'yes' | 'no'>>;
  /**
   * Whether the rows hold numeric codes rather than answer text (Qualtrics' "numeric values"
   * export): every answered question then needs its codes in a mapping file, since 1 may mean
   * "Strongly agree" or a 0–10 answer of 0.
   */
  codedAnswers?(rows: FirstRows, headerRows: number): boolean;
  /** What to choose when exporting to get answer text, for the message that asks for recodes. */
  textExportHint?: string;
}

/** The first row as the headers, one per column: most tools have one header row. */
export function singleRowColumns(rows: FirstRows): ColumnHeader[] {
  return (rows[0] ?? []).map((header) => ({ header, alternatives: [] }));
}

/** Whether a row holds every one of these headers (trimmed, case-insensitive). */
export function hasHeaders(row: readonly string[] | undefined, ...wanted: string[]): boolean {
  const present = new Set((row ?? []).map((cell) => cell.trim().toLowerCase()));
  return wanted.every((header) => present.has(header.toLowerCase()));
}

/** A metadata table with every key lower-cased, so tools write their headers as they appear. */
export function metadataTable(entries: Record<string, MetadataRole>): Readonly<Record<string, MetadataRole>> {
  return Object.fromEntries(Object.entries(entries).map(([header, role]) => [header.toLowerCase(), role]));
}

export const ID: MetadataRole = { kind: 'attribute', name: 'id' };
export const COMPLETED: MetadataRole = { kind: 'completed' };
export const IGNORED: MetadataRole = { kind: 'ignored' };
