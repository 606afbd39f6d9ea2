import { describe, expect, it } from 'vitest';
import { DateColumn } from '../../../src/answers/date-column.js';
import { calendarDate, readTimestamp } from '../../../src/answers/timestamp.js';

describe('readTimestamp', () => {
  it('reads the year-first stamps form tools write, with their clocks and zones', () => {
    for (const [text, date] of [
      ['2026-11-16', '2026-11-16'],
      ['2026-11-16T09:05:12Z', '2026-11-16'],
      ['2026-11-16T09:05:12.345+01:00', '2026-11-16'],
      ['2026-11-16 09:05:12', '2026-11-16'],
      ['2026/11/16 9:05:12 AM GMT+1', '2026-11-16'],
      ['2026/11/16 12:05:12 PM GMT-05:00', '2026-11-16'],
      ['2026.11.16', '2026-11-16'],
    ]) {
      expect(readTimestamp(text as string), text).toEqual({ kind: 'date', date });
    }
  });

  it('reads a dotted date day-first, as every locale that dots dates writes it', () => {
    expect(readTimestamp('16.11.2026 08:59')).toEqual({ kind: 'date', date: '2026-11-16' });
    expect(readTimestamp('1.2.2026')).toEqual({ kind: 'date', date: '2026-02-01' });
  });

  it('tells which order a slashed date shows when a number is above 12, and says when it cannot', () => {
    expect(readTimestamp('11/16/2026 9:05')).toEqual({ kind: 'date', date: '2026-11-16', shows: 'month-first' });
    expect(readTimestamp('16/11/2026 09:05:12')).toEqual({ kind: 'date', date: '2026-11-16', shows: 'day-first' });
    expect(readTimestamp('8/20/25 12:51:45')).toEqual({ kind: 'date', date: '2025-08-20', shows: 'month-first' });
    expect(readTimestamp('3/11/2026')).toEqual({ kind: 'ambiguous', monthFirst: '2026-03-11', dayFirst: '2026-11-03' });
    // Both orders give one day.
    expect(readTimestamp('5/5/2026')).toEqual({ kind: 'date', date: '2026-05-05' });
  });

  it('refuses days and times the calendar does not have, rather than rolling them over', () => {
    for (const text of ['2026-02-30', '2026-13-01', '0000-00-00', '2024-02-29T25:00:00Z', '2023-02-29', '2026-04-31', '2026-11-16 9:60', '2026/11/16 13:00:00 PM', '31.13.2026', '2/30/2026', 'soon', '']) {
      expect(readTimestamp(text), text).toEqual({ kind: 'invalid' });
    }
    expect(readTimestamp('2024-02-29T23:59:59Z')).toEqual({ kind: 'date', date: '2024-02-29' });
  });

  it('knows leap years: every fourth, but not centuries unless divisible by 400', () => {
    expect(calendarDate('2000', '2', '29')).toBe('2000-02-29');
    expect(calendarDate('1900', '2', '29')).toBeUndefined();
    expect(calendarDate('2028', '2', '29')).toBe('2028-02-29');
  });
});

describe('DateColumn', () => {
  it("reads ambiguous dates in the tool's order, silently", () => {
    const column = new DateColumn('1 "End Date"', 'month-first');
    expect(['3/11/2026', '11/16/2026'].map((cell) => column.read(cell))).toEqual(['2026-03-11', '2026-11-16']);
    expect(column.warning('e.csv')).toBeUndefined();
  });

  it('follows the order the column shows, and warns about earlier dates read the other way', () => {
    const column = new DateColumn('1 "Timestamp"', 'month-first');
    expect(['3/11/2026', '4/11/2026', '16/11/2026', '5/11/2026'].map((cell) => column.read(cell))).toEqual(['2026-03-11', '2026-04-11', '2026-11-16', '2026-11-05']);
    expect(column.warning('e.csv')).toBe(
      'e.csv: column 1 "Timestamp": the first 2 could be month- or day-first and were read month-first before later ones showed day-first: check those completion dates (completion dates only: answers are not affected)',
    );
  });

  it('leaves out cells that are no date, or contradict the order shown, with one warning', () => {
    const column = new DateColumn('2 "Completed"');
    expect(['11/16/2026', '16/11/2026', 'yesterday', '2026-11-20'].map((cell) => column.read(cell))).toEqual(['2026-11-16', undefined, undefined, '2026-11-20']);
    expect(column.warning('e.csv')).toBe('e.csv: column 2 "Completed": 2 cells are not a date (such as "16/11/2026") and were left out (completion dates only: answers are not affected)');
  });

  it('says when it had to assume month-first for lack of a tool or a telling date', () => {
    const column = new DateColumn('1 "Date"');
    expect(column.read('3/11/2026')).toBe('2026-03-11');
    expect(column.warning('e.csv')).toBe('e.csv: column 1 "Date": its dates could be month- or day-first and were read month-first (completion dates only: answers are not affected)');
  });
});
