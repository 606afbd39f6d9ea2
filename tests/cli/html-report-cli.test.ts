import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/report/formats/html/blocks.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { externalReferences, htmlProblems } from '../helpers/html-page.js';
import { findAll, parseXml } from '../helpers/svg.js';

// `--format html` through the built CLI: one golden page per kind of report (tests/cli/golden/html/,
// refreshed by `npx vitest run tests/cli/html-report-cli.test.ts --update`), each a sound, self-contained page with the Markdown report's
// content; `-o x.html` writes that one file and nothing beside it.

const history = (name: string) => `examples/history/service-culture/${name}.yaml`;
const trendFiles = [history('manager-2026-02'), history('manager-2026-05'), history('manager-2026-08'), 'examples/service-culture/manager.yaml'];

const cases: { name: string; args: string[] }[] = [
  { name: 'report-owner', args: ['report', 'examples/service-culture/owner.yaml'] },
  { name: 'report-with-history', args: ['report', 'examples/service-culture/manager.yaml', '--compare', history('manager-2026-08'), '--target', history('target-2027')] },
  { name: 'team-by-role', args: ['team', 'examples/team/answers', '--group-by', 'role'] },
  { name: 'compare-with-target', args: ['compare', history('manager-2026-08'), 'examples/service-culture/manager.yaml', '--target', history('target-2027')] },
  { name: 'trend', args: ['trend', ...trendFiles] },
];

/** What a reader sees outside the charts and the styles, each element's text apart. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '');
}

const numbers = (text: string) => text.match(/\d+(?:\.\d+)?%?/g) ?? [];

describe('--format html, one golden page per kind of report (refresh: vitest --update)', () => {
  it.each(cases)('$name', async ({ name, args }) => {
    const html = runCli([...args, '--format', 'html', '-o', '-']);
    expect(html.code).toBe(0);
    await expect(html.stdout.replaceAll(repoRoot, '<repo>')).toMatchFileSnapshot(`golden/html/${name}.html`);
    expect(htmlProblems(html.stdout)).toEqual([]);
    expect(externalReferences(html.stdout)).toEqual([]);
    expect(html.stdout).not.toMatch(/<script|<link|<img|<iframe|<object/i);
    expect(findAll(parseXml(html.stdout), (e) => e.name === 'svg').length).toBeGreaterThan(0);

    // The same content as the Markdown report: its headings, its tables, every number in order.
    // Written to a file, so it has its charts (a trend report has a heading per chart).
    const cwd = tempDir();
    expect(runCli([...args.map((arg) => (arg.startsWith('examples/') ? join(repoRoot, arg) : arg)), '-o', 'r.md'], { cwd }).code).toBe(0);
    const markdown = readFileSync(join(cwd, 'r.md'), 'utf8');
    const blocks = parseBlocks(markdown);
    const root = parseXml(html.stdout);
    const headings = findAll(root, (e) => /^h\d$/.test(e.name)).map((e) => `${e.name.slice(1)} ${e.text}`);
    expect(headings).toEqual(blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text.replace(/\\(.)/g, '$1')}`] : [])));
    expect(findAll(root, (e) => e.name === 'table').length).toBe(blocks.filter((b) => b.type === 'table').length);
    // List numbers are the <ol>'s; chart links are the inline charts.
    expect(numbers(visibleText(html.stdout))).toEqual(numbers(markdown.replace(/^\| *:?-{3,}.*$|^\d+\. |^!\[.*$/gm, '')));
  });
});

describe('-o x.html', () => {
  it('writes one page with its charts inside and no file beside it', () => {
    const cwd = tempDir();
    const result = runCli(['report', join(repoRoot, 'examples/service-culture/owner.yaml'), '-o', 'owner.html'], { cwd });
    expect(result.code).toBe(0);
    expect(readdirSync(cwd)).toEqual(['owner.html']);
    const html = readFileSync(join(cwd, 'owner.html'), 'utf8');
    expect(htmlProblems(html)).toEqual([]);
    expect(findAll(parseXml(html), (e) => e.name === 'svg')).toHaveLength(2);
  });

  it('team --format html writes reports/<questionnaire>-team.html by default', () => {
    const cwd = tempDir();
    const result = runCli(['team', join(repoRoot, 'examples/team/answers'), '--format', 'html'], { cwd });
    expect(result.code).toBe(0);
    expect(readdirSync(join(cwd, 'reports'))).toEqual(['service-culture-team.html']);
  });

  it('trend -o t.html holds the one chart of every score over time, inline', () => {
    const cwd = tempDir();
    const result = runCli(['trend', ...trendFiles.map((file) => join(repoRoot, file)), '-o', 't.html'], { cwd });
    expect(result.code).toBe(0);
    expect(readdirSync(cwd)).toEqual(['t.html']);
    const titles = findAll(parseXml(readFileSync(join(cwd, 't.html'), 'utf8')), (e) => e.name === 'svg').map((svg) => svg.children.find((c) => c.name === 'title')?.text);
    expect(titles).toEqual(['Scores over time']);
  });

  it('refuses -o x.html with another --format', () => {
    const cwd = tempDir();
    const result = runCli(['report', join(repoRoot, 'examples/service-culture/owner.yaml'), '-o', 'x.html', '--format', 'markdown'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ends in .html, a html file, but --format is markdown');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
