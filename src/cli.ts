import { main } from './cli/main.js';
import { anyStreamMade, whenCreated } from './boot/stdio.js';
import { argvAsGiven } from './load/argv-bytes.js';

// A reader that stops early (`culture-audit show x | head`) closes the pipe: not an error. Attached
// when Node makes the stream, not by making it: a run that writes through boot/stdio.ts never does.
for (const name of ['stdout', 'stderr'] as const) {
  whenCreated(name, (stream) =>
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    }),
  );
}

void main(argvAsGiven(process.argv)).then((code) => {
  process.exitCode = code;
  // Done: exit now rather than when the event loop has drained, which waits for V8's background
  // compile jobs and frees the heap piece by piece (about 10 ms of a `team` run on Node 24, 5%).
  // 'exit' handlers still run (code caches), and Node writes its compile cache. Only when all
  // output went straight to its descriptor: a stream may still hold text to write.
  if (!anyStreamMade()) process.exit(code);
});
