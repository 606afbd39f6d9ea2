import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, CsvSyntaxError } from '../../../src/load/csv-records.js';
import type { CsvDelimiter } from '../../../src/load/delimiter-sniff.js';
import { MAX_CSV_RECORD_CHARS } from '../../../src/util/limits.js';
import { csvLine } from '../../helpers/csv-text.js';

async function* chunksOf(parts: readonly string[]): AsyncGenerator<string> {
  yield* parts;
}

/** Every record with the line it starts on (as csvRowBatches works it out), or the error that ended the text. */
async function read(parts: readonly string[], delimiter: CsvDelimiter = ','): Promise<{ records: [number, string[]][]; error?: string }> {
  const records: [number, string[]][] = [];
  let previousLines = 0;
  let previousEmpty = 0;
  try {
    for await (const batch of csvRecords(chunksOf(parts), delimiter)) {
      for (const { info, record } of batch) {
        records.push([previousLines + 1 + (info.empty_lines - previousEmpty), record]);
        previousLines = info.lines;
        previousEmpty = info.empty_lines;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { records, error: `${error.code} ${error.lines}` };
  }
  return { records };
}

/** Text cut into pieces of `size` characters: a parser must carry quotes and line ends across them. */
const cut = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('csvRecords', () => {
  it('numbers records by the line they start on, past quoted line ends and blank lines, however the text is cut', async () => {
    const text = 'a,b\n"one\ntwo",x\n\n\nc,"d\n\ne"\nlast,1';
    const expected = [
      [1, ['a', 'b']],
      [2, ['one\ntwo', 'x']],
      // Lines 4 and 5 are blank.
      [6, ['c', 'd\n\ne']],
      [9, ['last', '1']],
    ];
    for (const size of [1, 2, 3, 7, text.length]) expect(await read(cut(text, size))).toEqual({ records: expected });
  });

  it('reads doubled quotes, ragged rows, `;` and tab separators, and a bare quote inside a cell as it stands', async () => {
    expect(await read(['a,b,c\n"say ""hi""",2\n1,2,3,4\n'])).toEqual({ records: [[1, ['a', 'b', 'c']], [2, ['say "hi"', '2']], [3, ['1', '2', '3', '4']]] });
    expect(await read(['a;b\n"1;5";2\n'], ';')).toEqual({ records: [[1, ['a', 'b']], [2, ['1;5', '2']]] });
    expect(await read(['a\tb\n1\t2\n'], '\t')).toEqual({ records: [[1, ['a', 'b']], [2, ['1', '2']]] });
    expect(await read(['a,b\n5" tall,x\n'])).toEqual({ records: [[1, ['a', 'b']], [2, ['5" tall', 'x']]] });
  });

  it('decides the line end on text that shows it, not on a first piece shorter than the first record', async () => {
    // The first record holds a CR in a quoted cell and is longer than a piece: the pieces before its
    // LF have a CR and no LF, which is not an old Mac file.
    const text = 'id,"note\rmore",q1\nr-1,x,Agree\n';
    for (const size of [3, 8, 12]) expect(await read(cut(text, size))).toEqual({ records: [[1, ['id', 'note\rmore', 'q1']], [2, ['r-1', 'x', 'Agree']]] });
    // An old Mac file cut small still reads as one.
    expect(await read(cut('a,b\r1,2\r', 2))).toEqual({ records: [[1, ['a', 'b']], [2, ['1', '2']]] });
  });

  it('reads a file whose lines end in CR alone (old Mac "CSV")', async () => {
    expect(await read(['a,b\r"x\ry",2\r3,4\r'])).toEqual({ records: [[1, ['a', 'b']], [2, ['x\ry', '2']], [4, ['3', '4']]] });
  });

  it('ends the text at the first CSV error, naming the line its record starts on', async () => {
    expect(await read(['q1,q4\n4,"7\n'])).toEqual({ records: [[1, ['q1', 'q4']]], error: 'CSV_QUOTE_NOT_CLOSED 2' });
    expect(await read(cut('id;q1\n"x\ny";1\nr1;"a;b", c\nr2;1\n', 3), ';')).toEqual({ records: [[1, ['id', 'q1']], [2, ['x\ny', '1']]], error: 'CSV_INVALID_CLOSING_QUOTE 4' });
  });

  it('refuses a record longer than the limit (an unclosed quote makes the rest of a file one cell) without waiting for the end', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    let served = 0;
    async function* endless(): AsyncGenerator<string> {
      yield 'a,b\n1,2\n"open';
      for (;;) {
        served++;
        yield chunk;
      }
    }
    const records: string[][] = [];
    const error = await (async () => {
      try {
        for await (const batch of csvRecords(endless(), ',')) records.push(...batch.map(({ record }) => record));
      } catch (caught) {
        return caught;
      }
    })();
    expect(records).toEqual([['a', 'b'], ['1', '2']]);
    expect(error).toMatchObject({ code: 'CSV_MAX_RECORD_SIZE', lines: 3 });
    // The open record: '"open' (5 characters) and 16 chunks of 65,536 = 1,048,581, past the limit of
    // 1,048,576 (MAX_CSV_RECORD_CHARS / 65,536 = 16) after the 16th chunk.
    expect(served).toBe(MAX_CSV_RECORD_CHARS / chunk.length);
  });

  it('gives the records of each piece of text together, and nothing for a piece that ends no record', async () => {
    const sizes: number[] = [];
    for await (const batch of csvRecords(chunksOf(['a\nb\nc\n', 'd', '\n', 'e\nf']), ',')) sizes.push(batch.length);
    // a b c; then "d" waits for its line end; d; then e, and f at the end of the text.
    expect(sizes).toEqual([3, 1, 1, 1]);
  });

  it('reads any table written as CSV back cell for cell and line for line, cut anywhere', async () => {
    // A lone CR in a cell too: a first piece that holds one and no LF is still an LF file.
    const cell = fc.oneof(fc.constantFrom('', '"', ',', '\n', '\r', ' ', 'a"b', '""'), fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'é', '😀') }));
    const row = fc.array(cell, { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 12 }), async (rows, size) => {
        const text = rows.map((cells) => `${csvLine(cells)}\n`).join('');
        let line = 1;
        const expected = rows.map((cells): [number, string[]] => {
          const start = line;
          line += 1 + cells.join('').split('\n').length - 1;
          return [start, cells];
        });
        expect(await read(cut(text, size))).toEqual({ records: expected });
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
