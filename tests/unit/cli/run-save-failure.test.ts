import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRun } from '../../../src/cli/actions/run.js';
import { loadAnswerFile } from '../../../src/load/answer-file.js';
import { writeFileAtomic } from '../../../src/write/write-files.js';
import { cannotWrite } from '../../../src/write/target.js';
import { tempDir } from '../../helpers/cli.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { answer, ask, scriptedPrompter } from '../../helpers/scripted-prompter.js';

// A save that fails mid-run (a full disk): the run stops with where the earlier answers are and how
// to resume; the answer file, written atomically, still holds them; the lock is gone.

const FIXTURE = join(import.meta.dirname, '../../fixtures/interactive-run');
const root = tempDir('culture-audit-save-');

function workspace(): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  cpSync(join(FIXTURE, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
  return dir;
}

const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Saves as `run` does until `failAt` saves have happened, then fails as the file system would. */
function failingSave(failAt: number, error: NodeJS.ErrnoException) {
  let saves = 0;
  return (path: string, text: string) => {
    if (++saves > failAt) throw cannotWrite('a.yaml', error);
    writeFileAtomic(path, text, { force: true });
  };
}

describe('run: a save that fails', () => {
  it('on a full disk says the earlier answers are kept and how to resume', async () => {
    const cwd = workspace();
    const io = memoryIo(cwd);
    // Save 1: the file before the first question; 2 and 3: two answers; 4 fails.
    const prompter = scriptedPrompter([ask('agree', answer('Agree')), ask('pick', answer('Same day')), ask('yes-or-no', answer('yes'))]);
    const deps = { prompter, stdinIsTTY: true, saveFile: failingSave(3, diskFull), command: 'npx culture-audit' };
    await expect(runRun('all-types', { anonymous: true, role: 'r', team: 't', output: 'a.yaml' }, io, deps)).rejects.toThrow(
      'could not save your last answer: the disk is full; your earlier answers are in a.yaml; ' +
        'free some space and resume with: npx culture-audit run --resume a.yaml',
    );
    expect(loadAnswerFile(join(cwd, 'a.yaml'), { cwd, partial: true }).answerFile.answers).toEqual({ agree: 'Agree', pick: 'Same day' });
    expect(readdirSync(cwd).sort()).toEqual(['a.yaml', 'questionnaires']);
  });

  it('names another cause as the file system gave it', async () => {
    const cwd = workspace();
    const prompter = scriptedPrompter([ask('agree', answer('Agree'))]);
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const deps = { prompter, stdinIsTTY: true, saveFile: failingSave(1, denied) };
    await expect(runRun('all-types', { anonymous: true, role: 'r', team: 't', output: 'a.yaml' }, memoryIo(cwd), deps)).rejects.toThrow(
      'could not save your last answer: permission denied; your earlier answers are in a.yaml; fix that and resume with: culture-audit run --resume a.yaml',
    );
  });
});
