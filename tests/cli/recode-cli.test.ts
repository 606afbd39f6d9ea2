import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// A Qualtrics-style "numeric values" export of the nps fixture's ten respondents (tests/fixtures/nps/answers):
// the 0–10 question numbered 1–11 in order (Q1) and yes = 1, no = 2 (Q2), read through the mapping
// file beside it (`offset: -1`, `values`). Hand-check: enps answered by 9 (10, 10, 9, 9, 8, 7, 7, 6, 2),
// promoters 4, detractors 2: NPS = 100 × (4 − 2) / 9 = +22.2.

const fixture = join(repoRoot, 'tests/fixtures/nps');
const exportFile = 'exports/qualtrics-numeric.csv';

type TeamJson = { overall: unknown; sections: unknown[]; items: { id: string; n: number; mean: number; nps?: { n: number; score: number } }[] };

function team(args: string[]): TeamJson {
  const out = tempDir();
  const result = runCli(['team', ...args, '--json', join(out, 'team.json'), '-o', join(out, 'team.md')], { cwd: fixture });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(join(out, 'team.json'), 'utf8')) as TeamJson;
}

describe('a numeric-code export read with recodes from its mapping file (built CLI)', () => {
  it('gives team the same NPS, item means and sections as the same respondents’ answer files', () => {
    const fromExport = team([exportFile]);
    const fromAnswers = team(['answers']);
    const enps = fromExport.items.find((item) => item.id === 'enps');
    expect(enps?.nps?.n).toBe(9);
    expect(enps?.nps?.score).toBeCloseTo(200 / 9, 12);
    expect(fromExport.items).toEqual(fromAnswers.items);
    expect(fromExport.sections).toEqual(fromAnswers.sections);
    expect(fromExport.overall).toEqual(fromAnswers.overall);
  });

  it('gives import the same answers as team reads: the imported files report alike', () => {
    const out = tempDir();
    const imported = runCli(['import', exportFile, '-o', out], { cwd: fixture });
    expect(imported.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(10);
    const first = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8')).find((text) => text.includes('R_r01'));
    expect(first).toMatch(/enps: 10\n/);
    expect(first).toMatch(/treated-well: no\n/);
    expect(team([out]).items).toEqual(team([exportFile]).items);
  });

  it('refuses a recode to no valid answer, and an offset on a yes/no question, at their place in the mapping file', () => {
    const dir = tempDir();
    cpSync(join(fixture, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
    cpSync(join(fixture, exportFile), join(dir, 'export.csv'));
    writeFileSync(join(dir, 'export.map.yaml'), ['questionnaire: referral-check', 'columns:', '  ResponseId: { attribute: id }', '  Q1: { question: enps, values: { "11": 11 } }', '  Q2: { question: treated-well, offset: -1 }', ''].join('\n'));
    for (const command of ['team', 'import']) {
      const result = runCli([command, 'export.csv', '-o', join(dir, 'out')], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('export.map.yaml:4:41: column "Q1" recodes "11" to an answer question "enps" cannot take: must be a whole number from 0 to 10 (got "11")');
      expect(result.stderr).toContain('export.map.yaml:5:41: column "Q2" has an offset, but question "treated-well" is yesno, not a number (rating, likert position or nps)');
    }
  });
});
