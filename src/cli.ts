import { main } from './cli/main.js';
import { argvAsGiven } from './load/argv-bytes.js';

// A reader that stops early (`culture-audit show x | head`) closes the pipe: not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

void main(argvAsGiven(process.argv)).then((code) => {
  process.exitCode = code;
});
