import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// The same 15 respondents to five-ways version 1 (tests/fixtures/tool-exports/answers, r15 unfinished after two
// sections) exported as each survey tool writes them (FORMATS.md says how and from which sources;
// generate.mjs writes them). Every export must give `team` the numbers the answer files give.

const fixture = join(repoRoot, 'tests/fixtures/tool-exports');
// The exports test the readers, not the content: they stay answers to five-ways version 1, frozen here.
const fiveWaysV1 = join(fixture, 'five-ways-v1.yaml');


const EXPORTS = [
  'google-forms.csv', 'google-forms-grid.csv', 'google-sheets.csv', 'microsoft-forms.xlsx', 'microsoft-forms.csv',
  'surveymonkey.csv', 'surveymonkey.xlsx', 'qualtrics.csv', 'qualtrics-numeric.csv', 'limesurvey-full.csv',
  'limesurvey-codes.csv', 'typeform.csv', 'tally.csv', 'surveyjs.json',
];

/** The parts of a zip by name, each checked against its CRC-32 (entries as generate.mjs writes them: deflated, no extras). */
function unzip(bytes: Buffer): Record<string, string> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const [method, crc, packed, size, nameLength, offset] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20), bytes.readUInt32LE(at + 24), bytes.readUInt16LE(at + 28), bytes.readUInt32LE(at + 42)];
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const data = method === 8 ? inflateRawSync(bytes.subarray(start, start + packed)) : bytes.subarray(start, start + packed);
    expect(data.length, name).toBe(size);
    expect(crc32(data) >>> 0, name).toBe(crc);
    parts[name] = data.toString('utf8');
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

type Stats = { n: number; mean: number | null };
type TeamJson = { respondents: number; overall: Stats; sections: (Stats & { id: string })[] };

function team(input: string): TeamJson {
  const out = tempDir();
  const result = runCli(['team', input, '-q', fiveWaysV1, '--json', join(out, 'team.json'), '-o', join(out, 'team.md'), '--force']);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(join(out, 'team.json'), 'utf8')) as TeamJson;
}

describe('survey-tool exports of the same 15 respondents (built CLI)', () => {
  let fromAnswers: TeamJson;
  beforeAll(() => {
    fromAnswers = team(join(fixture, 'answers'));
  });

  it('reads the answer files with the Reliable mean worked out by hand', () => {
    // Reliable: promises-kept-on-time (likert, weight 1.5), same-quality-whoever-serves (likert), jobs-right-first-time
    // (rating 0–10), deadlines-missed-without-warning (likert, reverse), call-backs-happen (likert); all five answered by
    // all 15, so the denominator is 1.5 + 1 + 1 + 1 + 1 = 5.5. With positions p1, p2, p4, p5 (1..5) and rating v:
    //   40 × weighted sum = 15(p1 − 1) + 10(p2 − 1) + 4v + 10(5 − p4) + 10(p5 − 1); score = 100 × sum / 5.5 = 40·sum × 5/11.
    //   r01 5,4,9,2,4 → 60+30+36+30+30 = 186   r02 4,4,8,2,4 → 167   r03 3,3,6,3,3 → 114   r04 4,3,7,3,2 → 123
    //   r05 4,5,8,1,5 → 197   r06 2,2,4,4,2 → 61   r07 3,4,7,2,3 → 138   r08 5,5,9,1,5 → 216   r09 → 167
    //   r10 2,3,5,4,2 → 75   r11 4,4,7,2,4 → 163   r12 5,4,8,2,4 → 182   r13 → 114   r14 4,3,7,2,3 → 143
    //   r15 3,4,6,3,3 → 124 (the unfinished respondent answered this section).
    //   Σ = 2170; mean = (2170 / 15) × 5/11 = 2170/33 = 65.7575…
    const reliable = fromAnswers.sections.find((section) => section.id === 'reliable');
    expect(fromAnswers.respondents).toBe(15);
    expect(reliable?.n).toBe(15);
    expect(reliable?.mean).toBeCloseTo(2170 / 33, 9);
    // r15 stopped after Credible, so the later sections have 14.
    expect(fromAnswers.sections.find((section) => section.id === 'attractive')?.n).toBe(14);
  });

  // Whatever the presets can do yet: an export is refused (exit 2, nothing written) or read right, never
  // read wrong with exit 0, which is how a consultant ends up handing a client a report with wrong numbers.
  it.each(EXPORTS)('%s is refused or read right, never read wrong', (name) => {
    const out = tempDir();
    const json = join(out, 'team.json');
    const result = runCli(['team', join(fixture, name), '-q', fiveWaysV1, '--json', json, '-o', join(out, 'team.md')]);
    if (result.code !== 0) {
      expect(result.code, result.stderr).toBe(2);
      expect(existsSync(json)).toBe(false);
      return;
    }
    const fromExport = JSON.parse(readFileSync(json, 'utf8')) as TeamJson;
    expect(fromExport.respondents).toBe(fromAnswers.respondents);
    expect(fromExport.sections.map((s) => [s.id, s.n, s.mean === null ? null : Math.round(s.mean * 1e6)])).toEqual(
      fromAnswers.sections.map((s) => [s.id, s.n, s.mean === null ? null : Math.round(s.mean * 1e6)]),
    );
  });

  for (const name of EXPORTS) {
    it(`${name} gives the answer files' respondents, section means and overall mean`, () => {
      const fromExport = team(join(fixture, name));
      expect(fromExport.respondents).toBe(15);
      expect(fromExport.sections.map((s) => s.id)).toEqual(fromAnswers.sections.map((s) => s.id));
      fromExport.sections.forEach((section, i) => {
        const expected = fromAnswers.sections[i]!;
        expect(section.n, section.id).toBe(expected.n);
        if (expected.mean === null) expect(section.mean, section.id).toBeNull();
        else expect(Math.abs(section.mean! - expected.mean), section.id).toBeLessThan(1e-9);
      });
      expect(fromExport.overall.n).toBe(fromAnswers.overall.n);
      expect(Math.abs(fromExport.overall.mean! - fromAnswers.overall.mean!)).toBeLessThan(1e-9);
    });
  }
});

