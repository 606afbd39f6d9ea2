import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, repoRoot, tempDir } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable } from '../helpers/tmux.js';

// Keys typed ahead in one burst (a paste, fast typing while an answer is being saved) must land,
// in order, on the questions that follow, exactly as slow typing would: never lost, never shifted.

const fixture = join(repoRoot, 'tests/fixtures/interactive-run/questionnaires/eight-ratings.yaml');
const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-typeahead-');

describe.skipIf(!tmuxAvailable)('keys typed ahead in one burst', () => {
  it('answers eight ratings from one write of "4⏎7⏎10⏎2⏎5⏎8⏎0⏎3⏎", each on its own question', async () => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    const pane = terminal.start(cwd, `node ${cliPath} run ${fixture} -o a.yaml --anonymous --role owner --team hq --no-report`);
    await pane.waitFor('Question 1 of 9 ');
    // One write: tmux hands the whole string to the terminal at once.
    pane.type('4\r7\r10\r2\r5\r8\r0\r3\r');
    await pane.waitFor('Question 9 of 9 ');
    const saved = parse(readFileSync(join(cwd, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers).toEqual({ q1: 4, q2: 7, q3: 10, q4: 2, q5: 5, q6: 8, q7: 0, q8: 3 });
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
  });

  it('keeps keys typed while the previous answer is checked for the next question, through a burst that ends in a wrong answer', async () => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    const pane = terminal.start(cwd, `node ${cliPath} run ${fixture} -o b.yaml --anonymous --role owner --team hq --no-report`);
    await pane.waitFor('Question 1 of 9 ');
    // "11" is out of range: question 3 stays on screen with its message, and the keys after it
    // are typed into question 3's line, as they would be when typed slowly.
    pane.type('1\r2\r11\r');
    const screen = await pane.waitFor('Question 3 of 9 ');
    await pane.waitFor(/from 0 to 10/);
    expect(screen).not.toContain('Question 4 of 9');
    pane.keys('BSpace', 'BSpace');
    pane.type('9\r');
    await pane.waitFor('Question 4 of 9 ');
    const saved = parse(readFileSync(join(cwd, 'b.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers).toEqual({ q1: 1, q2: 2, q3: 9 });
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
  });

  it('drops the keys typed after an answer a question refuses, and says so, so none lands on the wrong question', async () => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    const pane = terminal.start(cwd, `node ${cliPath} run ${fixture} -o c.yaml --anonymous --role owner --team hq --no-report`);
    await pane.waitFor('Question 1 of 9 ');
    // "11" is refused; "4⏎5⏎" after it was meant for questions 4 and 5, not for question 3.
    pane.type('1\r2\r11\r4\r5\r');
    const screen = await pane.waitFor('4 keys typed ahead were ignored; answer this question again.');
    expect(screen).toContain('Question 3 of 9 ');
    pane.keys('BSpace', 'BSpace');
    pane.type('9\r');
    await pane.waitFor('Question 4 of 9 ');
    const saved = parse(readFileSync(join(cwd, 'c.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers).toEqual({ q1: 1, q2: 2, q3: 9 });
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
  });
});
