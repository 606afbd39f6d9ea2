import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      // In-process tests, one folder per layer: no build, no child process. `npm run test:quick`.
      // They share modules between files (isolate: false), which halves the run: they hold no
      // global state of their own, and the setup file removes each file's temporary folders.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, setupFiles: ['tests/helpers/remove-temp-dirs.ts'] },
      },
      // The rest: the built CLI (tests/cli/, golden files included), tmux and the fuzz tests.
      // Everything outside tests/unit/ lands here, so a new test file is never left out.
      { extends: true, test: { name: 'slow', include: ['tests/**/*.test.ts'], exclude: ['tests/unit/**'] } },
    ],
  },
});
