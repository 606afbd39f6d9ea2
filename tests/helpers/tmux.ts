import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Drives the built CLI in a real pseudo-terminal through tmux, on a private tmux server
// (its own socket), so tests never touch the user's sessions.

export const tmuxAvailable = spawnSync('tmux', ['-V']).status === 0;

export class TmuxTerminal {
  /** A socket path of our own: tmux leaves the file behind after kill-server, so stop() removes it. */
  readonly socket = join(tmpdir(), `culture-audit-e2e-${process.pid}.sock`);
  private sessions = 0;

  private tmux(args: string[]): string {
    const result = spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }

  /**
   * Starts `command` in an 80×24 terminal in `cwd`. The shell records the CLI's pid (it execs
   * into node) and prints EXIT=<code> when it ends, then keeps the pane open to be read.
   */
  start(cwd: string, command: string, env: Record<string, string> = {}): TmuxPane {
    const name = `run${++this.sessions}`;
    const pidFile = join(cwd, `.${name}.pid`);
    const exports = Object.entries(env).map(([key, value]) => `export ${key}='${value}';`).join(' ');
    // Colour settings of the environment running the tests must not leak into the terminal.
    const script = `unset NO_COLOR FORCE_COLOR; ${exports} sh -c 'echo $$ > ${pidFile}; exec ${command}'; echo EXIT=$?; sleep 120`;
    this.tmux(['new-session', '-d', '-s', name, '-x', '80', '-y', '24', '-c', cwd, script]);
    return new TmuxPane(name, pidFile, (args) => this.tmux(args));
  }

  /** Ends this test's tmux server and everything in it. */
  stop(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    rmSync(this.socket, { force: true });
  }
}

export class TmuxPane {
  constructor(
    readonly name: string,
    private readonly pidFile: string,
    private readonly tmux: (args: string[]) => string,
  ) {}

  /** Keys by tmux name (Enter, Down, C-c) or literal digits. */
  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** The visible screen; with `escapes`, including colour and style sequences. */
  screen(options: { escapes?: boolean } = {}): string {
    return this.tmux(['capture-pane', '-p', ...(options.escapes ? ['-e'] : []), '-t', this.name]);
  }

  /** Waits (polling, up to `timeoutMs`) until the screen shows `pattern`; returns the screen. */
  async waitFor(pattern: string | RegExp, timeoutMs = 8000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(pattern)}; it shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }

  /** The CLI's process id (the pid file is written before node starts). */
  pid(): number {
    return Number(readFileSync(this.pidFile, 'utf8').trim());
  }
}
