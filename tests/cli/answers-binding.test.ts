import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/scoring.js';
import { runCli, tempDir } from '../helpers/cli.js';

// An answer file records its questionnaire's content hash (template writes it, and so will
// run). Scored against a changed questionnaire it warns; an answer to a question that is gone
// is skipped with a warning that says the questionnaire changed.

const WARNING = /^culture-audit: warning: answers\.yaml:\d+:\d+ questionnaireHash: "mini" has changed since these answers were written \(its content hash differs\); they are scored against the current questions, so check that each answer still fits its question$/;

describe('answers bound to their questionnaire', () => {
  let cwd: string;
  const questionnaire = () => join(cwd, 'questionnaires', 'mini.yaml');
  const editQuestionnaire = (from: string, to: string) => writeFileSync(questionnaire(), readFileSync(questionnaire(), 'utf8').replace(from, to));
  const run = (...args: string[]) => runCli(args, { cwd });

  beforeEach(() => {
    cwd = tempDir();
    mkdirSync(join(cwd, 'questionnaires'));
    copyFileSync(fixturePath('scoring', 'mini.yaml'), questionnaire());
    expect(run('template', 'mini', '-o', 'blank.yaml').code).toBe(0);
    const file = parse(readFileSync(join(cwd, 'blank.yaml'), 'utf8')) as Record<string, unknown>;
    expect(file.questionnaireHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    writeFileSync(join(cwd, 'answers.yaml'), stringify({ ...file, answers: { l1: 4, l2: 'Disagree', c1: 'Sometimes', g1: 'Yes' } }));
  });

  it('scores without a word when the questionnaire is unchanged', () => {
    const result = run('score', 'answers.yaml');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('warns on stderr from score, report and validate when the questionnaire changed, and goes on', () => {
    editQuestionnaire('We answer quickly.', 'We answer quickly and well.');
    for (const args of [['score', 'answers.yaml'], ['report', 'answers.yaml', '-o', '-'], ['validate', 'answers.yaml']]) {
      const result = run(...args);
      expect(result.code).toBe(0);
      expect(result.stderr.trim()).toMatch(WARNING);
      expect(result.stdout).not.toBe('');
    }
  });

  it('skips an answer to a question the changed questionnaire no longer has, with a warning saying why', () => {
    editQuestionnaire('      - { id: l2, text: We argue with customers., type: likert, scale: agree, reverse: true }\n', '');
    const result = run('score', 'answers.yaml');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(WARNING);
    expect(lines[1]).toMatch(
      /^culture-audit: warning: answers\.yaml:\d+:\d+ answers: answers to a question the questionnaire no longer has are skipped: "l2"; "mini" has changed since these answers were written \(questionnaireHash differs\)$/,
    );
  });

  it('never lets an answer file make the tool open another file by naming it as its questionnaire', () => {
    writeFileSync(join(cwd, 'secret.yaml'), 'id: x\nscales: { s: [password-1, password-1] }\n');
    writeFileSync(join(cwd, 'answers.yaml'), 'questionnaire: ./secret.yaml\nanswers: {}\n');
    const result = run('score', 'answers.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'answers.yaml:1:16 questionnaire: must be a questionnaire id (letters, digits, "-", "_" or "."); to use a questionnaire file, give its path with --questionnaire',
    );
  });

  it('says only "unknown question id" for a hand-written file without a hash', () => {
    const file = parse(readFileSync(join(cwd, 'answers.yaml'), 'utf8')) as Record<string, unknown>;
    delete file.questionnaireHash;
    writeFileSync(join(cwd, 'answers.yaml'), stringify(file));
    editQuestionnaire('      - { id: l2, text: We argue with customers., type: likert, scale: agree, reverse: true }\n', '');
    const result = run('score', 'answers.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/answers\.l2: unknown question id "l2" \(did you mean "l1"\?\)$/);
  });
});
