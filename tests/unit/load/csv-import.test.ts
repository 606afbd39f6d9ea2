import { isUtf8 } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvEvent, CsvRowEvent } from '../../../src/answers/csv-import.js';
import { readCsvBatches, readCsvResponses, readCsvStream } from '../../../src/load/form-export.js';
import { responseCells, type ResponseCells } from '../../../src/answers/csv-row.js';
import { loadCsvMapping } from '../../../src/load/csv-mapping.js';
import { formatProblem } from '../../../src/util/errors.js';
import { CrlfToLf } from '../../../src/load/line-ends.js';
import { completeLength, Utf8Watch } from '../../../src/load/utf8-watch.js';
import { staged } from '../../helpers/byte-stages.js';
import { tempDir } from '../../helpers/cli.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

const dir = tempDir();

async function read(name: string, text: string, mappingYaml?: string): Promise<CsvEvent[]> {
  const file = join(dir, name);
  writeFileSync(file, text);
  let mapping;
  if (mappingYaml !== undefined) {
    writeFileSync(`${file}.map.yaml`, mappingYaml);
    mapping = loadCsvMapping(`${file}.map.yaml`);
  }
  const events: CsvEvent[] = [];
  for await (const event of readCsvResponses(file, tinyQuestionnaire, { mapping })) events.push(event);
  return events;
}

const problems = (events: CsvEvent[]) => events.flatMap((e) => (e.kind === 'problems' ? e.problems.map(formatProblem) : []));
const responses = (events: CsvEvent[]) => events.flatMap((e) => (e.kind === 'response' ? [e.response] : []));

describe('readCsvResponses', () => {
  it('reads a real-looking form export: BOM, CRLF, quoted newline, timestamp, texts as headers', async () => {
    const csv =
      '\uFEFFTimestamp,Role,Email Address,LEADERS SET THE EXAMPLE.,We cite policy to say no.,Can staff refund?,How easy are we? (0-10),What gets in the way?\r\n' +
      '2026/11/20 10:15:32,manager,a@example.com,Agree,2,yes,8,"Saturdays.\r\nAnd the till."\r\n' +
      '\r\n' +
      '2026-11-21,front-line,b@example.com,strongly disagree,,No,,\r\n';
    const events = await read('export.csv', csv);
    expect(problems(events)).toEqual([]);
    // Timestamp first: a Google Forms export, whose "Email Address" is its own column, left out without a word.
    expect(events.flatMap((e) => (e.kind === 'header' ? [e.tool, ...e.warnings] : []))).toEqual(['Google Forms']);
    const [first, second] = responses(events);
    expect(first).toMatchObject({
      respondent: { role: 'manager' },
      completed: '2026-11-20',
      source: `${join(dir, 'export.csv')}:2`,
      answers: { q1: { kind: 'likert', position: 4 }, q2: { kind: 'likert', position: 2 }, q3: { kind: 'yesno', yes: true }, q4: { kind: 'rating', value: 8 } },
    });
    expect(first?.answers.q5).toEqual({ kind: 'text', text: 'Saturdays.\nAnd the till.' });
    // Line 2 holds two physical lines, line 4 is blank: the next record starts on line 5.
    expect(second?.source).toBe(`${join(dir, 'export.csv')}:5`);
    expect(second?.answers).toEqual({ q1: { kind: 'likert', position: 1 }, q3: { kind: 'yesno', yes: false } });
  });

  it('names the line and column of every bad cell, and goes on to the next rows', async () => {
    const csv = 'id,q1,q4,q5\r\nr1,Agree,7,"two\r\nlines"\r\nr2,Mostly,11,\r\nr3,5,eleven,\r\n';
    const file = join(dir, 'bad.csv');
    expect(problems(await read('bad.csv', csv))).toEqual([
      `${file}:4:2 column 2 "q1": must be a scale position 1..5 or one of: Strongly disagree, Disagree, Neither, Agree, Strongly agree (got "Mostly")`,
      `${file}:4:3 column 3 "q4": must be a number from 0 to 10 (got "11")`,
      `${file}:5:3 column 3 "q4": must be a number from 0 to 10 (got "eleven")`,
    ]);
  });

  it('follows a mapping: attributes, ignored columns, and question ids by header', async () => {
    const csv = 'When,Your job,Q-A,Q-B,Notes\n2026-11-20,owner,5,1,private\n';
    const events = await read('mapped.csv', csv, 'columns:\n  When: completed\n  Your job: { attribute: role }\n  Q-A: q1\n  Q-B: { question: q2 }\n  Notes: ignore\n');
    expect(events.filter((e) => e.kind !== 'response' && e.kind !== 'header')).toEqual([]);
    expect(events.flatMap((e) => (e.kind === 'header' ? e.warnings : []))).toEqual([]);
    expect(responses(events)[0]).toMatchObject({ respondent: { role: 'owner' }, completed: '2026-11-20', answers: { q1: { position: 5 }, q2: { position: 1 } } });
  });

  it('reads completion dates year-first, day-first with dots, month-first with slashes; leaves out the rest with one warning, never a problem', async () => {
    const csv = 'Timestamp,q1\n2026/11/20 10:15:32,4\n16.11.2026 08:59,4\n1.2.2026,4\n11/16/2026 9:05,4\n31.13.2026,4\n2026-02-30,4\n';
    const events = await read('dates.csv', csv);
    expect(responses(events).map((r) => r.completed)).toEqual(['2026-11-20', '2026-11-16', '2026-02-01', '2026-11-16', undefined, undefined]);
    expect(problems(events)).toEqual([]);
    expect(events.flatMap((e) => (e.kind === 'warning' ? [e.message.replace(/^.*dates\.csv: /, '')] : []))).toEqual([
      'column 1 "Timestamp": 2 cells are not a date (such as "31.13.2026") and were left out (completion dates only: answers are not affected)',
    ]);
  });

  it('points at the mapping file line for a mapped question id that does not exist', async () => {
    const events = await read('typo.csv', 'A\n1\n', 'columns:\n  A: q11\n');
    expect(problems(events)).toEqual([`${join(dir, 'typo.csv.map.yaml')}:2:3: column "A" maps to unknown question id "q11" (did you mean "q1"?)`]);
  });

  it('reports broken CSV and headers that match nothing', async () => {
    expect(problems(await read('quote.csv', 'q1,q4\n4,"7\n'))).toEqual([`${join(dir, 'quote.csv')}:2:1: not valid CSV: a quote is opened and never closed`]);
    expect(problems(await read('semi.csv', '"q1;q4"\n4;7\n'))).toEqual([
      `${join(dir, 'semi.csv')}:1:1: no column matches a question of "tiny" (the header is one column with ";" in it: save the export comma-separated); headers must be question ids or question texts, or be named in a mapping file (--map; \`culture-audit map ${join(dir, 'semi.csv')} -q tiny\` writes a starter)`,
    ]);
    expect(problems(await read('missing.csv', '')).join()).toMatch(/no header row/);
  });
});

