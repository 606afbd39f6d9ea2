import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareResume } from '../../../src/cli/actions/run-setup.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { fixturePath } from '../../helpers/scoring.js';

describe('resuming an answer file whose questionnaire has changed', () => {
  it('says so in lines that fit the terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culture-audit-'));
    // A hash that is not the questionnaire's: it changed since the run began.
    const file = join(dir, 'a.yaml');
    writeFileSync(file, `questionnaire: five-ways\nquestionnaireHash: sha256:${'0'.repeat(64)}\nstarted: 2026-11-20T10:00:00Z\nanswers:\n  promises-kept-on-time: Often\n`);
    const io = memoryIo(dir, 60);
    prepareResume(file, undefined, io, new Date('2026-11-21T10:00:00Z'));
    const lines = io.stderr().split('\n');
    expect(lines.join(' ')).toBe('Note: "five-ways" has changed since this run began; the answers still fit it and are kept.');
    for (const line of lines) expect(line.length).toBeLessThan(60);
  });
});

describe('resuming an answer file written for an earlier version of its questionnaire', () => {
  it('keeps the answers that still fit, asks again the ones left out, and drops removed questions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culture-audit-'));
    cpSync(fixturePath('version-change'), dir, { recursive: true });
    const io = memoryIo(dir, 200);
    const prepared = prepareResume('ann-v1.yaml', 'moved.yaml', io, new Date('2026-11-21T10:00:00Z'));
    // q1 and m1 still fit; q2 ("Often") no longer does and old-q is gone.
    expect(Object.keys(prepared.session.answers).sort()).toEqual(['m1', 'q1']);
    expect(prepared.session.items[prepared.session.index]?.question.id).toBe('q2');
    expect(io.stderr()).toBe('Note: "moved" has changed since this run began; answers that no longer fit it are left out, and their questions asked again where it still has them.');
  });
});
