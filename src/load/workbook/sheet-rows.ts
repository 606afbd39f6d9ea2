import type { CsvRecord } from '../../answers/csv-import.js';
import { MAX_CSV_COLUMNS, MAX_CSV_RECORD_CHARS } from '../../util/limits.js';
import { excelDateText, generalNumberText, unescapeOoxml } from './cell-text.js';
import type { XmlHandlers } from './xml-events.js';

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** A sheet that cannot be read as rows; the message says where. */
export class SheetError extends Error {
  override name = 'SheetError';
}

/** Excel's own bounds: 1,048,576 rows, 16,384 columns (XFD). */
const MAX_SHEET_ROW = 1_048_576;

/**
 * Reads a sheet's XML events into records, as load/csv-records.ts gives a CSV's: each row that has a
 * non-empty cell, its cells at their columns (`C5` is the third; a missing cell is ''), with
 * `info.lines` its row number and `info.empty_lines` the rows before it that held nothing, so every
 * message names the row the spreadsheet shows. `onRecord` gets them as they close.
 */
export function sheetRowHandlers(context: SheetContext, onRecord: (record: CsvRecord) => void): XmlHandlers {
  let rowNumber = 0;
  let records = 0;
  let cells: string[] = [];
  let rowChars = 0;
  let column = 0;
  let type = '';
  let style = 0;
  let text: string[] | undefined;
  let inValue = false;
  let phonetic = 0;

  function openCell(attributes: Record<string, string>): void {
    column = attributes.r ? columnOf(attributes.r, rowNumber) : column + 1;
    if (column > MAX_CSV_COLUMNS) throw new SheetError(`row ${rowNumber}: has a cell in column ${attributes.r ? attributes.r.replace(/\d+$/, '') : column}, past the limit of ${MAX_CSV_COLUMNS} columns; is it a form export?`);
    type = attributes.t ?? 'n';
    style = attributes.s ? Number(attributes.s) : 0;
    text = undefined;
  }

  function closeCell(): void {
    if (text === undefined) return; // a cell with a style and no value is empty
    const value = cellText(text.join(''));
    if (value === '') return;
    // A shared string's length counts too: the raw text was only its index.
    if (type === 's') rowChars += value.length;
    if (rowChars > MAX_CSV_RECORD_CHARS) throw tooLong();
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = value;
  }

  function tooLong(): SheetError {
    return new SheetError(`row ${rowNumber}: holds more than ${MAX_CSV_RECORD_CHARS} characters; is it a form export?`);
  }

  function cellText(raw: string): string {
    if (type === 's') {
      const shared = context.sharedStrings[Number(raw)];
      if (shared === undefined) throw new SheetError(`row ${rowNumber}: a cell refers to shared text ${raw}, which the workbook does not have; is it damaged?`);
      return shared;
    }
    if (type === 'inlineStr' || type === 'str' || type === 'e') return unescapeOoxml(raw);
    if (type === 'b') return raw.trim() === '1' ? 'TRUE' : 'FALSE';
    if (type === 'd') return raw.trim().replace(/T00:00:00(\.0+)?Z?$/, '').replace(/Z$/, '');
    const value = Number(raw);
    if (raw.trim() === '' || Number.isNaN(value)) return raw.trim();
    if (context.dateStyles[style]) return excelDateText(value, context.date1904) ?? generalNumberText(value);
    return generalNumberText(value);
  }

  function closeRow(): void {
    if (cells.length > 0) {
      onRecord({ info: { lines: rowNumber, empty_lines: rowNumber - 1 - records }, record: cells });
      records++;
    }
  }

  return {
    open(name, attributes) {
      if (name === 'c') openCell(attributes);
      else if (name === 'v' || (name === 't' && phonetic === 0)) {
        text ??= [];
        inValue = true;
      }
      else if (name === 'rPh') phonetic++;
      else if (name === 'row') {
        const next = attributes.r ? Number(attributes.r) : rowNumber + 1;
        if (!Number.isInteger(next) || next <= rowNumber || next > MAX_SHEET_ROW) throw new SheetError(`row ${attributes.r ?? rowNumber + 1} comes after row ${rowNumber} or is past Excel's last row; is the workbook damaged?`);
        rowNumber = next;
        cells = [];
        rowChars = 0;
        column = 0;
      }
    },
    text(chunk) {
      if (!inValue || !text) return;
      // A cell's text is checked as it comes: one huge value must not fill memory before its row ends.
      rowChars += chunk.length;
      if (rowChars > MAX_CSV_RECORD_CHARS) throw tooLong();
      text.push(chunk);
    },
    close(name) {
      if (name === 'c') closeCell();
      else if (name === 'v' || name === 't') inValue = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'row') closeRow();
    },
  };
}

/** The 1-based column of a cell reference such as `C5` or `AB12`; it must be in the row being read. */
function columnOf(ref: string, rowNumber: number): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  if (i === 0 || i > 3 || ref.slice(i) !== String(rowNumber)) throw new SheetError(`row ${rowNumber}: has a cell "${ref.slice(0, 20)}" that is not a cell of that row; is the workbook damaged?`);
  return column;
}