describe('readCsvBatches', () => {
  it('hands over many rows at a time, every event in file order', async () => {
    // 2,000 rows of which every 500th is invalid; the parser reads the file in 64 KiB chunks.
    const rows = Array.from({ length: 2000 }, (_, i) => `r${i},${i % 500 === 499 ? 'Mostly' : 'Agree'},${i % 11}`);
    const file = join(dir, 'batches.csv');
    writeFileSync(file, `id,q1,q4\n${rows.join('\n')}\n`);
    const batches: CsvRowEvent<ResponseCells>[][] = [];
    for await (const batch of readCsvBatches(file, tinyQuestionnaire, responseCells(tinyQuestionnaire))) batches.push(batch);
    const events = batches.flat();
    expect(events.map((e) => e.kind === 'row' ? e.row.source.split(':').pop() : e.kind === 'problems' ? `!${e.problems[0]?.line}` : e.kind)).toEqual([
      'header',
      ...rows.map((_, i) => (i % 500 === 499 ? `!${i + 2}` : String(i + 2))),
    ]
    );
    // Fewer asynchronous steps than rows: this is what the batches are for.
    expect(batches.length).toBeLessThan(rows.length / 10);
  });
});

describe('CrlfToLf', () => {
  it('joins a CRLF split across chunks and keeps a lone CR', () => {
    expect(staged([new CrlfToLf()], [Buffer.from('a\r'), Buffer.from('\nb\rc\r\n'), Buffer.from('d\r')]).toString()).toBe('a\nb\rc\nd\r');
  });

  it('passes a CR it held at the end through the stages after it', () => {
    const watch = new Utf8Watch();
    expect(staged([new CrlfToLf(), watch], [Buffer.from('a\r')]).toString()).toBe('a\r');
    expect(watch.invalid).toBe(false);
  });

  it('gives the text with every CRLF made LF, however the bytes are split into chunks', async () => {
    const text = fc.string({ unit: fc.constantFrom('\r', '\n', 'a', 'é') });
    await fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (input, cuts) => {
        const bytes = Buffer.from(input);
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((from, i) => bytes.subarray(from, [...points, bytes.length][i]));
        expect(staged([new CrlfToLf()], pieces.filter((piece) => piece.length > 0)).toString()).toBe(input.replaceAll('\r\n', '\n'));
      }),
    );
  });
});

