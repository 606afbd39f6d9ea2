import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswerFile } from '../../src/load/answer-file.js';
import { eachQuestion } from '../../src/questionnaire/labels.js';
import { loadQuestionnaireFile } from '../../src/load/questionnaire.js';
import { cliPath, repoRoot, tempDir } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable, type TmuxPane } from '../helpers/tmux.js';

// One writer per answer file: a second `run --resume` on a file another run is answering is refused
// at once and writes nothing; a lock left by a run that died on this machine is taken over; one
// from another machine is not.

const { questionnaire } = loadQuestionnaireFile(join(repoRoot, 'questionnaires/five-ways.yaml'));
const ids = [...eachQuestion(questionnaire)].map(({ question }) => question.id);
const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-lock-');
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** Answers question n (a scale) with its second option and waits for the next one. */
async function answerScale(pane: TmuxPane, n: number): Promise<void> {
  await pane.waitFor(`Question ${n} of ${ids.length} `);
  pane.keys('2', 'Enter');
  await pane.waitFor(`Question ${n + 1} of ${ids.length} `);
}

/** A folder with a.yaml holding the first answer, from a run stopped with Ctrl+C. */
async function startedFile(): Promise<string> {
  const cwd = mkdtempSync(join(root, 'ws-'));
  const pane = terminal.start(cwd, `node ${cliPath} run five-ways --anonymous --role owner --team hq -o a.yaml`);
  await answerScale(pane, 1);
  pane.keys('C-c');
  await pane.waitFor('EXIT=130');
  return cwd;
}

const savedIds = (cwd: string) => Object.keys(loadAnswerFile(join(cwd, 'a.yaml'), { cwd, partial: true }).answerFile.answers ?? {});

describe.skipIf(!tmuxAvailable)('one run per answer file (tmux)', () => {
  it('refuses a second run --resume on a file being answered, naming the run that holds it; the first keeps its answers', async () => {
    const cwd = await startedFile();
    const holder = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    await answerScale(holder, 2);
    const lock = JSON.parse(readFileSync(join(cwd, 'a.yaml.lock'), 'utf8')) as { pid: number; host: string; started: string };
    expect(lock).toMatchObject({ pid: holder.pid(), host: hostname() });

    const second = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    const refused = await second.waitFor('EXIT=2');
    const time = new Date(lock.started).toTimeString().slice(0, 5);
    expect(squeezed(refused)).toContain(
      squeezed(`culture-audit: a.yaml is being answered in another culture-audit run (pid ${holder.pid()} on ${hostname()}, since ${time}); finish or stop that one first`),
    );
    expect(savedIds(cwd)).toEqual(ids.slice(0, 2));

    // The first run goes on undisturbed: its next answer lands next to its earlier ones.
    await answerScale(holder, 3);
    holder.keys('C-c');
    await holder.waitFor('EXIT=130');
    expect(savedIds(cwd)).toEqual(ids.slice(0, 3));
    expect(existsSync(join(cwd, 'a.yaml.lock'))).toBe(false);
  });

  it('lets exactly one of two run --resume started together write, round after round', async () => {
    const cwd = await startedFile();
    for (let round = 0; round < 4; round++) {
      const panes = [0, 1].map(() => terminal.start(cwd, `node ${cliPath} run --resume a.yaml`));
      const outcomes = await Promise.all(
        panes.map((pane) => pane.waitFor(/Question 2 of|EXIT=2/).then((screen) => (screen.includes('EXIT=2') ? 'refused' : 'runs'))),
      );
      expect([...outcomes].sort(), `round ${round}`).toEqual(['refused', 'runs']);
      const runner = panes[outcomes.indexOf('runs')]!;
      runner.keys('C-c');
      await runner.waitFor('EXIT=130');
      expect(existsSync(join(cwd, 'a.yaml.lock'))).toBe(false);
    }
    expect(savedIds(cwd)).toEqual(ids.slice(0, 1));
  });

  it('refuses a new run with --force on a file another run is answering, and a lock it cannot read', async () => {
    const cwd = await startedFile();
    const holder = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    await holder.waitFor(`Question 2 of ${ids.length} `);
    const forced = terminal.start(cwd, `node ${cliPath} run five-ways --anonymous --role owner --team hq -o a.yaml --force`);
    expect(squeezed(await forced.waitFor('EXIT=2'))).toContain(squeezed('a.yaml is being answered in another culture-audit run'));
    holder.keys('C-c');
    await holder.waitFor('EXIT=130');
    expect(savedIds(cwd)).toEqual(ids.slice(0, 1));

    writeFileSync(join(cwd, 'a.yaml.lock'), '');
    const damaged = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    expect(squeezed(await damaged.waitFor('EXIT=2'))).toContain(
      squeezed('a.yaml is locked by a.yaml.lock, which does not say who holds it; if no culture-audit run is answering it, delete a.yaml.lock and try again'),
    );
  });

  it('takes over a lock left by a run that died on this machine, and says so', async () => {
    const cwd = await startedFile();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(cwd, 'a.yaml.lock'), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), started: '2026-01-02T03:04:05.000Z' }));
    const pane = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    const screen = await pane.waitFor(`Question 2 of ${ids.length} `);
    expect(squeezed(screen)).toContain(squeezed(`Note: a.yaml was still locked by a run that has ended (pid ${dead.stdout} on ${hostname()}`));
    expect(squeezed(screen)).toContain(squeezed('this run takes it over.'));
    await answerScale(pane, 2);
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
    expect(savedIds(cwd)).toEqual(ids.slice(0, 2));
    expect(existsSync(join(cwd, 'a.yaml.lock'))).toBe(false);
  });

  it('never takes over a lock from another machine: it says to delete the lock file', async () => {
    const cwd = await startedFile();
    const lock = JSON.stringify({ pid: 4242, host: 'elsewhere.example', started: '2026-01-02T12:00:00.000Z' });
    writeFileSync(join(cwd, 'a.yaml.lock'), lock);
    const pane = terminal.start(cwd, `node ${cliPath} run --resume a.yaml`);
    const screen = await pane.waitFor('EXIT=2');
    expect(squeezed(screen)).toContain(squeezed('(pid 4242 on elsewhere.example, since 2026-01-02'));
    expect(squeezed(screen)).toContain(squeezed('finish or stop that one first, or, if it no longer runs, delete a.yaml.lock and try again'));
    expect(readFileSync(join(cwd, 'a.yaml.lock'), 'utf8')).toBe(lock);
    expect(savedIds(cwd)).toEqual(ids.slice(0, 1));
  });
});
