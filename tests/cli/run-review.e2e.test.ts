import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, repoRoot, tempDir } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable, type TmuxPane } from '../helpers/tmux.js';

// The interview's rough edges in an 80×24 terminal: the resume banner fits, the review says what
// lies below its page, the bar and the review agree while an answer is changed from the review,
// and the cursor comes back to the question just changed.

const fixture = join(repoRoot, 'tests/fixtures/interactive-run/questionnaires/eight-ratings.yaml');
const terminal = new TmuxTerminal();
afterAll(() => terminal.stop());
const root = tempDir('culture-audit-review-');

/** The screen with wrapped lines joined, so a line wider than the terminal shows as one. */
function joinedScreen(pane: TmuxPane): string[] {
  const result = spawnSync('tmux', ['-S', terminal.socket, 'capture-pane', '-p', '-J', '-t', pane.name], { encoding: 'utf8' });
  return result.stdout.split('\n');
}

describe.skipIf(!tmuxAvailable)('the review and the resume banner in 80 columns', () => {
  it('fits the resume banner, shows what lies below, keeps bar and review in step and the cursor on the changed question', async () => {
    const cwd = mkdtempSync(join(root, 'ws-'));
    const file = 'answers-of-the-front-desk-team-at-the-north-store-2026-12.yaml';
    const first = terminal.start(cwd, `node ${cliPath} run ${fixture} -o ${file} --anonymous --role owner --team hq --no-report`);
    await first.waitFor('Question 1 of 9 ');
    first.type('1\r2\r');
    await first.waitFor('Question 3 of 9 ');
    first.keys('C-c');
    await first.waitFor('EXIT=130');

    const pane = terminal.start(cwd, `node ${cliPath} run ${fixture} --resume ${file}`);
    await pane.waitFor('Question 3 of 9 ');
    const banner = joinedScreen(pane).filter((line) => line.includes('Continuing') || line.includes('after every answer'));
    expect(banner.length).toBeGreaterThan(0);
    for (const line of joinedScreen(pane)) expect(line.length, line).toBeLessThanOrEqual(80);

    // q3..q8, then Enter skips the free-text question: the review.
    pane.type('3\r4\r5\r6\r7\r8\r\r');
    const review = await pane.waitFor('Review your answers');
    expect(review).toContain('8 of 9 answered · 1 open');
    expect(review).toMatch(/↓ \d+ more below/);

    // Down to the skipped free-text question, the last item, and open it.
    pane.keys(...Array<string>(10).fill('Down'));
    await pane.waitFor('❯ 2.1 ');
    pane.keys('Enter');
    const editing = await pane.waitFor('Question 9 of 9 ');
    expect(editing).toContain('8 of 9 answered · 1 open');
    expect(editing).not.toContain('9/9 done');
    pane.type('More staff at lunchtime\r');
    const back = await pane.waitFor('9 of 9 answered');
    expect(back).toContain('❯ 2.1 ');
    expect(back).not.toContain('❯ Finish');
    pane.keys('C-c');
    await pane.waitFor('EXIT=130');
    const saved = parse(readFileSync(join(cwd, file), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers.comment).toBe('More staff at lunchtime');
  });
});
