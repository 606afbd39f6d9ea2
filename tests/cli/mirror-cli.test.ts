import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../helpers/svg.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// The fixtures' numbers are worked by hand in tests/unit/scoring/mirror.test.ts.
const fixtures = join(repoRoot, 'tests', 'fixtures', 'mirror');

/** A copy of the fixtures to run in: answers name their questionnaires by id, found in ./questionnaires. */
function workspace(): string {
  const dir = tempDir();
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

const mirror = (args: string[], cwd: string) => runCli(['mirror', 'staff', '--customers', 'customers', ...args], { cwd });

describe('culture-audit mirror', () => {
  it('writes the Markdown report and its chart, prints the path and the summary, exits 0', () => {
    const cwd = workspace();
    const result = mirror(['-o', 'out/mirror.md'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(join('out', 'mirror.md'));
    expect(result.stdout).toContain('Reliable    77.8   3  41.7       3  +36.1  Blind spot');
    const report = readFileSync(join(cwd, 'out', 'mirror.md'), 'utf8');
    expect(report).toContain('- Staff rate Reliable 77.8; customers 41.7: a 36.1-point blind spot.');
    expect(report).toContain('![Paired bars of the staff and customer scores on each dimension](mirror-bars.svg)');
    const svg = readFileSync(join(cwd, 'out', 'mirror-bars.svg'), 'utf8');
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).toContain('data-dimension="reliable"');
  });

  it('writes reports/<staff questionnaire>-mirror.md by default, and refuses to overwrite it without --force', () => {
    const cwd = workspace();
    expect(mirror([], cwd).code).toBe(0);
    const path = join(cwd, 'reports', 'mirror-staff-mirror.md');
    expect(existsSync(path)).toBe(true);
    writeFileSync(path, 'mine');
    const again = mirror([], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force to replace it');
    expect(readFileSync(path, 'utf8')).toBe('mine');
    expect(mirror(['--force'], cwd).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('# Staff and customers: the mirror');
  });

  it('writes one HTML page with the chart inside', () => {
    const cwd = workspace();
    const result = mirror(['--format', 'html', '-o', 'mirror'], cwd);
    expect(result.code).toBe(0);
    const html = readFileSync(join(cwd, 'mirror.html'), 'utf8');
    expect(html).toContain('<title>Staff and customers: the mirror</title>');
    expect(html).toContain('<svg');
    expect(html).toContain('<td>Blind spot</td>');
    expect(existsSync(join(cwd, 'mirror-bars.svg'))).toBe(false);
  });

  it('prints the JSON alone with --json -, the summary going to stderr', () => {
    const cwd = workspace();
    const result = mirror(['--json', '-', '--threshold', '35'], cwd);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, threshold: 35, staff: { respondents: 3 }, customers: { respondents: 3 } });
    // At 35 points: +36.1 is still a blind spot, −33.4 is now in step.
    expect(json.dimensions.map((d: { id: string; verdict: string }) => `${d.id} ${d.verdict}`)).toEqual(['reliable blind-spot', 'credible in-step', 'responsive in-step']);
    expect(result.stderr).toContain('mirror: 3 staff (mirror-staff), 3 customers (mirror-customers)');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('refuses a side below the anonymity minimum (exit 2, nothing written), and flags it with --allow-small-groups', () => {
    const cwd = workspace();
    const small = ['staff', '--customers', 'customers/customer-1.yaml', 'customers/customer-2.yaml'];
    const refused = runCli(['mirror', ...small, '-o', 'm.md'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the customers' side has 2 respondents, fewer than the anonymity minimum of 3");
    expect(existsSync(join(cwd, 'm.md'))).toBe(false);
    const allowed = runCli(['mirror', ...small, '--allow-small-groups', '-o', 'm.md'], { cwd });
    expect(allowed.code).toBe(0);
    expect(readFileSync(join(cwd, 'm.md'), 'utf8')).toContain("**Small group:** the customers' side has 2 respondents");
  });

  it.each([
    ['no shared dimension', ['staff', '--customers', 'plain'], 'no dimension is measured by both sides'],
    ['a side with no valid answers', ['staff', '--customers', 'customers', '--skip-invalid', '--customers-questionnaire', 'mirror-staff'], 'no valid responses to report on for the customers'],
    ['invalid customer answers', ['staff', '--customers', 'customers', '--customers-questionnaire', 'mirror-staff'], 'customer-1.yaml'],
    ['no --customers', ['staff'], "required option '--customers <inputs...>' not specified"],
    ['a threshold out of range', ['staff', '--customers', 'customers', '--threshold', '120'], 'must be a number from 0 to 100'],
  ])('exits 2 on %s, with a message and no stack', (_, args, message) => {
    const cwd = workspace();
    cpSync(join(cwd, 'staff'), join(cwd, 'plain'), { recursive: true });
    // The same answers, for a copy of the staff questionnaire whose sections name no dimension.
    const plain = readFileSync(join(cwd, 'questionnaires', 'mirror-staff.yaml'), 'utf8').replace('id: mirror-staff', 'id: mirror-plain').replace(/^ {4}dimension: .*\n/gm, '');
    writeFileSync(join(cwd, 'questionnaires', 'mirror-plain.yaml'), plain);
    for (const name of ['staff-1', 'staff-2', 'staff-3']) {
      const path = join(cwd, 'plain', `${name}.yaml`);
      writeFileSync(path, readFileSync(path, 'utf8').replace('questionnaire: mirror-staff', 'questionnaire: mirror-plain'));
    }
    const result = runCli(['mirror', ...args, '-o', 'm.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(join(cwd, 'm.md'))).toBe(false);
  });

  it('has --help with examples', () => {
    const result = runCli(['mirror', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--customers <inputs...>');
    expect(result.stdout).toContain('blind spot');
  });
});
