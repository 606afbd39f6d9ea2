import { afterAll } from 'vitest';
import { removeTempDirs } from './cli.js';

// A setup file, run before every test file of the unit project. That project shares modules
// between its test files (isolate: false, for speed), so cli.ts is evaluated once per worker and
// its own afterAll runs after the first file only: this one removes each file's folders.
afterAll(removeTempDirs);
