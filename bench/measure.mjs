// Times whole processes: wall time from spawn to exit; for a Node process, peak RSS and CPU time
// as peak-rss.cjs reports them (another program, such as Rscript, gets wall time only).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));

/**
 * A command to time: `node` runs `args` on that Node binary with the probe preloaded; `program`
 * runs any other program. `env` is added to the environment; `cwd`, when given, is where it runs.
 */
export const nodeCommand = (node, args, env = {}, cwd = undefined) => ({ node, args, env, cwd });
export const programCommand = (program, args, env = {}) => ({ program, args, env });

/** One run: wall and CPU milliseconds, peak RSS in MB (null when not a Node process). Throws when the process fails. */
export function runOnce(command) {
  const [file, args] = command.node ? [command.node, ['--require', PROBE, ...command.args]] : [command.program, command.args];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, {
    cwd: command.cwd,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...command.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${file} ${args.join(' ')} exited ${result.status}${result.signal ? ` (${result.signal})` : ''}:\n${String(result.stderr).slice(0, 2000)}`);
  }
  if (!command.node) return { ms, cpuMs: null, rssMb: null };
  const probe = JSON.parse(String(result.output[3]));
  return { ms, cpuMs: probe.cpuMicros / 1000, rssMb: probe.maxRssKb / 1024 };
}

/**
 * Runs the commands in turn (A B C, A B C, ...) so that a machine slowing down or speeding up
 * mid-way affects them all alike; with `warmup`, a first round warms caches and is not counted.
 * Each command's ratio to the first is the median of the ratios within a round, which keeps it
 * meaningful on a machine whose speed drifts.
 */
export function measureTogether(commands, runs, { warmup = true } = {}) {
  const samples = commands.map(() => []);
  for (let round = warmup ? 0 : 1; round <= runs; round++) {
    commands.forEach((command, i) => {
      const sample = runOnce(command);
      if (round > 0) samples[i].push(sample);
    });
  }
  return samples.map((list) => {
    const ratios = list.map((s, round) => s.ms / samples[0][round].ms);
    return {
      ms: median(list.map((s) => s.ms)),
      cpuMs: list[0].cpuMs === null ? null : median(list.map((s) => s.cpuMs)),
      rssMb: list[0].rssMb === null ? null : median(list.map((s) => s.rssMb)),
      ratio: median(ratios),
      // The spread of the rounds' ratios: how far one round can be trusted on this machine.
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      runs: list.length,
      samplesMs: list.map((s) => Math.round(s.ms)),
    };
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}
