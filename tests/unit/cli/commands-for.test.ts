import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands/index.js';
import { buildProgram, commandsFor } from '../../../src/cli/main.js';

const names = (program: Command) => program.commands.map((command) => command.name());

// main() registers only the commands a run needs (a start pays about 1.5 ms for all 13).
describe('commandsFor', () => {
  it('each entry registers the command it is named for', () => {
    for (const { name } of commands) expect(names(buildProgram([name]))).toEqual([name]);
    expect(names(buildProgram())).toEqual(commands.map(({ name }) => name));
  });

  it('takes only the command the first argument names, none for a lone --version, else all', () => {
    expect(commandsFor(['score', 'a.yaml', '--json']).map(({ name }) => name)).toEqual(['score']);
    expect(commandsFor(['--version'])).toEqual([]);
    expect(commandsFor(['-V'])).toEqual([]);
    expect(commandsFor(['--version', 'score'])).toBe(commands);
    expect(commandsFor(['--help'])).toBe(commands);
    expect(commandsFor([])).toBe(commands);
    // A global option first, `help <command>` and a misspelling are left to commander, with every command.
    expect(commandsFor(['--no-color', 'score', 'a.yaml'])).toBe(commands);
    expect(commandsFor(['help', 'score'])).toBe(commands);
    expect(commandsFor(['scor', 'a.yaml'])).toBe(commands);
  });

  it("a command registered alone has the same help as among all the others", () => {
    const all = buildProgram();
    for (const { name } of commands) {
      const alone = buildProgram([name]).commands[0];
      const among = all.commands.find((command) => command.name() === name);
      expect(alone?.helpInformation(), name).toBe(among?.helpInformation());
    }
  });
});
