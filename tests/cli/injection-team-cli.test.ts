import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formExport } from '../helpers/hostile-form-export.js';
import { rawQuestionnaireWith } from '../helpers/hostile-questionnaire.js';
import { runCli, tempDir } from '../helpers/cli.js';

// A hostile form export through the built CLI (the injection corpus through the team report
// in-process: tests/unit/report/injection-team.test.ts).

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a hostile form export through the CLI', () => {
  it('team and import print no control character, and import names files safely', () => {
    const cwd = tempDir();
    const attack = '\u001b[31m../../evil\u001b]0;t\u0007 \u009b2J <b>x</b> \u202eok';
    writeFileSync(join(cwd, 'hostile.yaml'), stringify({ ...rawQuestionnaireWith(attack), id: 'hostile' }));
    writeFileSync(join(cwd, 'export.csv'), formExport(attack));
    for (const args of [
      ['team', 'export.csv', '-q', 'hostile.yaml', '--group-by', 'team', '--min-group', '1', '--allow-small-groups', '-o', '-'],
      ['team', 'export.csv', '-q', 'hostile.yaml', '--group-by', 'team', '--min-group', '1', '--allow-small-groups', '-o', 'team.md', '--json', '-'],
      ['import', 'export.csv', '-q', 'hostile.yaml', '-o', 'answers'],
    ]) {
      const result = runCli(args, { cwd });
      expect(result.code).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(CONTROL);
    }
    expect(runCli(['validate', 'answers/31m-evil-0-t-2j-b-x-b-ok-1.yaml', '-q', 'hostile.yaml'], { cwd }).code).toBe(0);
  });
});
