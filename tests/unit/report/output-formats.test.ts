import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../../src/report/formats/names.js';
import { formatOfPath, outputFormats } from '../../../src/report/formats/registry.js';

// Renderers by name: the registry and how an -o ending names a format (the CLI side: tests/cli/output-formats-cli.test.ts).

describe('the format registry', () => {
  it('has an entry for every name --format takes, and no other', () => {
    expect(Object.keys(outputFormats).sort()).toEqual([...FORMAT_NAMES].sort());
    for (const name of FORMAT_NAMES) expect(outputFormats[name].name).toBe(name);
  });

  it.each([
    ['r.md', 'markdown'],
    ['R.MARKDOWN', 'markdown'],
    ['out/r.json', 'json'],
    ['r.txt', 'terminal'],
    ['reports/x', undefined],
    ['r.html', 'html'],
    ['R.HTM', 'html'],
    ['r.pdf', 'pdf'],
    ['R.PDF', 'pdf'],
    ['r.docx', undefined],
  ])('reads the format of %s from its ending: %s', (path, name) => {
    expect(formatOfPath(path)?.name).toBe(name);
  });
});
