import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const dir = tempDir();
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');

describe.each(['validate', 'show', 'score', 'report'])('bad input to `%s`: one clear line, exit 2', (command) => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.yaml'), /nope\.yaml: no such file|unknown questionnaire|no such file/],
    ['a folder', () => (mkdirSync(join(dir, 'folder.yaml'), { recursive: true }), join(dir, 'folder.yaml')), /is a folder, not a file/],
    ['an empty file', () => file('empty.yaml', '  \n'), /empty\.yaml: is empty$/m],
    ['a binary file', () => file('binary.yaml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00])), /is not UTF-8 text/],
    ['non-YAML text', () => file('prose.yaml', 'key: [unclosed\n  - and: {\n'), /prose\.yaml:\d+:\d+: invalid YAML/],
    ['an alias bomb', () => file('bomb.yaml', aliasBomb), /too many YAML aliases/],
    ['a huge file', () => file('huge.yaml', `a: "${'x'.repeat(6 * 1024 * 1024)}"\n`), /huge\.yaml: is 6\.0 MB; the limit for this kind of file is 1\.0 MB/],
  ];
  it.each(cases)('%s', (_name, make, message) => {
    const input = make();
    const before = readdirSync(dir).length;
    const result = runCli([command, input, ...(command === 'report' ? ['-o', join(dir, 'out.md')] : [])]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(result.stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError/);
    expect(readdirSync(dir)).toHaveLength(before); // nothing written
  });
});

describe('usage errors', () => {
  it('an unknown command exits 2 with a suggestion', () => {
    const result = runCli(['scor', 'x.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'scor'.*\n.*Did you mean score\?/);
  });

  it('an unknown option exits 2', () => {
    expect(runCli(['score', '--fail-undr', '5', 'x.yaml']).code).toBe(2);
  });

  it('a threshold out of range exits 2', () => {
    const result = runCli(['score', 'examples/service-culture/owner.yaml', '--fail-under', '150']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/must be a number from 0 to 100/);
  });

  it('an unknown questionnaire id names the known ones', () => {
    const result = runCli(['show', 'service-cultur']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown questionnaire "service-cultur" (did you mean "service-culture"?)');
  });
});

describe('output to a reader that stops early', () => {
  it('ends quietly when the pipe closes (`| head`)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { cliPath } = await import('../helpers/cli.js');
    const result = spawnSync('sh', ['-c', `node ${cliPath} show service-culture | head -1; node ${cliPath} --help | head -1`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stdout).toBe('Service culture self-audit  (service-culture v2)\nUsage: culture-audit [options] [command]\n');
    expect(result.stderr).toBe('');
  });
});
