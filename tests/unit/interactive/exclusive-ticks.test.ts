import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runRun } from '../../../src/cli/actions/run.js';
import { resultToRecorded } from '../../../src/interactive/question-view.js';
import { toggleTick } from '../../../src/interactive/tick-list.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { tempDir } from '../../helpers/cli.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { answer, ask, FINISH, review, scriptedPrompter, SKIP } from '../../helpers/scripted-prompter.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/exclusive-options');
const { questionnaire } = loadQuestionnaireFile(join(FIXTURE, 'questionnaires/exclusive.yaml'));
const channels = questionnaire.sections[0]!.questions[0]!;

/** Phone, Email, None (exclusive), Don't know (exclusive), as the list holds them; `ticked` by index. */
function items(...ticked: number[]) {
  return [false, false, true, true].map((exclusive, i) => ({ name: String(i), exclusive, checked: ticked.includes(i) }));
}
const tickedOf = (list: ReturnType<typeof items>) => list.flatMap((item, i) => (item.checked ? [i] : []));

describe('ticking beside exclusive options', () => {
  it.each([
    ['an ordinary option beside another', [0], 1, [0, 1]],
    ['an exclusive option: the others go', [0, 1], 2, [2]],
    ['another exclusive option: the first goes', [2], 3, [3]],
    ['an ordinary option: the exclusive one goes', [3], 0, [0]],
    ['unticking: nothing else changes', [0, 1], 1, [0]],
    ['unticking an exclusive option leaves nothing', [2], 2, []],
  ])('%s', (_name, before, index, after) => {
    expect(tickedOf(toggleTick(items(...before), index))).toEqual(after);
  });

  it('a prompt can never record an exclusive option beside another', () => {
    expect(() => resultToRecorded(channels, { kind: 'answer', raw: ['Phone', 'None of these'] }, questionnaire)).toThrow(
      /"None of these" cannot be ticked together with other options/,
    );
    expect(resultToRecorded(channels, { kind: 'answer', raw: ['None of these'] }, questionnaire)).toEqual({ kind: 'multi', indices: [3] });
  });

  it('run saves an exclusive option on its own', async () => {
    const cwd = mkdtempSync(join(tempDir('culture-audit-run-'), 'ws-'));
    cpSync(join(FIXTURE, 'questionnaires'), join(cwd, 'questionnaires'), { recursive: true });
    const prompter = scriptedPrompter([ask('channels', answer(["Don't know"])), ask('comment', SKIP), review(FINISH), { confirm: true }]);
    const io = memoryIo(cwd);
    const code = await runRun('exclusive', { anonymous: true, role: 'owner', team: 'hq', output: 'a.yaml' }, io, { prompter, stdinIsTTY: true, now: () => new Date('2026-12-07T10:00:00Z') });
    expect(code).toBe(0);
    expect(prompter.remaining()).toBe(0);
    const saved = parse(readFileSync(join(cwd, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers.channels).toEqual(["Don't know"]);
  });
});
