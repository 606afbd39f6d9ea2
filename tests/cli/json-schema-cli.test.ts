import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

// The `schema` command; the schemas themselves are checked in tests/unit/questionnaire/json-schema.test.ts.

describe('JSON Schemas for editors', () => {
  it('`schema` prints the same text as is committed', () => {
    const result = runCli(['schema', 'questionnaire']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(repoRoot, 'schema', 'questionnaire.schema.json'), 'utf8'));
  });

  it('rejects an unknown format with exit 2', () => {
    expect(runCli(['schema', 'report']).code).toBe(2);
  });
});
