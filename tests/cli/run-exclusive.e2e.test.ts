import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, tempDir } from '../helpers/cli.js';
import { fixturePath } from '../helpers/scoring.js';
import { TmuxTerminal, tmuxAvailable } from '../helpers/tmux.js';

// Exclusive options in a real terminal: ticking "None of these" unticks what was ticked, on screen,
// ticking another option unticks it again, and the saved answer never holds it beside another.

const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-e2e-');

describe.skipIf(!tmuxAvailable)('exclusive options in run (tmux)', () => {
  it('untick the others as they are ticked, and are saved alone', async () => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    cpSync(fixturePath('exclusive-options', 'questionnaires'), join(cwd, 'questionnaires'), { recursive: true });
    const pane = terminal.start(cwd, `node ${cliPath} run questionnaires/exclusive.yaml --anonymous --role owner --team hq -o a.yaml`);

    const first = await pane.waitFor('Question 1 of 2');
    expect(first.replace(/\s+/g, ' ')).toContain('Ticking "None of these" or "Don\'t know" unticks the others.');
    pane.keys('1', '2');
    await pane.waitFor(/◉ Phone\n.*◉ Email/);
    pane.keys('4');
    const none = await pane.waitFor(/◯ Phone\n.*◯ Email\n.*◯ Chat\n.*◉ None of these/);
    expect(none).toContain('◯ Don\'t know');
    pane.keys('3');
    await pane.waitFor(/◉ Chat\n.*◯ None of these/);
    pane.keys('4', 'Enter');
    await pane.waitFor('Question 2 of 2');
    pane.keys('Enter');
    await pane.waitFor('Review your answers');
    pane.keys('Enter');
    await pane.waitFor('Finish anyway?');
    pane.keys('Enter');
    await pane.waitFor('EXIT=0');

    const saved = parse(readFileSync(join(cwd, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers.channels).toEqual(['None of these']);
  });
});
