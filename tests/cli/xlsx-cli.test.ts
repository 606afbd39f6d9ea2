import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// tests/fixtures/xlsx/generate.mjs writes these. ms-forms.xlsx holds the 20 respondents of
// examples/team/answers as Microsoft Forms exports them (see its microsoftForms()).
const fixtures = join(repoRoot, 'tests', 'fixtures', 'xlsx');
const fixture = (name: string) => join(fixtures, name);
const answers = join(repoRoot, 'examples', 'team', 'answers');

interface TeamRun {
  code: number | null;
  stdout: string;
  stderr: string;
  out: string;
  json?: { respondents: number; sections: unknown; overall: unknown };
}

function team(inputs: string[], ...extra: string[]): TeamRun {
  const out = tempDir();
  const result = runCli(['team', ...inputs, '--json', join(out, 'team.json'), '-o', join(out, 'team.md'), ...extra]);
  const json = existsSync(join(out, 'team.json')) ? JSON.parse(readFileSync(join(out, 'team.json'), 'utf8')) : undefined;
  return { ...result, out, json };
}

describe('team on a Microsoft Forms .xlsx export', () => {
  const fromAnswers = team([answers]);
  const fromWorkbook = team([fixture('ms-forms.xlsx')]);

  it('gives the same team JSON as the same respondents written as answer files', () => {
    expect(fromAnswers.code).toBe(0);
    expect(fromWorkbook.stderr).not.toContain('✖');
    expect(fromWorkbook.code).toBe(0);
    expect(fromWorkbook.json?.respondents).toBe(20);
    // Section means, item statistics, groups, comments (one of them rich text in two runs): all equal.
    expect(fromWorkbook.json?.sections).toEqual(fromAnswers.json?.sections);
    expect(fromWorkbook.json).toEqual(fromAnswers.json);
  });

  it('reads its sibling mapping file and says what it read', () => {
    expect(fromWorkbook.stderr).toContain('ms-forms.xlsx: Microsoft Forms export, 20 responses, 38 of 38 questions matched, 2 columns ignored');
  });

  it('picks up .xlsx files in a folder, with their mapping beside them skipped as an input', () => {
    const dir = tempDir();
    copyFileSync(fixture('ms-forms.xlsx'), join(dir, 'Culture survey.XLSX'));
    copyFileSync(fixture('ms-forms.map.yaml'), join(dir, 'Culture survey.map.yaml'));
    const result = team([dir]);
    expect(result.code).toBe(0);
    expect(result.json).toEqual(fromWorkbook.json);
  });

  it('reads a workbook together with answer files: all 40 respondents in one report', () => {
    const both = team([fixture('ms-forms.xlsx'), answers]);
    expect(both.code).toBe(0);
    expect(both.json?.respondents).toBe(40);
    // Twice the same 20 respondents: the mean is theirs, each band count doubles.
    const overall = (run: TeamRun) => run.json?.overall as { n: number; mean: number; bands: { count: number }[] };
    expect(overall(both).n).toBe(40);
    expect(overall(both).mean).toBeCloseTo(overall(fromAnswers).mean, 10);
    expect(overall(both).bands.map((band) => band.count)).toEqual(overall(fromAnswers).bands.map((band) => 2 * band.count));
  });

  it('reads the sheet --sheet names, and refuses an unknown one listing the sheets, writing nothing', () => {
    expect(team([fixture('ms-forms.xlsx')], '--sheet', 'form1').json).toEqual(fromWorkbook.json);
    const unknown = team([fixture('ms-forms.xlsx')], '--sheet', 'Responses');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe(`${fixture('ms-forms.xlsx')}: has no sheet "Responses"; its sheets: "Form1", "Notes"`);
    expect(readdirSync(unknown.out)).toEqual([]);
  });

  it('calls --sheet with a CSV input a usage mistake', () => {
    const result = team([join(repoRoot, 'examples', 'team', 'form-export.csv')], '--sheet', 'Form1');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--sheet chooses a sheet of an \.xlsx workbook, and .*form-export\.csv is not one; leave --sheet out for CSV/);
    expect(readdirSync(result.out)).toEqual([]);
  });
});

