import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamCommand } from '../../src/cli/actions/team.js';
import { repoRoot, tempDir } from '../helpers/cli.js';

// In-process, as the live status line shows only on a terminal: what `team` reports as it scores.
const pulse = join(repoRoot, 'tests', 'fixtures', 'progress', 'questionnaires', 'pulse.yaml');
const record = { l1: 4, l2: 'Agree', c1: 3, c2: 'yes', p1: 5 };

/** The progress lines of `team` over these inputs, in a folder holding pulse.yaml. */
async function progressOf(write: (dir: string) => string[]): Promise<string[]> {
  const dir = tempDir();
  cpSync(pulse, join(dir, 'questionnaires', 'pulse.yaml'));
  const lines: string[] = [];
  const result = await teamCommand(write(dir), { cwd: dir, minGroup: 3, output: '-', questionnaire: 'pulse', progress: (line) => lines.push(line) });
  expect(result.exitCode).toBe(0);
  return lines;
}

describe('team progress', () => {
  it('counts out of the number of files when every input is an answer file', async () => {
    const lines = await progressOf((dir) =>
      Array.from({ length: 30 }, (_, i) => {
        writeFileSync(join(dir, `a${i}.json`), JSON.stringify({ questionnaire: 'pulse', answers: record }));
        return `a${i}.json`;
      }),
    );
    expect(lines).toEqual(['scored 25/30', '']);
  });

  it('gives no total when a JSON records file holds many respondents: files are not respondents then', async () => {
    const lines = await progressOf((dir) => {
      writeFileSync(join(dir, 'many.ndjson'), `${JSON.stringify(record)}\n`.repeat(60));
      writeFileSync(join(dir, 'array.json'), JSON.stringify([record, record]));
      writeFileSync(join(dir, 'one.yaml'), 'questionnaire: pulse\nanswers: { l1: 4, l2: 4, c1: 3, c2: yes, p1: 5 }\n');
      return ['one.yaml', 'many.ndjson', 'array.json'];
    });
    // 63 respondents from 3 files: "scored 25/3" would be nonsense.
    expect(lines).toEqual(['scored 25', 'scored 50', '']);
  });
});
