import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTeamJson } from '../../../src/formats/team-json/read.js';
import { formatProblem, InvalidInputError } from '../../../src/util/errors.js';
import { parseYamlSource } from '../../../src/util/yaml-source.js';
import { repoRoot } from '../../helpers/cli.js';

const sample = readFileSync(join(repoRoot, 'reports/examples/team.json'), 'utf8');

function read(text: string) {
  const parsed = parseYamlSource('team.json', text);
  if (!parsed.ok) throw new Error('not JSON');
  return readTeamJson(parsed.source);
}

function problemsOf(text: string): string[] {
  try {
    read(text);
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map(formatProblem);
    throw error;
  }
}

describe('the team JSON schema', () => {
  it('reads the committed sample back as written', () => {
    expect(read(sample)).toEqual(JSON.parse(sample));
  });

  it('reads a file written before `completed` was added', () => {
    const { completed, ...older } = JSON.parse(sample) as Record<string, unknown>;
    expect(completed).toBeDefined();
    expect(read(JSON.stringify(older, null, 2)).completed).toBeUndefined();
  });

  it('rejects a misspelt field, at its line, instead of dropping it', () => {
    const problems = problemsOf(sample.replace('"respondents": 20', '"respondent": 20'));
    expect(problems).toContainEqual(expect.stringMatching(/^team\.json:\d+:\d+ respondent: unknown field "respondent" \(did you mean "respondents"\?\)$/));
    expect(problemsOf(sample.replace('"reverse": false', '"reverse": false, "weight": 2'))).toEqual([expect.stringMatching(/items\[0\]\.weight: unknown field "weight"/)]);
  });
});
