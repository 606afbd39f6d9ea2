import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';

// Output names built from respondent or team names stay inside the output folder, here through
// the built CLI (safeFileStem and defaultReportPath: tests/unit/util/safe-file-names.test.ts).

describe('default report paths', () => {
  it('`report` writes a respondent id of ../../outside inside the working folder', () => {
    const cwd = tempDir();
    const answers = join(cwd, 'a.yaml');
    writeFileSync(answers, stringify({ questionnaire: 'five-ways', respondent: { id: '../../outside' }, answers: {} }));
    const result = runCli(['report', answers], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(join('reports', 'five-ways-outside.md'));
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['five-ways-outside-radar.svg', 'five-ways-outside-sections.svg', 'five-ways-outside.md']);
    expect(existsSync(join(cwd, '..', 'outside.md'))).toBe(false);
  });
});
