import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswerFile } from '../../src/load/answer-file.js';
import { eachQuestion } from '../../src/questionnaire/labels.js';
import { loadQuestionnaireFile } from '../../src/load/questionnaire.js';
import { cliPath, repoRoot, tempDir } from '../helpers/cli.js';
import { TmuxPane, TmuxTerminal, tmuxAvailable } from '../helpers/tmux.js';

// SIGHUP, SIGTERM and a terminal that goes away end `run` as Ctrl+C does: "Stopped", the resume
// command, exit 130, no stack trace, every answer given kept, the lock removed.

const { questionnaire } = loadQuestionnaireFile(join(repoRoot, 'questionnaires/five-ways.yaml'));
const [first, second] = [...eachQuestion(questionnaire)].map(({ question }) => question.id);
const count = [...eachQuestion(questionnaire)].length;
const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-signals-');
const RUN = `run five-ways --anonymous --role owner --team hq`;

/** Answers the first two questions (both scales) with their second option. */
async function answerTwo(pane: TmuxPane): Promise<void> {
  for (const n of [1, 2]) {
    await pane.waitFor(`Question ${n} of ${count} `);
    pane.keys('2', 'Enter');
  }
  await pane.waitFor(`Question 3 of ${count} `);
}

/** Text with line wraps and spacing taken out, as a wrapped terminal line is compared. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

function expectTwoAnswersKept(cwd: string, file: string): void {
  const saved = loadAnswerFile(join(cwd, file), { cwd, partial: true }).answerFile;
  expect(Object.keys(saved.answers ?? {})).toEqual([first, second]);
  expect(existsSync(join(cwd, `${file}.lock`)), 'the lock is removed').toBe(false);
}

describe.skipIf(!tmuxAvailable)('run stopped by a signal or a vanished terminal (tmux)', () => {
  it.each(['SIGHUP', 'SIGTERM'] as const)('%s stops with the message, the resume command and exit 130', async (signal) => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    const pane = terminal.start(cwd, `node ${cliPath} ${RUN} -o s.yaml`);
    await answerTwo(pane);
    process.kill(pane.pid(), signal);
    const screen = await pane.waitFor('EXIT=130');
    expect(screen).toContain('Stopped. 2 answers are saved in s.yaml.');
    // Started with node directly, so that is the command to paste.
    expect(squeezed(screen)).toContain(squeezed(`node ${cliPath} run --resume s.yaml`));
    expect(screen).not.toMatch(/Error|\s at /);
    expectTwoAnswersKept(cwd, 's.yaml');
  });

  it.each([
    ['its messages redirected to a file', ' 2> err.txt'],
    ['everything on that terminal', ''],
  ])('a terminal that vanishes (its tmux session killed), %s, stops with exit 130 and no stack trace', async (_, redirect) => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    // The shell that owns the terminal outlives the hang-up to record the CLI's exit code and what
    // it printed (a shell that died of the hang-up would hang the CLI up a second time as it exits).
    const script = `sh -c 'trap "" HUP; node ${cliPath} ${RUN} -o v.yaml${redirect}; echo $? > code.txt'`;
    const pane = ownTerminal(cwd, `vanish${redirect ? 1 : 2}`, script);
    await answerTwo(pane);
    spawnSync('tmux', ['-S', terminal.socket, 'kill-session', '-t', pane.name]);
    const code = await fileContent(join(cwd, 'code.txt'));
    const stderr = redirect ? readFileSync(join(cwd, 'err.txt'), 'utf8') : '';
    expect(code.trim(), stderr).toBe('130');
    if (redirect) expect(stderr).toContain('Stopped. 2 answers are saved in v.yaml.');
    expect(stderr).not.toMatch(/EIO|Error|Assertion|\s at /);
    expectTwoAnswersKept(cwd, 'v.yaml');
  });
});

/** A terminal whose first process is `script`, on the test's tmux server. */
function ownTerminal(cwd: string, name: string, script: string): TmuxPane {
  const tmux = (args: string[]) => spawnSync('tmux', ['-S', terminal.socket, ...args], { encoding: 'utf8' }).stdout;
  tmux(['new-session', '-d', '-s', name, '-x', '80', '-y', '24', '-c', cwd, script]);
  return new TmuxPane(name, join(cwd, 'no-pid'), tmux);
}

/** A file's content once it has some (polling, up to 8 s). */
async function fileContent(path: string): Promise<string> {
  const deadline = Date.now() + 8000;
  while (!existsSync(path) || readFileSync(path, 'utf8') === '') {
    if (Date.now() > deadline) throw new Error(`${path} never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readFileSync(path, 'utf8');
}
