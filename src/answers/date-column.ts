import { quoted } from '../util/quote.js';
import { dayIn, readTimestamp, type DateOrder } from './timestamp.js';

/**
 * Reads one export column of dates, row after row, to days (YYYY-MM-DD). A metadata column never
 * stops a run: a cell that is no date is left out, and the column gets one warning at the end.
 * Slashed dates are read in the order the column shows (a day above 12 shows it), else the tool's
 * order, else month-first; the warning says when that assumption was needed or proved wrong.
 */
export class DateColumn {
  private order: DateOrder | undefined;
  /** Whether a cell has shown the order, so it is known rather than assumed. */
  private shown = false;
  private assumed = 0;
  private unreadable = 0;
  private example = '';
  /** Ambiguous dates read before a cell showed the other order. */
  private misread = 0;

  constructor(
    private readonly name: string,
    private readonly toolOrder?: DateOrder,
  ) {
    this.order = toolOrder;
  }

  read(cell: string): string | undefined {
    const reading = readTimestamp(cell);
    if (reading.kind === 'invalid') return this.leftOut(cell);
    if (reading.kind === 'date' && reading.shows) {
      if (this.shown && reading.shows !== this.order) return this.leftOut(cell);
      if (!this.shown && reading.shows !== (this.order ?? 'month-first')) this.misread = this.assumed;
      this.order = reading.shows;
      this.shown = true;
    }
    if (reading.kind === 'ambiguous' && !this.shown) this.assumed++;
    return dayIn(reading, this.order ?? 'month-first');
  }

  /** The column's one warning, if any cell was left out or read by an assumption. */
  warning(file: string): string | undefined {
    const notes: string[] = [];
    if (this.unreadable > 0) notes.push(`${this.unreadable} ${this.unreadable === 1 ? 'cell is' : 'cells are'} not a date (such as ${quoted(this.example, 40)}) and ${this.unreadable === 1 ? 'was' : 'were'} left out`);
    if (this.misread > 0) notes.push(`the first ${this.misread} could be month- or day-first and were read ${this.toolOrder ?? 'month-first'} before later ones showed ${this.order}: check those completion dates`);
    else if (!this.shown && this.assumed > 0 && !this.toolOrder) notes.push(`its dates could be month- or day-first and were read month-first`);
    if (notes.length === 0) return undefined;
    return `${file}: column ${this.name}: ${notes.join('; ')} (completion dates only: answers are not affected)`;
  }

  private leftOut(cell: string): undefined {
    if (this.unreadable++ === 0) this.example = cell;
    return undefined;
  }
}
