// Preloaded (node --require) into every process the bench times, baselines included: at exit it
// writes the process's peak resident set size (kB) and CPU time (µs) to file descriptor 3, which
// the runner reads. Works on any Node 20 with nothing outside it (no /usr/bin/time needed).
process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    require('node:fs').writeSync(3, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
  } catch {
    // Not started by the bench runner (no fd 3): nothing to report to.
  }
});
