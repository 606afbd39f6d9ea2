import { main } from './cli/main.js';
import { exitOnBrokenPipe } from './boot/stdio.js';
import { argvAsGiven } from './load/argv-bytes.js';

// A reader that stops early (`culture-audit show x | head`) closes the pipe: not an error.
exitOnBrokenPipe();

void main(argvAsGiven(process.argv)).then((code) => {
  process.exitCode = code;
});
