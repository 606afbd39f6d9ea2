import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCsvStream } from '../../../src/load/form-export.js';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { TeamAccumulator } from '../../../src/scoring/team/team-aggregate.js';
import { csvLine } from '../../helpers/csv-text.js';
import { questionnaireWith, rawAnswersWith, rawQuestionnaireWith } from '../../helpers/hostile-questionnaire.js';
import { INJECTIONS } from '../../helpers/injection-corpus.js';
import { markdownStructure } from '../../helpers/markdown-structure.js';
import { markdownProblems } from '../../helpers/markdownlint.js';
import { runCli, tempDir } from '../../helpers/cli.js';

// The injection corpus in a form export: names, roles, teams (which become group names in the
// report), free text and answer labels, read by the CSV importer into the team report.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Three respondents in two teams, every cell a person typed holding `text`. */
function formExport(text: string): string {
  const answers = rawAnswersWith(text);
  const header = ['id', 'name', 'role', 'team', 'completed', ...Object.keys(answers)];
  const row = (i: number, team: string) => [`${text} ${i}`, text, text, `${text} ${team}`, '2026-11-20', ...Object.values(answers)];
  return [header, row(1, 'A'), row(2, 'A'), row(3, 'B')].map(csvLine).join('\r\n');
}

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

describe('a hostile form export through the CLI', () => {
  it('team and import print no control character, and import names files safely', () => {
    const cwd = tempDir();
    const attack = '\u001b[31m../../evil\u001b]0;t\u0007 \u009b2J <b>x</b> \u202eok';
    writeFileSync(join(cwd, 'hostile.yaml'), stringify({ ...rawQuestionnaireWith(attack), id: 'hostile' }));
    writeFileSync(join(cwd, 'export.csv'), formExport(attack));
    for (const args of [
      ['team', 'export.csv', '-q', 'hostile.yaml', '--group-by', 'team', '--min-group', '1', '-o', '-'],
      ['team', 'export.csv', '-q', 'hostile.yaml', '--group-by', 'team', '--min-group', '1', '-o', 'team.md', '--json', '-'],
      ['import', 'export.csv', '-q', 'hostile.yaml', '-o', 'answers'],
    ]) {
      const result = runCli(args, { cwd });
      expect(result.code).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(CONTROL);
    }
    expect(runCli(['validate', 'answers/31m-evil-0-t-2j-b-x-b-ok-1.yaml', '-q', 'hostile.yaml'], { cwd }).code).toBe(0);
  });
});
