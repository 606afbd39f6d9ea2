import { describe, expect, it } from 'vitest';
import { fileName } from '../../../src/report/file-name.js';

describe('fileName: how a report names an input file', () => {
  it.each([
    ['/home/anna/clients/acme/q3.yaml', 'q3.yaml'],
    ['answers/q3.yaml', 'q3.yaml'],
    ['C:\\Users\\anna\\q3.yaml', 'q3.yaml'],
    ['q3.yaml', 'q3.yaml'],
    ['answers/', 'answers'],
  ])('%s → %s', (path, name) => {
    expect(fileName(path)).toBe(name);
  });
});
