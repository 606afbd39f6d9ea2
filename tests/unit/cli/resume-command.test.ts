import { describe, expect, it } from 'vitest';
import { launchCommand, resumeCommand, type LaunchFacts } from '../../../src/cli/resume-command.js';

// The resume command printed after a stop is pasted as printed, so it must start the tool the way
// the person started it. One row per way of starting it; `script` is process.argv[1] as node gives it.
const cases: [string, LaunchFacts, string][] = [
  ['npx in a project (npm sets npm_command=exec)', { script: '/p/node_modules/.bin/culture-audit', npmCommand: 'exec', cwd: '/p' }, 'npx culture-audit'],
  ["npx's own cache, package not installed", { script: '/home/a/.npm/_npx/1a2b/node_modules/.bin/culture-audit', npmCommand: 'exec', cwd: '/p' }, 'npx culture-audit'],
  ['an npm script calling the project bin', { script: '/p/node_modules/.bin/culture-audit', npmCommand: 'run-script', cwd: '/p' }, 'npx culture-audit'],
  ['installed globally', { script: '/usr/local/bin/culture-audit', cwd: '/p' }, 'culture-audit'],
  ['npm link (nvm prefix)', { script: '/home/a/.nvm/versions/node/v20.20.2/bin/culture-audit', cwd: '/p' }, 'culture-audit'],
  ['linked under another name', { script: '/home/a/bin/audit', cwd: '/p' }, 'audit'],
  ['node with the bin below the current folder', { script: '/p/bin/culture-audit.js', cwd: '/p' }, 'node bin/culture-audit.js'],
  ['node with the built CLI elsewhere', { script: '/opt/ca/bin/culture-audit.js', cwd: '/p' }, 'node /opt/ca/bin/culture-audit.js'],
  ['node, the path with a space', { script: '/home/a/My Tools/ca/bin/culture-audit.js', cwd: '/p' }, `node '/home/a/My Tools/ca/bin/culture-audit.js'`],
  ['node, the path with a quote', { script: "/home/o'neil/ca/bin/culture-audit.js", cwd: '/p' }, `node '/home/o'\\''neil/ca/bin/culture-audit.js'`],
  ['node, a non-ASCII path', { script: '/home/zoë/ca/bin/culture-audit.js', cwd: '/p' }, `node '/home/zoë/ca/bin/culture-audit.js'`],
  ['node under npx still names the script', { script: '/p/bin/culture-audit.js', npmCommand: 'exec', cwd: '/p' }, 'node bin/culture-audit.js'],
  ['nothing known', { cwd: '/p' }, 'culture-audit'],
];

describe('the command that started the tool, for the resume hint', () => {
  it.each(cases)('%s', (_, facts, expected) => {
    expect(launchCommand(facts)).toBe(expected);
  });

  it('leads the resume command, before the questionnaire and the quoted answer file', () => {
    expect(resumeCommand('answers/a.yaml', undefined, 'npx culture-audit')).toBe('npx culture-audit run --resume answers/a.yaml');
    expect(resumeCommand('my answers/a.yaml', 'q s.yaml', `node '/x y/culture-audit.js'`)).toBe(
      `node '/x y/culture-audit.js' run 'q s.yaml' --resume 'my answers/a.yaml'`,
    );
  });
});
