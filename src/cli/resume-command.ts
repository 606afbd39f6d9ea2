import { basename, isAbsolute, relative } from 'node:path';

// The command printed for continuing a run must work when pasted. People start the tool in three
// ways, and each needs a different command: a bare `culture-audit` is "command not found" for
// everyone who followed the README's `npx culture-audit`. Pure: the facts are gathered at the edge
// (src/cli/commands/run.ts), so every case is a unit test.

/** What the process knows about how it was started. */
export interface LaunchFacts {
  /** process.argv[1]: the bin link as found on PATH (not resolved), or the .js file given to node. */
  script?: string;
  /** npm's `npm_command`: "exec" under `npx` and `npm exec`. */
  npmCommand?: string;
  /** Where the command was typed: a script inside it is shown relative to it. */
  cwd: string;
}

export const PLAIN_COMMAND = 'culture-audit';

/** The command as the user can type it again: `npx culture-audit`, the bin name, or `node <script>`. */
export function launchCommand(facts: LaunchFacts): string {
  const { script } = facts;
  if (!script) return PLAIN_COMMAND;
  // `node bin/culture-audit.js …`: the script is the only way back in; no bin need be on PATH.
  if (/\.[cm]?js$/i.test(script)) return `node ${shellQuote(scriptAsTyped(script, facts.cwd))}`;
  // A bin inside node_modules/.bin (a project dependency, npx's cache, an npm script) is not on the
  // user's PATH; npx finds it again.
  if (facts.npmCommand === 'exec' || /[\\/]node_modules[\\/]\.bin[\\/][^\\/]+$/.test(script)) return `npx ${PLAIN_COMMAND}`;
  // Installed globally or linked: the name the shell found.
  return shellQuote(basename(script));
}

/** What to type to continue: the questionnaire is named only when its id would not find it. */
export function resumeCommand(answerFile: string, questionnairePath?: string, command: string = PLAIN_COMMAND): string {
  const questionnaire = questionnairePath ? ` ${shellQuote(questionnairePath)}` : '';
  return `${command} run${questionnaire} --resume ${shellQuote(answerFile)}`;
}

/** Quotes a word for a POSIX shell only when it needs it (spaces, quotes, `$`, non-ASCII). */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The script relative to where the user is when it lies below it, else its absolute path. */
function scriptAsTyped(script: string, cwd: string): string {
  const inside = relative(cwd, script);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : script;
}
