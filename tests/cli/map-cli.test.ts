import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { uncommentSuggestions } from '../helpers/uncomment-suggestions.js';

// `culture-audit map` through the built CLI: the starter it writes is read by `team --map` as the
// hand-written mapping files beside each export are (tests/fixtures/map/*/*.hand.map.yaml).
const fixture = join(repoRoot, 'tests/fixtures/map');

type TeamJson = { overall: unknown; sections: unknown[]; items: unknown[] };

function team(dir: string, args: string[]): { json: TeamJson; stderr: string } {
  const out = tempDir();
  const result = runCli(['team', ...args, '--json', join(out, 'team.json'), '-o', join(out, 'team.md')], { cwd: dir });
  expect(result.stderr).not.toMatch(/error|problem/i);
  expect(result.code).toBe(0);
  return { json: JSON.parse(readFileSync(join(out, 'team.json'), 'utf8')) as TeamJson, stderr: result.stderr };
}

/** A copy of the fixture to write into. */
function workDir(): string {
  const dir = tempDir();
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe('culture-audit map (built CLI)', () => {
  it('writes a starter that team reads, unedited, as the hand-written mapping for a text-label export', () => {
    const dir = workDir();
    const mapped = runCli(['map', 'labels/form.csv', '-q', 'map-check', '-o', 'starter.map.yaml'], { cwd: dir });
    expect(mapped.code).toBe(0);
    expect(mapped.stderr).toBe('Wrote starter.map.yaml\n');
    const fromStarter = team(dir, ['labels/form.csv', '--map', 'starter.map.yaml']);
    const byHand = team(dir, ['labels/form.csv', '--map', 'labels/form.hand.map.yaml']);
    expect(fromStarter.json.items).toEqual(byHand.json.items);
    expect(fromStarter.json.sections).toEqual(byHand.json.sections);
    expect(fromStarter.json.overall).toEqual(byHand.json.overall);
    expect(fromStarter.stderr).toContain('6 responses, 6 of 7 questions matched');
    // Saved beside the export with its base name, it is read with no --map and no -q.
    expect(runCli(['map', 'labels/form.csv', '-q', 'map-check', '-o', 'labels/form.map.yaml'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'labels/form.map.yaml'), 'utf8')).toContain('# Then: culture-audit team "labels/form.csv" (this file sits beside the export, so it is read without --map).');
    expect(team(dir, ['labels/form.csv']).json.items).toEqual(byHand.json.items);
  });

  it("maps a Google Forms grid's `Title [Row]` headers by their rows: the team report equals the one from the same export headed by question texts", () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'tests/fixtures/grid-export/grid.csv'), join(dir, 'grid.csv'));
    const mapped = runCli(['map', 'grid.csv', '-q', 'service-culture', '-o', 'starter.map.yaml'], { cwd: dir });
    expect(mapped.code).toBe(0);
    const starter = readFileSync(join(dir, 'starter.map.yaml'), 'utf8');
    expect(starter.match(/ # question text, as a grid row$/gm)).toHaveLength(3);
    const fromStarter = team(dir, ['grid.csv', '--map', 'starter.map.yaml']);
    const fromTexts = team(join(repoRoot, 'examples/team'), ['form-export.csv']);
    expect(fromStarter.json.items).toEqual(fromTexts.json.items);
    expect(fromStarter.json.sections).toEqual(fromTexts.json.sections);
    expect(fromStarter.json.overall).toEqual(fromTexts.json.overall);
  });

  it('suggests recodes for a numeric-code export that are refused until uncommented, and then read as the hand-written ones', () => {
    const dir = workDir();
    const mapped = runCli(['map', 'codes/export.csv', '-q', 'map-check'], { cwd: dir });
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain('    #   "-99": ~ # 1 row; ~ leaves it unanswered');
    // As written, nothing is recoded: the codes are refused (exit 2), never read as something else.
    writeFileSync(join(dir, 'starter.map.yaml'), mapped.stdout);
    const asWritten = runCli(['team', 'codes/export.csv', '--map', 'starter.map.yaml', '-o', join(dir, 'out.md')], { cwd: dir });
    expect(asWritten.code).toBe(2);
    expect(asWritten.stderr).toMatch(/must be yes or no \(got "1"/);
    expect(asWritten.stderr).toContain('`culture-audit map codes/export.csv -q <questionnaire>` writes a starter');
    // The user's one edit per suggestion: remove the "# " of its lines.
    const edited = uncommentSuggestions(mapped.stdout);
    writeFileSync(join(dir, 'edited.map.yaml'), edited);
    const fromStarter = team(dir, ['codes/export.csv', '--map', 'edited.map.yaml']);
    const byHand = team(dir, ['codes/export.csv', '--map', 'codes/export.hand.map.yaml']);
    expect(fromStarter.json.items).toEqual(byHand.json.items);
    expect(fromStarter.json.sections).toEqual(byHand.json.sections);
    expect(fromStarter.json.overall).toEqual(byHand.json.overall);
  });

  it("writes a starter for a Qualtrics export of numeric codes that, uncommented, reads to the respondents' own answers", () => {
    const dir = tempDir();
    const tools = join(repoRoot, 'tests/fixtures/tool-exports');
    cpSync(join(tools, 'qualtrics-numeric.csv'), join(dir, 'numeric.csv'));
    const fiveWaysV1 = join(tools, 'five-ways-v1.yaml'); // the exports answer version 1, frozen beside them
    const mapped = runCli(['map', 'numeric.csv', '-q', fiveWaysV1], { cwd: dir });
    expect(mapped.code).toBe(0);
    // Qualtrics numbers a 0–10 question's choices 1–11: every code reads as a number, so only the tool tells.
    expect(mapped.stdout).toContain('    # offset: -1 # "jobs-right-first-time" reads every cell once shifted by -1 (the first choice, 1 → 0)');
    writeFileSync(join(dir, 'edited.map.yaml'), uncommentSuggestions(mapped.stdout));
    const fromStarter = team(dir, ['numeric.csv', '--map', 'edited.map.yaml', '-q', fiveWaysV1]);
    const fromAnswers = team(tools, ['answers', '-q', fiveWaysV1]);
    // Respondents come in another order, so sums differ in the last bits: compared to 1e-9.
    const means = (json: TeamJson) => [json.overall, ...json.sections].map((entry) => Math.round((entry as { mean: number }).mean * 1e9));
    expect(means(fromStarter.json)).toEqual(means(fromAnswers.json));
  });

  it("reads Excel's re-saves as team does: a ';' separator, UTF-16 and Windows-1252 (with its warning)", () => {
    const exports = join(repoRoot, 'tests/fixtures/form-exports');
    for (const name of ['semicolon-de.csv', 'unicode-text.csv', 'windows-1252.csv']) {
      const result = runCli(['map', name, '-q', 'service-culture'], { cwd: exports });
      expect(result.code).toBe(0);
      expect(result.stdout.match(/ # question text$/gm)).toHaveLength(38);
      expect(result.stdout).toContain('"Kai Müller" (1)');
      expect(result.stderr).toBe(name === 'windows-1252.csv' ? `warning: ${name}: not UTF-8; read as Windows-1252 (Excel's "CSV" on Windows). Save as "CSV UTF-8" to be sure of accents\n` : '');
    }
  });

  it('refuses to replace a file without --force, and replaces it with', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'existing.map.yaml'), 'keep me\n');
    const refused = runCli(['map', 'labels/form.csv', '-q', 'map-check', '-o', 'existing.map.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/existing\.map\.yaml.*--force/);
    expect(readFileSync(join(dir, 'existing.map.yaml'), 'utf8')).toBe('keep me\n');
    const forced = runCli(['map', 'labels/form.csv', '-q', 'map-check', '-o', 'existing.map.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'existing.map.yaml'), 'utf8')).toMatch(/^questionnaire: map-check$/m);
  });

  it('says what is wrong in one message, exit 2, for a missing, empty, too wide or broken export, a missing -q and an unknown questionnaire', () => {
    const missing = runCli(['map', 'nope.csv', '-q', 'map-check'], { cwd: fixture });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nope\.csv: .*\n$/);
    const noQuestionnaire = runCli(['map', 'labels/form.csv'], { cwd: fixture });
    expect(noQuestionnaire.code).toBe(2);
    expect(noQuestionnaire.stderr).toMatch(/--questionnaire/);
    const unknown = runCli(['map', 'labels/form.csv', '-q', 'map-chek'], { cwd: fixture });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/map-chek/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'wide.csv'), `${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',')}\n`);
    writeFileSync(join(dir, 'quote.csv'), 'a,b\n"x,y\n');
    const runs = ['empty.csv', 'wide.csv', 'quote.csv'].map((name) => runCli(['map', name, '-q', join(fixture, 'questionnaires/map-check.yaml')], { cwd: dir }));
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [2, 'empty.csv: is empty (no header row)\n'],
      [2, 'wide.csv:1:1: has 1001 columns; the limit is 1000 (is it a form export, saved comma-separated?)\n'],
      [2, 'quote.csv:2:1: not valid CSV: a quote is opened and never closed\n'],
    ]);
  });

  it('has --help with examples, and is listed in the main help', () => {
    const help = runCli(['map', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('culture-audit map export.csv -q service-culture -o export.map.yaml');
    expect(help.stdout).toContain('# close to the text of "<id>" (0.82)');
    expect(runCli(['--help']).stdout).toMatch(/^\s+map \[options\] <export>\s+write a starter mapping file/m);
  });
});
