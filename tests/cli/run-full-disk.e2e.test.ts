import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswerFile } from '../../src/load/answer-file.js';
import { eachQuestion } from '../../src/questionnaire/labels.js';
import { loadQuestionnaireFile } from '../../src/load/questionnaire.js';
import { cliPath, repoRoot } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable } from '../helpers/tmux.js';

// A disk that fills up during `run`: the answer that cannot be saved stops the run with where the
// earlier answers are and how to resume; the file still holds them, and no lock or temporary file
// is left. On a real, tiny tmpfs, so only where the tests may mount one (root); skipped otherwise.

const ids = [...eachQuestion(loadQuestionnaireFile(join(repoRoot, 'questionnaires/five-ways.yaml')).questionnaire)].map(({ question }) => question.id);
const mountPoint = mkdtempSync(join(tmpdir(), 'culture-audit-full-'));
const mounted = tmuxAvailable && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;
if (!mounted) console.log('run-full-disk: skipped, a tmpfs cannot be mounted here (the tests are not run as root)');
const terminal = new TmuxTerminal();
afterAll(() => {
  terminal.stop();
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
  rmdirSync(mountPoint);
});

/** Fills the file system holding `dir` to the last byte. */
function fillDisk(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(512);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!mounted)('run on a disk that fills up (tmpfs, tmux)', () => {
  it('stops with the resume hint and keeps every earlier answer', async () => {
    const pane = terminal.start(mountPoint, `node ${cliPath} run five-ways --anonymous --role owner --team hq -o a.yaml`);
    await pane.waitFor(`Question 1 of ${ids.length} `);
    pane.keys('2', 'Enter');
    await pane.waitFor(`Question 2 of ${ids.length} `);
    fillDisk(mountPoint);
    pane.keys('2', 'Enter');
    const screen = (await pane.waitFor('EXIT=2')).replace(/\s+/g, '');
    const expected = `culture-audit: could not save your last answer: the disk is full; your earlier answers are in a.yaml; free some space and resume with: node ${cliPath} run --resume a.yaml`;
    expect(screen).toContain(expected.replace(/\s+/g, ''));
    expect(screen).not.toContain('Error');
    const saved = loadAnswerFile(join(mountPoint, 'a.yaml'), { cwd: mountPoint, partial: true }).answerFile;
    expect(Object.keys(saved.answers ?? {})).toEqual(ids.slice(0, 1));
    expect(existsSync(join(mountPoint, 'a.yaml.lock'))).toBe(false);
    expect(readdirSync(mountPoint).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