describe('import of an .xlsx export', () => {
  it('writes one answer file per row, dates from date cells, several choices from A;B;', () => {
    const out = tempDir();
    const result = runCli(['import', fixture('ms-forms.xlsx'), '-o', out]);
    expect(result.stderr).not.toContain('✖');
    expect(result.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(20);
    // ID 3 is the third answer file by name (front-line-01.yaml), completed 2026-11-17: its date
    // cell holds 09:05:12 that day, read as 2026-11-17T09:05:12, of which an answer file keeps the day.
    const third = readFileSync(join(out, '3.yaml'), 'utf8');
    expect(third).toContain('completed: 2026-11-17\n');
    expect(third).toContain('name: Cara Lindqvist');
    expect(third).toContain('Imported from ms-forms.xlsx, line 4');
    expect(third).toMatch(/ways-we-ask-customers:\n\s+- /);
  });

  it('refuses --sheet on a CSV and an unknown sheet, writing nothing', () => {
    const out = tempDir();
    const csv = runCli(['import', join(repoRoot, 'examples', 'team', 'form-export.csv'), '--sheet', 'Form1', '-o', out]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--sheet chooses a sheet of an .xlsx workbook');
    const unknown = runCli(['import', fixture('ms-forms.xlsx'), '--sheet', 'Nope', '-o', out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no sheet "Nope"; its sheets: "Form1", "Notes"');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('files that are not a readable .xlsx: one clear line, exit 2, nothing written', () => {
  const cases: [string, string][] = [
    ['old.xls', 'is an old binary Excel workbook (.xls), which is not read; save it from the spreadsheet program as .xlsx or "CSV UTF-8"'],
    ['encrypted.xlsx', 'is a password-protected workbook; remove the password (File > Info > Protect Workbook in Excel) and save it from the spreadsheet program as .xlsx or "CSV UTF-8"'],
    ['sheet.ods', 'is an OpenDocument spreadsheet (.ods); save it from the spreadsheet program as .xlsx or "CSV UTF-8"'],
    ['workbook.csv', 'is an Excel workbook, not CSV; name it .xlsx'],
    ['corrupt.xlsx', "is not a complete zip file (its directory at the end is missing; was the download cut short?)"],
    ['bomb.xlsx', 'unpacks xl/worksheets/sheet1.xml to more than 512 MB, the limit for one part of a workbook (a zip bomb, or far more than a form export); split the export'],
    ['wide.xlsx', 'row 1: has a cell in column ALM, past the limit of 1000 columns; is it a form export?'],
  ];

  it.each(cases)('team refuses %s', (name, message) => {
    const result = team([fixture(name)], '-q', 'service-culture');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`${fixture(name)}: ${message}`);
    expect(readdirSync(result.out)).toEqual([]);
  });

  it('import refuses them too', () => {
    const out = tempDir();
    for (const [name, message] of cases) {
      const result = runCli(['import', fixture(name), '-q', 'service-culture', '-o', out]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toContain(message);
    }
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the help', () => {
  it.each(['team', 'import'])('of %s names .xlsx and --sheet with an example', (command) => {
    const help = runCli([command, '--help']).stdout;
    expect(help).toContain('.xlsx');
    expect(help).toMatch(/--sheet <name>/);
    expect(help).toMatch(/\$ culture-audit \w+ .*\.xlsx.* --sheet \w+/);
  });
});

describe('tests/fixtures/xlsx', () => {
  it('are what the generator writes', () => {
    const dir = tempDir();
    const generated = spawnSync(process.execPath, [join(fixtures, 'generate.mjs'), dir], { encoding: 'utf8' });
    expect(generated.stderr).toBe('');
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).equals(readFileSync(join(fixtures, name))), name).toBe(true);
    expect(readdirSync(dir).length).toBe(11);
  });
});
