import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// --format pdf through the built CLI and a real browser: the PDF's pages and text read back with poppler.

const example = (path: string) => join(repoRoot, 'examples', path);
const owner = example('service-culture/owner.yaml');
const NO_BROWSER =
  'culture-audit: no Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or give --browser <path>; or write HTML (--format html) and print it from a browser';

const found = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const browser = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].some(found);
const poppler = found('pdfinfo') && found('pdftotext');
if (!browser || !poppler) console.log('note: the PDF printing tests need chromium and poppler-utils (pdfinfo, pdftotext); skipped');

function pdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
}

const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;

describe.skipIf(!browser || !poppler)('--format pdf with the installed browser', () => {
  it('report -o r.pdf: a PDF of a few A4 pages with the title, the overall score and the sections', () => {
    const cwd = tempDir();
    const result = runCli(['report', owner, '-o', 'r.pdf'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('r.pdf');
    const file = join(cwd, 'r.pdf');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(file)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(file)).toBeLessThan(30);
    expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/Page size:.*\(A4\)/);
    const text = pdfText(file);
    expect(text).toContain('Service culture self-audit');
    expect(text).toMatch(/Overall score: \d+\.\d out of 100/);
    expect(text).toContain('Leadership and priorities');
    expect(readdirSync(cwd)).toEqual(['r.pdf']);
  }, 60_000);

  it('team --group-by role -o t.pdf, on Letter: the team report, printed', () => {
    const cwd = tempDir();
    const result = runCli(['team', example('team/answers'), '--group-by', 'role', '-o', 't.pdf', '--paper', 'letter'], { cwd });
    expect(result.code).toBe(0);
    const file = join(cwd, 't.pdf');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(file)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(file)).toBeLessThan(60);
    expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/Page size:.*\(letter\)/);
    const text = pdfText(file);
    expect(text).toContain('Service culture self-audit');
    expect(text).toMatch(/Team score/i);
    expect(text).toContain('Perception gaps');
  }, 60_000);

  it.each([
    ['compare', ['compare', example('history/service-culture/manager-2026-08.yaml'), example('service-culture/manager.yaml'), '-o', 'x.pdf'], 'Section changes'],
    ['trend', ['trend', ...['02', '05', '08'].map((month) => example(`history/service-culture/manager-2026-${month}.yaml`)), example('service-culture/manager.yaml'), '-o', 'x.pdf'], 'Scores over time'],
  ])('%s -o x.pdf: printed with its charts, and its first page renders to an image', (_kind, args, heading) => {
    const cwd = tempDir();
    const result = runCli(args, { cwd });
    expect(result.code, result.stderr).toBe(0);
    const file = join(cwd, 'x.pdf');
    expect(pdfPages(file)).toBeGreaterThanOrEqual(1);
    expect(pdfText(file)).toContain(heading);
    // The first page as a reader sees it: rendered by poppler to a PNG of an A4 page at 30 dpi (about 248 × 351).
    expect(spawnSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', '-singlefile', file, join(cwd, 'first')]).status).toBe(0);
    const png = readFileSync(join(cwd, 'first.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(Math.abs(width - 248)).toBeLessThanOrEqual(2);
    expect(Math.abs(height / width - 297 / 210)).toBeLessThan(0.01);
  }, 60_000);

  it('says --paper and --browser are ignored when no PDF is asked for', () => {
    const result = runCli(['report', owner, '-o', '-', '--paper', 'letter'], { cwd: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('warning: --paper applies only to PDF output (--format pdf, or -o <file>.pdf); ignored\n');
  });

  it('never replaces a PDF without --force, and starts no browser to find that out', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'r.pdf'), 'old');
    const result = runCli(['report', owner, '-o', 'r.pdf', '--browser', '/nonexistent'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/r\.pdf already exists; use --force/);
    expect(readFileSync(join(cwd, 'r.pdf'), 'utf8')).toBe('old');
  });
});

describe('--format pdf refusals (no browser needed)', () => {
  it('with no browser on PATH and none given: one line, exit 2, nothing written', () => {
    const cwd = tempDir();
    const result = runCli(['report', owner, '-o', 'r.pdf'], { cwd, env: { PATH: cwd, CULTURE_AUDIT_BROWSER: '' } });
    expect(result.stderr.trim()).toBe(NO_BROWSER);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--browser /nonexistent: named in the message, exit 2, nothing written', () => {
    const cwd = tempDir();
    const result = runCli(['team', example('team/answers'), '--format', 'pdf', '--browser', '/nonexistent'], { cwd });
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'culture-audit: --browser /nonexistent: no executable file there; give the path of Chrome or Chromium, or write HTML (--format html) and print it from a browser',
    );
    expect(result.code).toBe(2);
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('a --browser that is no browser (it exits at once): one line, exit 2, nothing written', () => {
    const cwd = tempDir();
    const result = runCli(['report', owner, '-o', 'r.pdf', '--browser', '/bin/true'], { cwd });
    expect(result.stderr.trim()).toMatch(/^culture-audit: cannot start \/bin\/true to print the PDF: .*; nothing was written$/);
    expect(result.code).toBe(2);
    expect(readdirSync(cwd)).toEqual([]);
  }, 60_000);

  it('CULTURE_AUDIT_BROWSER is used, and refused by its name when it is not there', () => {
    const cwd = tempDir();
    const result = runCli(['report', owner, '--format', 'pdf'], { cwd, env: { CULTURE_AUDIT_BROWSER: join(cwd, 'chrome') } });
    expect(result.stderr).toContain(`CULTURE_AUDIT_BROWSER=${join(cwd, 'chrome')}: no executable file there`);
    expect(result.code).toBe(2);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    ['report -o -', ['report', owner, '--format', 'pdf', '-o', '-']],
    ['compare without -o', ['compare', example('service-culture/manager.yaml'), owner, '--format', 'pdf']],
    ['trend -o -', ['trend', ...['02', '05', '08'].map((m) => example(`history/service-culture/manager-2026-${m}.yaml`)), '--format', 'pdf', '-o', '-']],
  ])('a PDF is never printed to stdout: %s is a usage error', (_name, args) => {
    const cwd = tempDir();
    const result = runCli(args, { cwd });
    expect(result.stderr.trim()).toBe('culture-audit: --format pdf writes a file, never to stdout: give -o <file>.pdf');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('an -o ending that names another format than --format pdf is refused', () => {
    const result = runCli(['report', owner, '--format', 'pdf', '-o', 'r.html'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('but --format is pdf');
  });
});
