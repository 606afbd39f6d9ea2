// Times whole processes: wall time from spawn to exit; peak RSS and CPU time as peak-rss.cjs reports them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));

/** One run of `node <args>`: wall and CPU milliseconds, peak RSS in MB. Throws when the process fails. */
export function runOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', PROBE, ...args], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}${result.signal ? ` (${result.signal})` : ''}:\n${String(result.stderr).slice(0, 2000)}`);
  }
  const probe = JSON.parse(String(result.output[3]));
  return { ms, cpuMs: probe.cpuMicros / 1000, rssMb: probe.maxRssKb / 1024 };
}

/**
 * Runs the commands in turn (A B C, A B C, ...) so that a machine slowing down or speeding up
 * mid-way affects them all alike; the first round warms caches and is not counted. Each
 * command's ratio to the first is the median of the ratios within a round, which keeps it
 * meaningful on a machine whose speed drifts.
 */
export function measureTogether(commands, runs) {
  const samples = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    commands.forEach((args, i) => {
      const sample = runOnce(args);
      if (round > 0) samples[i].push(sample);
    });
  }
  return samples.map((list) => {
    const ratios = list.map((s, round) => s.ms / samples[0][round].ms);
    return {
      ms: median(list.map((s) => s.ms)),
      cpuMs: median(list.map((s) => s.cpuMs)),
      rssMb: median(list.map((s) => s.rssMb)),
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
