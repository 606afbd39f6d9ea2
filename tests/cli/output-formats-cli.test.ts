import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// Renderers by name through the built CLI: `--format` on report, team, compare and trend, the -o ending, the default path.

const example = (path: string) => join(repoRoot, 'examples', path);
const history = ['manager-2026-02', 'manager-2026-05', 'manager-2026-08'].map((name) => example(`history/service-culture/${name}.yaml`));
/** A colour or style escape. */
const SGR = /\u001b\[/;

describe('--format through the built CLI', () => {
  it('report --format json prints what score --json prints', () => {
    const file = example('service-culture/owner.yaml');
    const report = runCli(['report', file, '--format', 'json', '-o', '-']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toEqual(JSON.parse(runCli(['score', file, '--json']).stdout));
  });

  it('report writes JSON to its default path, .json, without charts', () => {
    const cwd = tempDir();
    const result = runCli(['report', example('service-culture/owner.yaml'), '--format', 'json'], { cwd });
    expect(result.code).toBe(0);
    const written = result.stdout.trim();
    expect(written).toMatch(/^reports[/\\]service-culture-[\w-]+\.json$/);
    expect(JSON.parse(readFileSync(join(cwd, written), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(join(cwd, 'reports'))).toEqual([written.replace(/^reports[/\\]/, '')]);
  });

  it('an -o ending chooses the format: .txt is the terminal summary, without colour', () => {
    const cwd = tempDir();
    const result = runCli(['report', example('service-culture/owner.yaml'), '-o', 'owner.txt'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    const text = readFileSync(join(cwd, 'owner.txt'), 'utf8');
    expect(text).toMatch(/^Service culture self-audit/);
    expect(text).toMatch(/^Overall \d+\.\d /m);
    expect(text).not.toMatch(SGR);
  });

  it('refuses an -o ending that contradicts --format, and writes nothing', () => {
    const cwd = tempDir();
    const result = runCli(['report', example('service-culture/owner.yaml'), '--format', 'json', '-o', 'r.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o r.md ends in .md, a markdown file, but --format is json');
    expect(existsSync(join(cwd, 'r.md'))).toBe(false);
  });

  it('refuses a format it does not know, listing the ones it does', () => {
    const result = runCli(['report', example('service-culture/owner.yaml'), '--format', 'docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('markdown, html, json, terminal');
  });

  it('team --format json -o - prints the team JSON that --json - prints', () => {
    const answers = example('team/answers');
    const asFormat = runCli(['team', answers, '--format', 'json', '-o', '-']);
    const asJson = runCli(['team', answers, '--json', '-', '-o', join(tempDir(), 't.md')]);
    expect(asFormat.code).toBe(0);
    expect(JSON.parse(asFormat.stdout)).toEqual(JSON.parse(asJson.stdout.slice(0, asJson.stdout.lastIndexOf('}') + 1)));
  });

  it('team writes the terminal summary to a .txt file, with no charts beside it', () => {
    const cwd = tempDir();
    const result = runCli(['team', example('team/answers'), '-o', 'team.txt'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(join(cwd, 'team.txt'), 'utf8')).toMatch(/^team: 20 respondents, overall \d+\.\d/);
    expect(readdirSync(cwd)).toEqual(['team.txt']);
  });

  it('compare --format markdown prints the Markdown report instead of the terminal summary', () => {
    const [before, after] = history;
    const result = runCli(['compare', before!, after!, '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Service culture self-audit: what changed/);
  });

  it('trend --format json -o file writes what --json prints', () => {
    const cwd = tempDir();
    const result = runCli(['trend', ...history, '--format', 'json', '-o', 'trend.json'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'trend.json'), 'utf8'))).toEqual(JSON.parse(runCli(['trend', ...history, '--json']).stdout));
    expect(readdirSync(cwd)).toEqual(['trend.json']);
  });

  it('--json and a different --format are refused together', () => {
    const result = runCli(['trend', ...history, '--json', '--format', 'markdown']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--json asks for JSON, but --format is markdown');
  });
});
