import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rawAnswersWith, rawQuestionnaireWith } from '../helpers/hostile-questionnaire.js';
import { runCli, tempDir, type CliResult } from '../helpers/cli.js';

// The injection corpus through the built CLI: terminal output (show, score, list, validate's
// messages) and the report on stdout carry no control character, whatever the files hold.
// Each string packs several attacks, within the 200-character label limit.

const ATTACKS = [
  '\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u009b2J bell\u0007 cr\rlf',
  '\u202eevil\u202c <script>alert(1)</script> | a | # h \u2066iso\u2069',
  'nul\u0000 \u001b]0;title\u0007 tab\there \u001b[2J\u001b[H\u001bc reset',
];
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const cwd = tempDir();
mkdirSync(join(cwd, 'questionnaires'));
const files = ATTACKS.map((attack, i) => {
  const id = `hostile-${i}`;
  writeFileSync(join(cwd, 'questionnaires', `${id}.yaml`), stringify({ ...rawQuestionnaireWith(attack), id }));
  const answers = join(cwd, `answers-${i}.yaml`);
  const respondent = { id: attack, name: attack, role: attack, team: attack, site: attack };
  writeFileSync(answers, stringify({ questionnaire: id, respondent, completed: '2026-11-20', answers: rawAnswersWith(attack) }));
  return { id, answers };
});

function expectInert(result: CliResult): void {
  expect(result.stdout + result.stderr).not.toMatch(CONTROL);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('hostile text through the CLI', () => {
  it.each(files.map((f, i) => [i, f] as const))('attack %i: show, score and report print no control character', (_i, { id, answers }) => {
    for (const args of [['show', id], ['score', answers], ['score', answers, '--json'], ['report', answers, '-o', '-']]) {
      const result = runCli(args, { cwd });
      expect(result.code).toBe(0);
      expectInert(result);
    }
  });

  it('list prints the hostile titles inert', () => {
    const result = runCli(['list'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('hostile-0');
    expectInert(result);
  });

  it("validate's messages quote hostile keys, values and file names inert", () => {
    const answers = join(cwd, `named\u001b[31m-red\u0007.yaml`);
    writeFileSync(answers, stringify({ questionnaire: 'hostile-0', answers: { [ATTACKS[0] as string]: 1, a1: ATTACKS[2], b3: ATTACKS[1] } }));
    const field = join(cwd, 'field.yaml');
    writeFileSync(field, stringify({ questionnaire: 'hostile-0', [`\u001b]0;x\u0007`]: 1 }));
    const result = runCli(['validate', answers, field], { cwd });
    expect(result.code).toBe(2);
    expectInert(result);
    expect(result.stderr).toContain('answers["\\u001b[31mred\\u001b[0m');
    expect(result.stderr).toContain(': unknown question id "\\u001b[31mred');
    expect(result.stderr).toContain('a1: must be a scale position 1..4 or one of');
    expect(result.stderr).toContain('["\\u001b]0;x\\u0007"]: unknown field "\\u001b]0;x\\u0007"');
  });
});