describe('Utf8Watch', () => {
  /** The watch's verdict on bytes cut into chunks at the given points. */
  function watched(bytes: Buffer, cuts: number[]): boolean {
    const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
    const pieces = [0, ...points].map((from, i) => bytes.subarray(from, [...points, bytes.length][i])).filter((piece) => piece.length > 0);
    const watch = new Utf8Watch();
    expect(staged([watch], pieces)).toEqual(bytes);
    return watch.invalid;
  }

  it('agrees with a whole-buffer check however the bytes are split, characters cut in two included', async () => {
    const unit = fc.constantFrom(...['a', 'é', '€', '😀', '\uFFFD'].map((c) => Buffer.from(c)), Buffer.from([0xff]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80]));
    await fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), (units, cuts) => {
        const bytes = Buffer.concat(units);
        expect(watched(bytes, cuts)).toBe(!isUtf8(bytes));
      }),
    );
  });

  it('keeps a cut character at the end apart: "é" is C3 A9, "😀" F0 9F 98 80', () => {
    expect(completeLength(Buffer.from([0x61, 0xc3]))).toBe(1);
    expect(completeLength(Buffer.from([0x61, 0xc3, 0xa9]))).toBe(3);
    expect(completeLength(Buffer.from([0xf0, 0x9f, 0x98]))).toBe(0);
    expect(completeLength(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(4);
  });
});

describe('readCsvStream and bytes that are not UTF-8', () => {
  async function eventsOf(chunks: Buffer[]): Promise<CsvEvent[]> {
    const events: CsvEvent[] = [];
    for await (const event of readCsvStream('export.csv', Readable.from(chunks), tinyQuestionnaire)) events.push(event);
    return events;
  }
  const problemsOf = async (chunks: Buffer[]) => problems(await eventsOf(chunks));
  const warningsOf = (events: CsvEvent[]) => events.flatMap((e) => (e.kind === 'warning' ? [e.message] : []));

  it('reads a file that is not UTF-8 from its start as Windows-1252, with one warning', async () => {
    const events = await eventsOf([Buffer.from('id,q1,q5\nr1,Agree,fine\nr2,Agree,caf\xe9 \x80\x93\nr3,Agree,fine\n', 'latin1')]);
    expect(problems(events)).toEqual([]);
    expect(responses(events).map((r) => r.answers.q5)).toEqual(['fine', 'caf\u00e9 \u20ac\u201c', 'fine'].map((text) => ({ kind: 'text', text })));
    expect(warningsOf(events)).toEqual(['export.csv: not UTF-8; read as Windows-1252 (Excel\'s "CSV" on Windows). Save as "CSV UTF-8" to be sure of accents']);
  });

  it('names the row holding a Latin-1 byte past the first 64 KB, and only that row', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `r${i},Agree,fine\n`).join('');
    const start = Buffer.from(`id,q1,q5\n${rows}`);
    const late = Buffer.from('r5000,Agree,caf\xe9\nr5001,Agree,fine\n', 'latin1');
    expect(start.length).toBeGreaterThan(64 * 1024);
    const events = await eventsOf([start, late]);
    expect(problems(events)).toEqual(['export.csv:5002:1: is not UTF-8 text; export or save the file as "CSV UTF-8"']);
    expect(warningsOf(events)).toEqual([]);
  });

  it('accepts a real U+FFFD and a character cut between two chunks', async () => {
    const bytes = Buffer.from('id,q1,q5\nr1,Agree,caf\u00e9 \uFFFD\n');
    const cut = bytes.indexOf(0xc3) + 1;
    expect(await problemsOf([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([]);
  });

  it('reads German Excel\'s plain "CSV": Windows-1252, ; between cells, day-first dates', async () => {
    const bytes = Buffer.from('Timestamp;q1;What gets in the way?\r\n16.11.2026 08:59;Agree;Kai M\xfcller, 3\x80\r\n', 'latin1');
    const events = await eventsOf([bytes]);
    expect(problems(events)).toEqual([]);
    expect(warningsOf(events)).toHaveLength(1);
    expect(responses(events).map((r) => [r.completed, r.answers.q5])).toEqual([['2026-11-16', { kind: 'text', text: 'Kai M\u00fcller, 3\u20ac' }]]);
  });

  it('reads UTF-16 with a BOM, either byte order, tab-separated as Excel\'s "Unicode Text"', async () => {
    const text = '\uFEFFid\tq1\tq5\r\nr1\tAgree\t"caf\u00e9, 😀\r\nline two"\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      // Cut inside a character, and inside a surrogate pair.
      const events = await eventsOf([bytes.subarray(0, 7), bytes.subarray(7, 41), bytes.subarray(41)]);
      expect(problems(events)).toEqual([]);
      expect(warningsOf(events)).toEqual([]);
      expect(responses(events).map((r) => [r.respondent.id, r.answers.q1, r.answers.q5])).toEqual([['r1', { kind: 'likert', position: 4 }, { kind: 'text', text: 'caf\u00e9, 😀\nline two' }]]);
    }
  });

  it('reads a ;-separated export, where a cell holding ; is quoted', async () => {
    const events = await eventsOf([Buffer.from('id;q1;q5\nr1;Agree;"a;b", c\n')]);
    expect(problems(events)).toEqual(['export.csv:2:1: not valid CSV: a quoted cell goes on after its closing quote; inside quotes, write a quote as ""']);
    const fine = await eventsOf([Buffer.from('id;q1;q5\nr1;Agree;"a;b, c"\n')]);
    expect(responses(fine).map((r) => r.answers.q5)).toEqual([{ kind: 'text', text: 'a;b, c' }]);
  });
});
