import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// surveyjs-results.{json,ndjson} hold the six respondents of examples/team/form-export.csv (ids
// r-07..r-12), keyed by question id; pulse.yaml (tests/fixtures/progress) is a six-question questionnaire.
const fixtures = join(repoRoot, 'tests', 'fixtures', 'json-responses');
const pulse = join(repoRoot, 'tests', 'fixtures', 'progress', 'questionnaires', 'pulse.yaml');

/** A temp folder holding `files` (name → text), with `questionnaires/pulse.yaml` so records may name `pulse`. */
function folder(files: Record<string, string>): string {
  const dir = tempDir();
  cpSync(pulse, join(dir, 'questionnaires', 'pulse.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const pulseRecord = (extra: Record<string, unknown> = {}) => JSON.stringify({ l1: 'Agree', l2: 4, c1: 'n/a', c2: true, p1: 5, p2: 'More staff', ...extra });

describe('import of JSON records', () => {
  it.each(['surveyjs-results.json', 'surveyjs-results.ndjson'])('%s: one answer file per respondent, named by id, which give the team the records give', (name) => {
    const dir = tempDir();
    const result = runCli(['import', join(fixtures, name), '-q', 'service-culture', '-o', 'imported'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote 6 answer files to imported\n');
    expect(result.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: 6 responses, (\\d+) of \\1 questions matched, 0 keys ignored\\n$`));
    expect(readdirSync(join(dir, 'imported')).sort()).toEqual(['r-07.yaml', 'r-08.yaml', 'r-09.yaml', 'r-10.yaml', 'r-11.yaml', 'r-12.yaml']);
    const where = name.endsWith('.ndjson') ? 'line 1' : 'record 1';
    expect(readFileSync(join(dir, 'imported', 'r-07.yaml'), 'utf8')).toMatch(new RegExp(`^# Imported from ${name.replace('.', '\\.')}, ${where}, by culture-audit import\\.\\nquestionnaire: service-culture\\n`));
    const fromFiles = runCli(['team', 'imported', '-o', '-', '--format', 'json'], { cwd: dir });
    const fromRecords = runCli(['team', join(fixtures, name), '-q', 'service-culture', '-o', '-', '--format', 'json'], { cwd: dir });
    expect(fromFiles.code).toBe(0);
    expect(JSON.parse(fromFiles.stdout)).toEqual(JSON.parse(fromRecords.stdout));
  });

  it('names respondents without an id by the file and the record (an array) or the line (NDJSON), and reads the questionnaire the records name', () => {
    const records = [pulseRecord({ questionnaire: 'pulse' }), pulseRecord({ questionnaire: 'pulse', l1: 1 })];
    const dir = folder({ 'results.json': `[\n${records.join(',\n')}\n]\n`, 'results.ndjson': `${records.join('\n\n')}\n` });
    expect(runCli(['import', 'results.json', '-o', 'a'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['results-record-1.yaml', 'results-record-2.yaml']);
    const second = readFileSync(join(dir, 'a', 'results-record-2.yaml'), 'utf8');
    expect(second).toMatch(/^# Imported from results\.json, record 2, by culture-audit import\.\nquestionnaire: pulse\n/);
    expect(second).toMatch(/^ {2}l1: Strongly disagree/m);
    // NDJSON counts lines, blank ones too, as a CSV export's rows do.
    expect(runCli(['import', 'results.ndjson', '-o', 'b'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(['results-line-1.yaml', 'results-line-3.yaml']);
    expect(runCli(['validate', 'a/results-record-1.yaml', 'b/results-line-3.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('writes nothing when any record is invalid, and lists every problem with its record or line', () => {
    const dir = tempDir();
    const array = runCli(['import', join(fixtures, 'bad-records.json'), '-q', 'service-culture', '-o', 'out', '--allow-missing', 'all'], { cwd: dir });
    expect(array.code).toBe(2);
    expect(array.stderr).toContain('bad-records.json record 2: must be an object of answers by question id (got "Jade Okafor")');
    expect(array.stderr).toContain('bad-records.json record 3 "leaders-model-service": must be a scale position 1..5');
    const lines = runCli(['import', join(fixtures, 'bad-lines.ndjson'), '-q', 'service-culture', '-o', 'out', '--allow-missing', 'all'], { cwd: dir });
    expect(lines.code).toBe(2);
    expect(lines.stderr).toMatch(/bad-lines\.ndjson:3:1: is not valid JSON: /);
    expect(lines.stderr).toContain('bad-lines.ndjson:4:1 "feedback-led-to-visible-change": must be yes or no (got "maybe")');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses records with no key for a scored question unless --allow-missing accepts it', () => {
    const dir = folder({ 'results.ndjson': `${pulseRecord({ l1: undefined, 'l-one': 'Agree' })}\n` });
    const refused = runCli(['import', 'results.ndjson', '-q', 'pulse', '-o', 'out'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^results\.ndjson: 1 scored question has no key in any record: l1 \("Leaders model service\."\); ignored keys: "l-one"; .*--allow-missing <ids\|all>$/m);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const accepted = runCli(['import', 'results.ndjson', '-q', 'pulse', '-o', 'out', '--allow-missing', 'l1'], { cwd: dir });
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toContain('results.ndjson: 1 response, 5 of 6 questions matched, 1 key ignored; not asked: l1 (--allow-missing)');
    expect(readFileSync(join(dir, 'out', 'results-line-1.yaml'), 'utf8')).not.toMatch(/^ {2}l1:/m);
  });

  it('needs a questionnaire (-q or the records\' own), and refuses --map, which names CSV columns', () => {
    const dir = folder({ 'results.ndjson': `${pulseRecord()}\n`, 'x.map.yaml': 'columns: {}\n' });
    const unnamed = runCli(['import', 'results.ndjson', '-o', 'out'], { cwd: dir });
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('results.ndjson:1:1: cannot tell which questionnaire these records answer: give --questionnaire <id>');
    const mapped = runCli(['import', 'results.ndjson', '-q', 'pulse', '--map', 'x.map.yaml', '-o', 'out'], { cwd: dir });
    expect(mapped.code).toBe(2);
    expect(mapped.stderr).toContain('--map names the columns of a CSV export; results.ndjson holds JSON records, whose keys are question ids');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a .json answer file (an object): import reads arrays of records', () => {
    const dir = folder({ 'owner.json': JSON.stringify({ questionnaire: 'pulse', answers: { l1: 4 } }) });
    const result = runCli(['import', 'owner.json', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('owner.json: must be an array of records, one object per respondent\n');
  });

  it('stops past 100,000 responses, naming the limit and what to do, and writes nothing', () => {
    const dir = folder({ 'big.ndjson': `${'{"p1":3}\n'.repeat(100_001)}` });
    const result = runCli(['import', 'big.ndjson', '-q', 'pulse', '-o', 'out', '--allow-missing', 'all'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('big.ndjson:100001:1: has more than 100000 responses, the most import writes at once');
    expect(result.stderr).toContain('split the file into parts of at most 100000 and import each, or give the whole file to team');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 30_000);
});
