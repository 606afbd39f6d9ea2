import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const sample = join(repoRoot, 'examples/team/form-export.csv');
const sampleMap = join(repoRoot, 'examples/team/form-export.map.yaml');

/** Three questions of the sample export, headed as a Google Forms "multiple choice grid" heads its rows. */
const GRID_ROWS: Record<string, string> = {
  'leaders-model-service': 'The owner and managers serve customers themselves to the standard they expect from everyone else.',
  'staff-know-customer-satisfaction-comes-first': 'Staff here know that, within safety and the law, looking after the customer comes before routine tasks.',
  'management-meetings-discuss-customers': 'Management meetings discuss customer outcomes (complaints, repeat custom, feedback), not just revenue and costs.',
};
const gridIds = Object.keys(GRID_ROWS);

/**
 * A folder with the sample export as grid.csv, three headers as `Leadership [Row]`, and its mapping
 * file beside it. `reworded`: the rows' text edited in the form, so that they match no question.
 */
function gridExport(reworded = true): string {
  const dir = tempDir();
  const [header = '', ...rows] = readFileSync(sample, 'utf8').split('\n');
  const gridHeader = Object.values(GRID_ROWS).reduce((line, text) => line.replace(text, `Leadership [${reworded ? text.replace(/\.$/, ' (rate it)') : text}]`), header);
  expect(gridHeader).not.toBe(header);
  writeFileSync(join(dir, 'grid.csv'), [gridHeader, ...rows].join('\n'));
  copyFileSync(sampleMap, join(dir, 'grid.map.yaml'));
  return dir;
}

describe('a Google Forms grid (`Title [Row]`)', () => {
  it('reads each row whose text is a question as that question: the same figures as the export without the grid', () => {
    const dir = gridExport(false);
    const grid = runCli(['team', 'grid.csv', '--json', '-', '-o', 'team.md'], { cwd: dir });
    const plain = runCli(['team', sample, '--map', sampleMap, '--json', '-', '-o', join(dir, 'plain.md')]);
    expect([grid.code, plain.code]).toEqual([0, 0]);
    const sections = (stdout: string) => (JSON.parse(stdout) as { sections: { id: string; mean: number }[] }).sections.map(({ id, mean }) => [id, mean]);
    expect(sections(grid.stdout)).toEqual(sections(plain.stdout));
    expect(grid.stderr.split('\n')[0]).toBe('grid.csv: Google Forms export, 6 responses, 38 of 38 questions matched, 1 column ignored');
  });
});

