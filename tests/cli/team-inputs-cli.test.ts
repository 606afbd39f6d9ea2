import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// `team answers/` on the README's layout: answer files, a form export and its mapping file in one
// folder. examples/team/form-export.csv holds the answers of front-line-01..06.yaml.
const team = join(repoRoot, 'examples', 'team');
const exportedAsRows = ['01', '02', '03', '04', '05', '06'].map((n) => `front-line-${n}.yaml`);

interface TeamJson {
  respondents: number;
  sections: { id: string; n: number; mean: number }[];
}

/** answers/ with the sample's answer files, except the six the export holds, then the export and its mapping file. */
function readmeLayout(): string {
  const cwd = tempDir();
  const answers = join(cwd, 'answers');
  mkdirSync(answers);
  for (const name of readdirSync(join(team, 'answers')).filter((name) => !exportedAsRows.includes(name))) copyFileSync(join(team, 'answers', name), join(answers, name));
  copyFileSync(join(team, 'form-export.csv'), join(answers, 'export.csv'));
  copyFileSync(join(team, 'form-export.map.yaml'), join(answers, 'export.map.yaml'));
  return cwd;
}

function teamJson(args: string[], cwd: string): { code: number | null; stderr: string; json?: TeamJson } {
  const result = runCli(['team', ...args, '-o', 'team.md', '--json', 'team.json'], { cwd });
  return { code: result.code, stderr: result.stderr, json: result.code === 0 ? (JSON.parse(readFileSync(join(cwd, 'team.json'), 'utf8')) as TeamJson) : undefined };
}

describe('team <folder> with a form export and its mapping file in it', () => {
  const fromAnswerFiles = teamJson([join(team, 'answers')], tempDir()).json;

  it('counts the export\'s respondents as the same people\'s answer files, and says it skipped the mapping file', () => {
    const cwd = readmeLayout();
    const result = teamJson(['answers/'], cwd);
    expect(result.stderr).toContain('skipped 1 mapping file and 0 questionnaire files in answers/ (not answer files)\n');
    expect(result.code).toBe(0);
    expect(result.json?.respondents).toBe(20);
    expect(result.json?.respondents).toBe(fromAnswerFiles?.respondents);
    for (const [i, section] of (result.json?.sections ?? []).entries()) {
      expect(section.n).toBe(fromAnswerFiles?.sections[i]?.n);
      expect(section.mean).toBeCloseTo(fromAnswerFiles?.sections[i]?.mean ?? NaN, 9);
    }
  });

  it('skips a questionnaire in the folder, with the note', () => {
    const cwd = readmeLayout();
    copyFileSync(join(repoRoot, 'questionnaires', 'service-culture.yaml'), join(cwd, 'answers', 'service-culture.yaml'));
    const result = teamJson(['answers'], cwd);
    expect(result.stderr).toContain('skipped 1 mapping file and 1 questionnaire file in answers (not answer files)\n');
    expect(result.json?.respondents).toBe(20);
  });

  it('reads an explicit --map instead of the sibling mapping file', () => {
    const cwd = readmeLayout();
    writeFileSync(join(cwd, 'answers', 'export.map.yaml'), 'columns:\n  Your role: { attribute: [not, a, name] }\n');
    const withSibling = teamJson(['answers/export.csv', '-q', 'service-culture'], cwd);
    expect(withSibling.code).toBe(2);
    expect(withSibling.stderr).toMatch(/answers\/export\.map\.yaml:2:\d+ columns\["Your role"\]: attribute must be text/);
    const withMap = teamJson(['answers/export.csv', '-q', 'service-culture', '--map', join(team, 'form-export.map.yaml')], cwd);
    expect(withMap.stderr).not.toContain('export.map.yaml');
    expect(withMap.code).toBe(0);
    expect(withMap.json?.respondents).toBe(6);
  });

  it('fails on a mapping file named as it is, as on any file that is not an answer file', () => {
    const cwd = readmeLayout();
    const result = teamJson(['answers', 'answers/export.map.yaml'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/answers\/export\.map\.yaml:4:1 columns: unknown field "columns"/);
    expect(result.stderr).not.toContain('skipped');
  });
});

describe('import with a mapping file beside the export', () => {
  it('reads it without --map or -q', () => {
    const cwd = readmeLayout();
    const result = runCli(['import', 'answers/export.csv', '-o', 'imported'], { cwd });
    expect(result.stderr).toBe(`${join('answers', 'export.csv')}: Google Forms export, 6 responses, 38 of 38 questions matched, 1 column ignored\n`);
    expect(result.code).toBe(0);
    expect(readdirSync(join(cwd, 'imported'))).toHaveLength(6);
  });
});
