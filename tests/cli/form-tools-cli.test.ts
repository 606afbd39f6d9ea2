import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const fixture = join(repoRoot, 'tests/fixtures/tool-exports');
// The exports answer five-ways version 1, kept beside them: these tests are of the readers, not the content.
const fiveWaysV1 = join(fixture, 'five-ways-v1.yaml');

interface AnswerFileData {
  respondent?: { role?: string; team?: string };
  completed?: string;
  answers?: Record<string, unknown>;
}

function answerFiles(folder: string): AnswerFileData[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(folder, name), 'utf8')) as AnswerFileData);
}

/** What each respondent said, whatever file or tool it came through: attributes and answers, each in one comparable string. */
function saidInFolder(folder: string): string[] {
  return answerFiles(folder)
    .map((data) => {
      const answers = Object.entries(data.answers ?? {}).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0));
      return JSON.stringify([data.respondent?.role, data.respondent?.team, Object.fromEntries(answers.sort(([a], [b]) => a.localeCompare(b)))]);
    })
    .sort();
}

/** The completion days in a folder, sorted. */
function datesInFolder(folder: string): string[] {
  return answerFiles(folder).flatMap((data) => (data.completed ? [String(data.completed)] : [])).sort();
}

describe('import from each survey tool', () => {
  // Tools that give the completion date with the day the answer files have (Tally, Typeform, Qualtrics, LimeSurvey
  // give their own submit times; the fixtures keep each respondent's day).
  const exports: [string, boolean][] = [
    ['google-forms.csv', true],
    ['google-forms-grid.csv', true],
    ['google-sheets.csv', true],
    ['microsoft-forms.csv', true],
    ['microsoft-forms.xlsx', true],
    ['surveymonkey.xlsx', true],
    ['surveymonkey.csv', true],
    ['qualtrics.csv', false],
    ['limesurvey-full.csv', false],
    ['typeform.csv', false],
    ['tally.csv', true],
  ];

  it.each(exports)('%s writes what the respondents said: the same attributes and answers as their answer files', (name, withDate) => {
    const out = tempDir();
    const result = runCli(['import', join(fixture, name), '-q', fiveWaysV1, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(saidInFolder(out)).toEqual(saidInFolder(join(fixture, 'answers')));
    // The unfinished r15 has no date in its answer file; a tool that exports it gives it one.
    if (withDate) expect(datesInFolder(out)).toEqual(expect.arrayContaining(datesInFolder(join(fixture, 'answers'))));
  });
});

describe('the summary line of each export', () => {
  it('names the tool, counts the unfinished responses, and says what was matched and left out', () => {
    const lines = ['qualtrics.csv', 'limesurvey-full.csv', 'typeform.csv', 'surveymonkey.csv', 'google-sheets.csv'].map((name) => {
      const result = runCli(['team', name, '-q', fiveWaysV1, '-o', join(tempDir(), 'team.md')], { cwd: fixture });
      expect(result.code, result.stderr).toBe(0);
      return result.stderr.split('\n')[0];
    });
    expect(lines).toEqual([
      'qualtrics.csv: Qualtrics export, 15 responses (1 unfinished), 25 of 25 questions matched, 14 columns ignored',
      'limesurvey-full.csv: LimeSurvey export, 15 responses (1 unfinished), 25 of 25 questions matched, 5 columns ignored',
      'typeform.csv: Typeform export, 15 responses (1 unfinished), 25 of 25 questions matched, 5 columns ignored',
      'surveymonkey.csv: SurveyMonkey export, 15 responses, 25 of 25 questions matched, 7 columns ignored',
      'google-sheets.csv: Google Forms export, 15 responses, 25 of 25 questions matched, 0 columns ignored',
    ]);
  });

  it('with --complete-only, leaves the unfinished responses out and says so', () => {
    const result = runCli(['team', 'qualtrics.csv', '-q', fiveWaysV1, '--complete-only', '--json', '-', '-o', join(tempDir(), 'team.md')], { cwd: fixture });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('qualtrics.csv: Qualtrics export, 14 responses (1 unfinished left out), 25 of 25 questions matched, 14 columns ignored');
    expect((JSON.parse(result.stdout.slice(0, result.stdout.lastIndexOf('}') + 1)) as { respondents: number }).respondents).toBe(14);
  });
});

describe('--from', () => {
  it('reads an export as the named tool, and says which tool a refused export was read as', () => {
    const result = runCli(['team', 'qualtrics.csv', '-q', fiveWaysV1, '--from', 'typeform', '-o', join(tempDir(), 'team.md')], { cwd: fixture });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(read as a Typeform export; --from <tool> reads it as another)');
  });

  it('takes only the tools it knows, and lists them', () => {
    const result = runCli(['team', 'tally.csv', '-q', fiveWaysV1, '--from', 'formstack']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('google-forms, microsoft-forms, surveymonkey, qualtrics, limesurvey, typeform, tally, csv');
  });
});

describe('completion dates in metadata columns', () => {
  it("are read month-first where the tool writes them so, and date the team as the answer files do", () => {
    const dates = (input: string) => {
      const result = runCli(['team', input, '-q', fiveWaysV1, '--json', '-', '-o', join(tempDir(), 'team.md')], { cwd: fixture });
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout.slice(0, result.stdout.lastIndexOf('}') + 1)) as { completed: unknown }).completed;
    };
    // The unfinished r15 has no date in its answer file; the tools that export it give it one, so compare the first day only.
    const first = (value: unknown) => (value as { first: string }).first;
    for (const name of ['google-sheets.csv', 'microsoft-forms.csv', 'surveymonkey.csv']) expect(first(dates(name)), name).toBe(first(dates('answers')));
  });
});

describe('an export whose extra header rows were deleted by hand', () => {
  /** The export with these lines (0-based) left out, in a folder of its own. */
  function without(name: string, lines: number[]): string {
    const dir = tempDir();
    const kept = readFileSync(join(fixture, name), 'utf8').split('\n').filter((_, i) => !lines.includes(i));
    writeFileSync(join(dir, name), kept.join('\n'));
    return dir;
  }

  it.each([
    ['surveymonkey.csv', [1]],
    ['qualtrics.csv', [1, 2]],
  ])('%s is refused, never read with its first respondent as a header or its options as one answer', (name, lines) => {
    const dir = without(name, lines);
    const result = runCli(['team', name, '-q', fiveWaysV1, '-o', 'team.md'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(existsSync(join(dir, 'team.md'))).toBe(false);
  });
});