describe('a form export with no column for scored questions', () => {
  it('is refused by team and import with one message naming the ids, the unmatched columns and the next step; nothing is written', () => {
    const dir = gridExport();
    for (const args of [
      ['team', 'grid.csv', '-o', 'out/team.md', '--json', 'out/team.json'],
      ['import', 'grid.csv', '-o', 'out'],
    ]) {
      const result = runCli(args, { cwd: dir });
      expect(result.code).toBe(2);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^grid\.csv:1:1: 3 scored questions have no column: leaders-model-service \("The owner and managers serve customers t…"\), /);
      for (const id of gridIds) expect(lines[0]).toContain(id);
      expect(lines[0]).toContain('unmatched columns: "Leadership [The owner an…yone else (rate it)]"');
      expect(lines[0]).toContain('name a column for each in a mapping file (`culture-audit map grid.csv -q service-culture` writes a starter; see README, Form exports)');
      expect(result.stdout).toBe('');
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });

  it('is read with --allow-missing naming them, and the report and the JSON say which questions were not asked', () => {
    const dir = gridExport();
    const result = runCli(['team', 'grid.csv', '-o', 'team.md', '--json', 'team.json', '--allow-missing', gridIds.join(',')], { cwd: dir });
    expect(result.code).toBe(0);
    const [warning, summary] = result.stderr.trimEnd().split('\n');
    expect(warning).toMatch(/^warning: grid\.csv: ignored 3 columns matching no question or attribute: "Leadership \[The owner/);
    expect(summary).toBe(`grid.csv: Google Forms export, 6 responses, 35 of 38 questions matched, 4 columns ignored; not asked: ${gridIds.join(', ')} (--allow-missing)`);
    expect(readFileSync(join(dir, 'team.md'), 'utf8')).toContain(
      '- **Not asked:** `leaders-model-service`, `staff-know-customer-satisfaction-comes-first`, `management-meetings-discuss-customers`: the form export had no column for them (--allow-missing), so they count as unanswered',
    );
    expect(JSON.parse(readFileSync(join(dir, 'team.json'), 'utf8')).notAsked).toEqual(gridIds);
    // The JSON still reads back where team JSON is read.
    expect(runCli(['compare', 'team.json', 'team.json'], { cwd: dir }).code).toBe(0);
    expect(runCli(['import', 'grid.csv', '-o', 'answers', '--allow-missing', 'all'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'answers'))).toHaveLength(6);
  });

  it('is refused when a multi-select is spread over one column per option (LimeSurvey: `Question [Option]`, cells Yes or empty)', () => {
    const dir = gridExport();
    const [header = [], ...rows] = parse(readFileSync(sample, 'utf8'), { bom: true }) as string[][];
    const at = header.findIndex((text) => text.startsWith('In the last 12 months'));
    const options = ['Short survey after a purchase or visit', 'Collecting what front-line staff hear'];
    const spread = (cells: string[], optionCells: (cell: string) => string[]) => [...cells.slice(0, at), ...optionCells(cells[at] ?? ''), ...cells.slice(at + 1)];
    const lines = [
      spread(header, (text) => options.map((option) => `${text} [${option}]`)),
      ...rows.map((cells) => spread(cells, (cell) => options.map((option) => (cell.includes(option) ? 'Yes' : '')))),
    ];
    writeFileSync(join(dir, 'lime.csv'), lines.map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n'));
    copyFileSync(sampleMap, join(dir, 'lime.map.yaml'));
    const result = runCli(['import', 'lime.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    // Two of the question's seven options have a column: the ticks of the other five would be missing.
    expect(result.stderr).toMatch(/^lime\.csv:1:1: 1 scored question has missing columns: ways-we-ask-customers \(no column for options "Asking regular customers directl…", .*"None of these"\); no column was left unmatched; /);
    expect(existsSync(join(dir, 'answers'))).toBe(false);
  });

  it('refuses an id in --allow-missing that is no question, with the likely one', () => {
    const dir = gridExport();
    for (const command of ['team', 'import']) {
      const result = runCli([command, 'grid.csv', '--allow-missing', 'leaders-model-service,staff-know-customer-satisfaction-comes-frist'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'culture-audit: --allow-missing: "staff-know-customer-satisfaction-comes-frist" is not a question of "service-culture" (did you mean "staff-know-customer-satisfaction-comes-first"?)\n',
      );
    }
  });
});

describe('every export read', () => {
  it('gets one summary line on stderr, and stdout keeps only the report', () => {
    const result = runCli(['team', sample, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe(`${sample}: Google Forms export, 6 responses, 38 of 38 questions matched, 1 column ignored`);
    expect(result.stdout).toMatch(/^# Service culture self-audit: team report\n/);
  });

  it('folds a column whose every value fits no answer into one problem', () => {
    const dir = tempDir();
    const rows = Array.from({ length: 12 }, (_, i) => `r${i},${i + 1}`);
    writeFileSync(join(dir, 'shifted.csv'), `id,leaders-model-service\n${rows.join('\n')}\n`);
    const result = runCli(['team', 'shifted.csv', '-q', 'service-culture', '--allow-missing', 'all', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(2);
    const problems = result.stderr.split('\n').filter((line) => line.includes('column 2'));
    expect(problems).toEqual([
      'shifted.csv:7:2 column 2 "leaders-model-service": 7 rows, lines 7 to 13: must be a scale position 1..5 or one of: Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree (got "6", "7", "8", and 4 more); a column coded another way needs recodes in a mapping file (`culture-audit map shifted.csv -q <questionnaire>` writes a starter), or a new export with answer labels',
    ]);
  });
});
