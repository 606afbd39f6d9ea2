import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswerFile } from '../../src/load/answer-file.js';
import { answerLabels, eachQuestion } from '../../src/questionnaire/labels.js';
import { loadQuestionnaireFile } from '../../src/load/questionnaire.js';
import type { Question } from '../../src/questionnaire/schema.js';
import { cliPath, repoRoot, tempDir } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable, type TmuxPane } from '../helpers/tmux.js';

// The built CLI in a real terminal, keystroke by keystroke: a whole built-in questionnaire with
// one "back", then a second run killed with SIGKILL mid-way and resumed. `.ci/run` installs tmux.

const { questionnaire } = loadQuestionnaireFile(join(repoRoot, 'questionnaires/five-ways.yaml'));
const questions = [...eachQuestion(questionnaire)].map(({ question }) => question);
const count = questions.length;
const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-e2e-');
/** A fresh working folder for one run. */
const workspace = () => mkdtempSync(join(root, 'ws-'));

/** Answers the question on screen with keys that suit its type, then waits for the next screen. */
async function answer(pane: TmuxPane, question: Question, n: number): Promise<void> {
  await pane.waitFor(`Question ${n} of ${count} `);
  if (question.type === 'rating') pane.type(String(question.max));
  if (question.type === 'text') pane.type(`answer ${n}`);
  if (question.type === 'likert' || question.type === 'choice') pane.keys('2');
  pane.keys('Enter');
  await pane.waitFor(n === count ? 'Review your answers' : `Question ${n + 1} of ${count} `);
}

/** The number of the "← Back" choice: after the labels, Not applicable and Skip. */
function backChoice(question: Question): number {
  return answerLabels(question, questionnaire).length + (question.allowNA ? 1 : 0) + (question.required ? 0 : 1) + 1;
}

describe.skipIf(!tmuxAvailable)('run in a real terminal (tmux)', () => {
  it('answers five-ways with keystrokes, goes back once, survives SIGKILL and resumes to the results and report', async () => {
    const cwd = workspace();
    const command = `node ${cliPath} run five-ways -o a.yaml --respondent Test --role manager --team x`;
    const first = terminal.start(cwd, command);

    await answer(first, questions[0]!, 1);
    first.keys(String(backChoice(questions[1]!)), 'Enter');
    const again = await first.waitFor(`Question 1 of ${count} `);
    expect(again).toContain('❯ 2. Rarely'); // five-ways v2 asks question 1 on the frequency scale
    for (let i = 0; i < 12; i++) await answer(first, questions[i]!, i + 1);

    // Killed at question 13: the twelve answers before it are on disk.
    process.kill(first.pid(), 'SIGKILL');
    await first.waitFor('EXIT=137');
    const partial = loadAnswerFile(join(cwd, 'a.yaml'), { cwd, partial: true }).answerFile;
    expect(Object.keys(partial.answers ?? {})).toEqual(questions.slice(0, 12).map((q) => q.id));

    const second = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    await second.waitFor(`Question 13 of ${count} `);
    for (let i = 12; i < count; i++) await answer(second, questions[i]!, i + 1);
    second.keys('Enter');
    const results = await second.waitFor('EXIT=0');
    expect(results).toMatch(/Overall \d+\.\d /);
    expect(results).toContain('Report:  reports/five-ways-test.md');

    const final = loadAnswerFile(join(cwd, 'a.yaml'), { cwd });
    expect(final.answerFile.respondent).toEqual({ name: 'Test', role: 'manager', team: 'x' });
    expect(final.answerFile.completed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(final.response.answers)).toHaveLength(count);
    expect(final.answerFile.answers?.['promises-kept-on-time']).toBe('Rarely');
    expect(final.answerFile.answers?.['jobs-right-first-time']).toBe(10);
    expect(final.answerFile.answers?.['need-nobody-meets-yet']).toBe(`answer ${count}`);
    const report = join(cwd, 'reports/five-ways-test.md');
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('- **Respondent:** Test (manager, x)');
  });

  it('Ctrl+C stops with exit 130 and prints the resume command', async () => {
    const cwd = workspace();
    const pane = terminal.start(cwd, `node ${cliPath} run five-ways --anonymous --role owner --team hq -o b.yaml`);
    await answer(pane, questions[0]!, 1);
    expect(pane.screen({ escapes: true })).toMatch(SGR);
    pane.keys('C-c');
    const screen = await pane.waitFor('EXIT=130');
    expect(screen).toContain('Stopped. 1 answer is saved in b.yaml.');
    // Started as `node <path>/bin/culture-audit.js`, so that is what the command to paste starts with.
    expect(screen.replace(/\s+/g, '')).toContain(`node${cliPath}run--resumeb.yaml`);
  });

  it.each([
    ['NO_COLOR', '', { NO_COLOR: '1' }],
    ['--no-color', ' --no-color', {}],
  ])('draws without colour under %s', async (_, flag, env) => {
    const cwd = workspace();
    const pane = terminal.start(cwd, `node ${cliPath}${flag} run five-ways --anonymous --role owner --team hq -o c.yaml`, env);
    await pane.waitFor(`Question 1 of ${count} `);
    expect(pane.screen({ escapes: true })).not.toMatch(SGR);
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
  });
});

/** A colour or text-style escape sequence. */
const SGR = /\u001b\[[0-9;]*m/;
