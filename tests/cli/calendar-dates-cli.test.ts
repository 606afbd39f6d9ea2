import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/** An answer file from `template`, with its completion date set to `date`. */
function answerFileCompleted(date: string): string {
  const dir = tempDir();
  const file = join(dir, 'a.yaml');
  expect(runCli(['template', 'five-ways', '-o', file]).code).toBe(0);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^completed:.*$/m, `completed: ${date}`));
  return file;
}

describe('completion dates in answer files', () => {
  it('are refused when the calendar has no such day or time, at the line and column of the date', () => {
    for (const date of ['2026-02-30', '2026-13-01', '0000-00-00', '2024-02-29T25:00:00Z', '2023-02-29']) {
      const file = answerFileCompleted(date);
      const result = runCli(['score', file]);
      expect(result.code, date).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+:12 completed: is not a date on the calendar`));
    }
  });

  it('are read when they exist, leap days included', () => {
    expect(runCli(['score', answerFileCompleted('2024-02-29T23:59:59Z')]).code).toBe(0);
  });
});
