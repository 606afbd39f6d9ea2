import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvStream } from '../../../src/load/form-export.js';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { TeamAccumulator } from '../../../src/scoring/team/team-aggregate.js';
import { formExport } from '../../helpers/hostile-form-export.js';
import { questionnaireWith } from '../../helpers/hostile-questionnaire.js';
import { INJECTIONS } from '../../helpers/injection-corpus.js';
import { markdownStructure } from '../../helpers/markdown-structure.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

// The injection corpus in a form export: names, roles, teams (which become group names in the
// report), free text and answer labels, read by the CSV importer into the team report. Through
// the built CLI: tests/cli/injection-team-cli.test.ts.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function teamReport(questionnaire: Questionnaire, csv: string): Promise<string> {
  const team = new TeamAccumulator(questionnaire, { groupBy: 'team', minGroup: 1 });
  for await (const event of readCsvStream('export.csv', Readable.from([csv]), questionnaire)) {
    if (event.kind === 'problems') throw new Error(JSON.stringify(event.problems));
    if (event.kind === 'response') team.add(scoreResponse(questionnaire, event.response));
  }
  return renderTeamReport(team.summary(), questionnaire);
}

describe('injection corpus in a form export, through the team report', async () => {
  const plain = await teamReport(questionnaireWith('Plain text'), formExport('Plain text'));
  const plainStructure = markdownStructure(plain);

  it('the plain report shows groups, red flags, recommendations and comments', () => {
    expect(plain).toMatch(/Plain text A/);
    expect(plain).toContain('## Recommendations');
    expect(plainStructure.table).toBeGreaterThan(3);
    expect(markdownProblems(plain)).toEqual([]);
  });

  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('%s stays text', async (_name, text) => {
    const markdown = await teamReport(questionnaireWith(text), formExport(text));
    expect(markdownProblems(markdown)).toEqual([]);
    expect(markdownStructure(markdown)).toEqual(plainStructure);
    expect(markdown).not.toContain('<');
    expect(markdown).not.toMatch(CONTROL);
  });
});
