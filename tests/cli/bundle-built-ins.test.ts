import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { readInputText } from '../../src/load/read-input.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const builtIns = ['service-culture', 'who-is-your-customer', 'five-ways', 'five-ways-customers', 'pulse'];

/** A copy of the installed package (bin, dist, questionnaires, package.json) whose built-ins a test may edit. */
function packageCopy(): string {
  const root = tempDir();
  for (const entry of ['bin', 'dist', 'questionnaires', 'package.json']) cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
  return root;
}

function runCopy(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'culture-audit.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('built-in questionnaires carried validated in the bundle', () => {
  it.each(builtIns)('%s survives the trip through JSON unchanged (what the bundle carries is what validation gives)', (id) => {
    const file = join(repoRoot, 'questionnaires', `${id}.yaml`);
    const questionnaire = parseQuestionnaire(file, readInputText(file));
    expect(JSON.parse(JSON.stringify(questionnaire))).toStrictEqual(questionnaire);
  });

  it('an edited built-in is read from its file, not from the build', () => {
    const root = packageCopy();
    const file = join(root, 'questionnaires', 'service-culture.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Service culture self-audit', 'title: Edited after the build'));
    const shown = runCopy(root, ['show', 'service-culture']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Edited after the build');
    expect(runCli(['show', 'service-culture']).stdout).toContain('Service culture self-audit');
  });

  it('a built-in broken after the build is validated and reported like any file, with line and column', () => {
    const root = packageCopy();
    const file = join(root, 'questionnaires', 'service-culture.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('weight: 1.5\n', 'weight: -1.5\n'));
    const scored = runCopy(root, ['score', join(repoRoot, 'examples', 'service-culture', 'owner.yaml')]);
    expect(scored.code).toBe(2);
    expect(scored.stderr).toMatch(/service-culture\.yaml:\d+:\d+ sections\[\d+\]\.questions\[\d+\]\.weight: must be a positive number/);
  });
});

describe('--version', () => {
  it("prints package.json's version, which the build writes into the bundle", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});
