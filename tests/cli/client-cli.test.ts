import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { progressDir } from '../helpers/progress.js';

const owner = join(repoRoot, 'examples', 'service-culture', 'owner.yaml');
const teamAnswers = join(repoRoot, 'examples', 'team', 'answers');

/** The report's first lines after its title. */
function titleLine(cwd: string, args: string[]): string {
  const result = runCli(['report', owner, '-o', '-', ...args], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.split('\n')[2] ?? '';
}

describe('report and team for a client', () => {
  it('puts --client and --prepared-by in the title block with the completion date', () => {
    expect(titleLine(tempDir(), ['--client', 'Acme Ltd', '--prepared-by', 'Jo Bloggs'])).toBe('Prepared for **Acme Ltd** by **Jo Bloggs**, 20 November 2026.');
  });

  it('dates the report alone without them', () => {
    expect(titleLine(tempDir(), [])).toBe('Report date: 20 November 2026.');
  });

  it('reads culture-audit.engagement.yaml in the working folder; options win over it, field by field', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'culture-audit.engagement.yaml'), 'client: Beta plc\npreparedBy: Sam Ray\ndate: 2026-12-07\n');
    expect(titleLine(cwd, [])).toBe('Prepared for **Beta plc** by **Sam Ray**, 7 December 2026.');
    expect(titleLine(cwd, ['--client', 'Acme Ltd'])).toBe('Prepared for **Acme Ltd** by **Sam Ray**, 7 December 2026.');
  });

  it('reads the file --engagement names instead', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'culture-audit.engagement.yaml'), 'client: Beta plc\n');
    writeFileSync(join(cwd, 'acme.yaml'), 'client: Acme Ltd\npreparedBy: Jo Bloggs\n');
    expect(titleLine(cwd, ['--engagement', 'acme.yaml'])).toBe('Prepared for **Acme Ltd** by **Jo Bloggs**, 20 November 2026.');
  });

  it('gives team reports the title block, dated by the latest answers', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'culture-audit.engagement.yaml'), 'client: Beta plc\npreparedBy: Sam Ray\n');
    const result = runCli(['team', teamAnswers, '-o', '-'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[2]).toMatch(/^Prepared for \*\*Beta plc\*\* by \*\*Sam Ray\*\*, \d{1,2} [A-Z][a-z]+ 20\d\d\.$/);
    expect(result.stdout).toContain('## Executive summary');
    expect(result.stdout).toContain('### What to do first');
  });

  it('gives compare and trend reports the title block, dated by the latest assessment', () => {
    const cwd = tempDir();
    cpSync(progressDir, cwd, { recursive: true });
    const handover = ['--client', 'Acme Ltd', '--prepared-by', 'Jo Bloggs'];
    const compare = runCli(['compare', 'q1.yaml', 'q3.yaml', '-o', 'compare.md', ...handover], { cwd });
    const trend = runCli(['trend', 'q1.yaml', 'q2.yaml', 'q3.yaml', '-o', 'trend.md', ...handover], { cwd });
    expect([compare.code, trend.code]).toEqual([0, 0]);
    for (const name of ['compare.md', 'trend.md']) expect(readFileSync(join(cwd, name), 'utf8').split('\n')[2]).toMatch(/^Prepared for \*\*Acme Ltd\*\* by \*\*Jo Bloggs\*\*, \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  });

  it.each([
    ['client: Acme\nprepardBy: Jo\n', 'culture-audit.engagement.yaml:2:1 prepardBy: unknown field "prepardBy" (did you mean "preparedBy"?)'],
    ['client: Acme\ndate: 2026-11-31\n', 'culture-audit.engagement.yaml:2:7 date: is not a date on the calendar: check the month, the day (30 days hath September…) and the time of day'],
    ['client: Acme\ndate: 7 Dec\n', 'culture-audit.engagement.yaml:2:7 date: must be a date written YYYY-MM-DD, such as 2026-12-07'],
    ['client: [Acme\n', 'culture-audit.engagement.yaml:'],
    ['- client\n', 'culture-audit.engagement.yaml:1:1: must be a mapping'],
  ])('refuses a bad engagement file with its line and column: %j', (text, message) => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'culture-audit.engagement.yaml'), text);
    for (const args of [['report', owner, '-o', '-'], ['team', teamAnswers, '-o', '-']]) {
      const result = runCli(args, { cwd });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    }
  });

  it('refuses an --engagement file that is not there', () => {
    const result = runCli(['report', owner, '-o', '-', '--engagement', 'missing.yaml'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.yaml');
  });
});

describe('formulas in the appendix only', () => {
  it('a team report with Since last time, and a comparison of two team rounds', () => {
    const cwd = tempDir();
    cpSync(progressDir, cwd, { recursive: true });
    const rounds = ['q1.yaml', 'q2.yaml', 'q3.yaml'];
    expect(runCli(['team', ...rounds, '--json', 'before.json'], { cwd }).code).toBe(0);
    expect(runCli(['team', ...rounds, '--compare', 'before.json', '-o', 'team.md', '--json', 'after.json'], { cwd }).code).toBe(0);
    expect(runCli(['compare', 'before.json', 'after.json', '-o', 'compare.md'], { cwd }).code).toBe(0);
    for (const [name, appendix] of [['team.md', '## Appendix'], ['compare.md', 'For the reader who wants the formula']] as const) {
      const text = readFileSync(join(cwd, name), 'utf8');
      const at = text.indexOf(appendix);
      expect(at, name).toBeGreaterThan(0);
      expect(text.slice(0, at), name).not.toMatch(/√|Σ/);
      expect(text.slice(at), name).toContain('√(SD₁²/n₁ + SD₂²/n₂)');
    }
  });
});

describe('no absolute local path in any report', () => {
  it('report, team, compare and trend, in Markdown and HTML, from absolute input paths', () => {
    const cwd = tempDir();
    cpSync(progressDir, cwd, { recursive: true });
    const q = (name: string) => join(cwd, name);
    const out = join(cwd, 'out');
    const commands = [
      ['report', q('q3.yaml'), '--compare', q('q1.yaml'), '--target', q('target.yaml'), '-o', join(out, 'report.md')],
      ['report', q('q3.yaml'), '-o', join(out, 'report.html')],
      ['team', q('q1.yaml'), q('q2.yaml'), q('q3.yaml'), '-o', join(out, 'team.md'), '--json', join(out, 'team.json')],
      ['compare', q('q1.yaml'), q('q3.yaml'), '--target', q('target.yaml'), '-o', join(out, 'compare.md')],
      ['compare', q('q1.yaml'), q('q3.yaml'), '-o', join(out, 'compare.html')],
      ['trend', q('q1.yaml'), q('q2.yaml'), q('q3.yaml'), '-o', join(out, 'trend.md')],
      ['trend', q('q1.yaml'), q('q2.yaml'), q('q3.yaml'), '-o', join(out, 'trend.html')],
    ];
    for (const args of commands) expect(runCli(args, { cwd }).code, args.join(' ')).toBe(0);
    const reports = readdirSync(out).filter((name) => /\.(md|html)$/.test(name));
    expect(reports).toHaveLength(7);
    for (const name of reports) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text, name).not.toContain(cwd);
      expect(text, name).not.toContain(repoRoot);
    }
  });
});
