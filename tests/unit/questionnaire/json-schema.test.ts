import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../../../src/questionnaire/json-schema.js';
import { repoRoot } from '../../helpers/cli.js';

describe('JSON Schemas for editors', () => {
  it.each(['questionnaire', 'answers'] as const)('schema/%s.schema.json is fresh (refresh: npm run schema)', (format) => {
    const committed = readFileSync(join(repoRoot, 'schema', `${format}.schema.json`), 'utf8');
    expect(committed).toBe(jsonSchemaText(format));
  });

  it('documents defaults and rejects unknown keys, as the validator does', () => {
    const schema = JSON.parse(jsonSchemaText('questionnaire'));
    expect(schema.additionalProperties).toBe(false);
    const section = schema.properties.sections.items;
    expect(section.properties.weight).toMatchObject({ type: 'number', exclusiveMinimum: 0, default: 1 });
    expect(section.additionalProperties).toBe(false);
  });
});
