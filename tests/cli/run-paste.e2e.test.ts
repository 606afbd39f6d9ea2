import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, repoRoot, tempDir } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable, type TmuxPane } from '../helpers/tmux.js';

// A long paste into a free-text answer: input handling is linear in what is pasted (it was
// quadratic: 12,000 characters took 50 s, 100 KB never finished). No timing assertion: the
// test's ordinary timeout is the bound. Measured in tmux at 80×24, paste to screen, December 2026:
// before, 3,000 characters 4.2 s and 12,000 over 30 s; after, 3,000, 12,000 and 100 KB 0.10–0.11 s.

const fixture = join(repoRoot, 'tests/fixtures/interactive-run/questionnaires/eight-ratings.yaml');
const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-paste-');

/** Pastes `text` as a terminal does (too long for one send-keys): through a tmux paste buffer. */
function paste(pane: TmuxPane, cwd: string, text: string): void {
  const file = join(cwd, '.paste.txt');
  writeFileSync(file, text);
  for (const args of [['load-buffer', file], ['paste-buffer', '-d', '-t', pane.name]]) {
    const result = spawnSync('tmux', ['-S', terminal.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
  }
}

describe.skipIf(!tmuxAvailable)('a long paste into a free-text answer', () => {
  it('cuts a 100 KB paste at the length limit with a note, and saves the 10,000 characters kept', async () => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    const pane = terminal.start(cwd, `node ${cliPath} run ${fixture} -o a.yaml --anonymous --role owner --team hq --no-report`);
    await pane.waitFor('Question 1 of 9 ');
    pane.type('1\r2\r3\r4\r5\r6\r7\r8\r');
    await pane.waitFor('Question 9 of 9 ');
    const words = 'word '.repeat(20_000);
    paste(pane, cwd, words);
    await pane.waitFor('Pasted text was cut at 10,000 characters', 15_000);
    pane.keys('Enter');
    await pane.waitFor('Review your answers', 15_000);
    const saved = parse(readFileSync(join(cwd, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers.comment).toBe(words.slice(0, 10_000).trim());
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
  }, 40_000);
});