describe('the tool-export fixtures', () => {
  it('are exactly what generate.mjs writes from the answer files', () => {
    const out = tempDir();
    const result = spawnSync(process.execPath, [join(fixture, 'generate.mjs'), out], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toEqual([...EXPORTS, 'limesurvey-codes.map.yaml', 'qualtrics-numeric.map.yaml'].sort());
    for (const name of written) expect(readFileSync(join(out, name)).equals(readFileSync(join(fixture, name))), name).toBe(true);
  });

  const rows = (name: string, headerRows = 1): Record<string, string>[] => {
    const [header, ...rest] = parse(readFileSync(join(fixture, name)), { bom: true, relax_column_count: true }) as string[][];
    return rest.slice(headerRows - 1).map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i] ?? ''])));
  };

  it('.xlsx files are sound zips of a workbook whose dates are date cells', () => {
    for (const [name, sheet, firstDate] of [['microsoft-forms.xlsx', 'Form1', 'B2'], ['surveymonkey.xlsx', 'Sheet1', 'C3']] as const) {
      const parts = unzip(readFileSync(join(fixture, name)));
      expect(Object.keys(parts), name).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
      expect(parts['xl/workbook.xml']).toContain(`<sheet name="${sheet}" sheetId="1" r:id="rId1"/>`);
      // The first start time: 2026-11-03 09:01:12 is Excel day 46329 plus 9:01:12 of 24 hours.
      expect(parts['xl/worksheets/sheet1.xml']).toContain(`<c r="${firstDate}" s="1"><v>${46329 + (9 * 3600 + 60 + 12) / 86400}</v></c>`);
      expect(parts['xl/styles.xml']).toMatch(/<numFmt numFmtId="164" formatCode="[^"]*h:mm:ss[^"]*"\/>/);
    }
  });

  it('mark the unfinished respondent as each tool does', () => {
    // r15 answered Reliable and Credible only (LimeSurvey: page 3 of 7, after "About you" and those two).
    const qualtrics = rows('qualtrics.csv', 3).filter((row) => row.Finished === 'False');
    expect(qualtrics.map((row) => row.Progress)).toEqual(['45']);
    expect(rows('qualtrics-numeric.csv', 3).filter((row) => row.Finished === '0')).toHaveLength(1);
    expect(rows('limesurvey-codes.csv').filter((row) => row.submitdate === '').map((row) => row.lastpage)).toEqual(['3']);
    expect(rows('limesurvey-full.csv').filter((row) => row['Date submitted'] === '')).toHaveLength(1);
    const typeform = rows('typeform.csv').filter((row) => row['Response Type'] === 'partial');
    expect(typeform.map((row) => row['Submit Date (UTC)'])).toEqual(['']);
  });

  it('write several choices in each tool\'s way, with the apostrophe label intact', () => {
    // r06 ticked Friendly and helpful staff, Lowest price and I don't know why they choose us.
    const label = "I don't know why they choose us";
    const question = 'Why do customers choose us over the alternatives? (select all that apply)';
    expect(rows('google-forms.csv').some((row) => row[question] === `Friendly and helpful staff, Lowest price, ${label}`)).toBe(true);
    expect(rows('microsoft-forms.csv').some((row) => row[question] === `Friendly and helpful staff;Lowest price;${label};`)).toBe(true);
    expect(rows('typeform.csv').filter((row) => row[label] === label)).toHaveLength(1);
    expect(rows('limesurvey-full.csv').filter((row) => row[`${question} [${label}]`] === 'Yes')).toHaveLength(1);
  });
});
