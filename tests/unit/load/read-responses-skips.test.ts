import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { responseCells } from '../../../src/answers/csv-row.js';
import { expandInputFiles } from '../../../src/load/input-files.js';
import { readResponses, type InputEvent } from '../../../src/load/read-responses.js';
import { formatProblem } from '../../../src/util/errors.js';
import { repoRoot, tempDir } from '../../helpers/cli.js';

const team = join(repoRoot, 'examples', 'team');

/** answers/ as the README lays it out: two answer files, a form export and its mapping file, and a questionnaire. */
function readmeFolder(): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'answers'));
  for (const name of ['owner-01.yaml', 'manager-01.yaml']) copyFileSync(join(team, 'answers', name), join(cwd, 'answers', name));
  copyFileSync(join(team, 'form-export.csv'), join(cwd, 'answers', 'export.csv'));
  copyFileSync(join(team, 'form-export.map.yaml'), join(cwd, 'answers', 'export.map.yaml'));
  copyFileSync(join(repoRoot, 'questionnaires', 'service-culture.yaml'), join(cwd, 'answers', 'service-culture.yaml'));
  return cwd;
}

async function eventsOf(inputs: string[], cwd: string): Promise<InputEvent<unknown>[]> {
  const events: InputEvent<unknown>[] = [];
  for await (const batch of readResponses(expandInputFiles(inputs, cwd), { cwd, cells: responseCells })) events.push(...batch);
  return events;
}

const kinds = (events: readonly InputEvent<unknown>[]) => events.map((event) => event.kind).join(' ');

describe('readResponses over a folder', () => {
  const cwd = readmeFolder();

  it('skips the mapping file and the questionnaire in it, and reads the export with its sibling mapping file', async () => {
    const events = await eventsOf(['answers'], cwd);
    expect(events.filter((event) => event.kind === 'skipped')).toEqual([
      { kind: 'skipped', file: join('answers', 'export.map.yaml'), as: 'mapping', foundIn: 'answers' },
      { kind: 'skipped', file: join('answers', 'service-culture.yaml'), as: 'questionnaire', foundIn: 'answers' },
    ]);
    expect(kinds(events)).toBe(`skipped response response skipped header ${Array(6).fill('row').join(' ')}`);
  });

  it('reads a file named as it is as an answer file, whatever it holds', async () => {
    const events = await eventsOf(['answers', join('answers', 'export.map.yaml')], cwd);
    const problems = events.flatMap((event) => (event.kind === 'problems' ? event.problems.map(formatProblem) : []));
    expect(problems).toEqual([expect.stringMatching(/^answers\/export\.map\.yaml:\d+:\d+ columns: unknown field "columns"/)]);
    expect(events.filter((event) => event.kind === 'skipped').map((event) => event.kind === 'skipped' && event.as)).toEqual(['questionnaire']);
  });

  it('takes the questionnaire from the sibling mapping file when no answer file names one', async () => {
    const events = await eventsOf([join('answers', 'export.csv')], cwd);
    expect(kinds(events)).toBe(['header', ...Array(6).fill('row')].join(' '));
  });
});
