import { readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, type CliResult } from '../helpers/cli.js';

// What a person sees for a set of representative commands, one golden Markdown file per case in
// tests/cli/golden/: the command, its exit code, stdout and stderr. A changed output fails here
// with a diff; when the change is meant, refresh the files with `npm run golden` and review them
// in the commit like any other change.

const cases: { name: string; args: string[]; code: number }[] = [
  { name: 'help', args: ['--help'], code: 0 },
  { name: 'unknown-command', args: ['frobnicate'], code: 2 },
  { name: 'list', args: ['list'], code: 0 },
  { name: 'show-service-culture', args: ['show', 'service-culture'], code: 0 },
  { name: 'validate-broken-questionnaire', args: ['validate', 'tests/fixtures/broken-questionnaire/ten-ways.yaml'], code: 2 },
  { name: 'template-five-ways', args: ['template', 'five-ways', '-o', '-'], code: 0 },
  { name: 'score', args: ['score', 'examples/service-culture/owner.yaml'], code: 0 },
  { name: 'score-json', args: ['score', 'examples/service-culture/owner.yaml', '--json'], code: 0 },
  { name: 'score-fail-under', args: ['score', 'examples/service-culture/owner.yaml', '--fail-under', '90'], code: 1 },
  { name: 'report-to-stdout', args: ['report', 'examples/service-culture/owner.yaml', '-o', '-'], code: 0 },
  { name: 'team-by-role', args: ['team', 'examples/team/answers', '--group-by', 'role', '-o', '-'], code: 0 },
  { name: 'team-invalid-file', args: ['team', 'tests/fixtures/team-with-invalid-file', '-o', '-'], code: 2 },
  { name: 'team-form-export', args: ['team', 'examples/team/form-export.csv', '-o', '-'], code: 0 },
  { name: 'team-grid-export', args: ['team', 'tests/fixtures/grid-export/grid.csv', '-o', '-'], code: 0 },
];

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces what differs between machines and days, so the golden files hold only what the CLI decides. */
function cleanVolatile(text: string, today = new Date()): string {
  const temps = [...new Set([realpathSync(tmpdir()), tmpdir()])];
  const dates = [...new Set([today.toISOString().slice(0, 10), localDate(today)])];
  let cleaned = text.replaceAll(repoRoot, '<repo>');
  for (const temp of temps) cleaned = cleaned.replace(new RegExp(`${escape(temp)}[\\\\/][^\\s\\\\/'"]+`, 'g'), '<tmp>');
  for (const date of dates) cleaned = cleaned.replaceAll(date, '<today>');
  return cleaned.replace(new RegExp(`(?<![\\d.])${escape(version)}(?![\\d.])`, 'g'), '<version>');
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A fenced block longer than any run of backticks in the text, so report output cannot close it. */
function block(text: string): string {
  if (text === '') return '(empty)';
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map(([run]) => run.length + 1)));
  const end = text.endsWith('\n') ? '' : '\n(no newline at the end)';
  return `${fence}text\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}${end}`;
}

const shellWord = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);

function goldenText(args: string[], result: CliResult): string {
  return [
    `# culture-audit ${args.map(shellWord).join(' ')}`,
    '',
    `Exit code: ${result.code}`,
    '',
    '## stdout',
    '',
    block(cleanVolatile(result.stdout)),
    '',
    '## stderr',
    '',
    block(cleanVolatile(result.stderr)),
    '',
  ].join('\n');
}

describe('golden CLI output (refresh: npm run golden)', () => {
  it.each(cases)('$name', async ({ name, args, code }) => {
    const result = runCli(args);
    await expect(goldenText(args, result)).toMatchFileSnapshot(`golden/${name}.md`);
    expect(result.code).toBe(code);
  });

  it('cleans temporary paths, the repository path, today and the version', () => {
    const today = new Date(2031, 4, 6, 12);
    const text = `${join(tmpdir(), 'culture-audit-x1Y2z3', 'a.md')} ${join(repoRoot, 'b.yaml')} 2031-05-06 v${version} 10${version}`;
    expect(cleanVolatile(text, today)).toBe(`<tmp>/a.md <repo>/b.yaml <today> v<version> 10${version}`);
  });
});
