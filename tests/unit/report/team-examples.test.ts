import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateInputs } from '../../../src/cli/actions/team-inputs.js';
import type { Io } from '../../../src/cli/io.js';
import { loadCsvMapping } from '../../../src/load/csv-mapping.js';
import { chartsBeside } from '../../../src/cli/actions/report-files.js';
import { teamExtras } from '../../../src/cli/actions/team-extras.js';
import { teamJsonSchema } from '../../../src/formats/team-json/read.js';
import { teamJson } from '../../../src/formats/team-json/write.js';
import { teamActionsJson } from '../../../src/report/team/actions.js';
import { groupSnapshots, snapshotOfTeamJson } from '../../../src/scoring/team/team-snapshot.js';
import { Chalk } from 'chalk';
import { markdownFormat } from '../../../src/report/formats/markdown.js';
import { expandInputFiles, expandInputs } from '../../../src/load/input-files.js';
import { repoRoot } from '../../helpers/cli.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

/** An Io that collects stderr and prints nothing. */
function quietIo(): Io & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => undefined, err: (text) => errors.push(text), progress: () => undefined, style: undefined as never, isTTY: false, columns: 80, cwd: repoRoot, env: {}, errors };
}

/** The same pipeline as `team`, in memory. */
async function teamReport(inputs: string[], options: { groupBy?: string; minGroup?: number; map?: string } = {}) {
  const io = quietIo();
  const mapping = options.map ? loadCsvMapping(join(repoRoot, options.map)) : undefined;
  const result = await aggregateInputs(expandInputFiles(inputs, repoRoot), { groupBy: options.groupBy, minGroup: options.minGroup ?? 3, mapping, cwd: io.cwd, onWarning: io.err });
  expect(result.problems).toEqual([]);
  expect(io.errors).toEqual([]);
  const team = result.team;
  if (!team) throw new Error('no responses');
  const summary = team.accumulator.summary();
  // Chart links and files as `team -o reports/examples/team.md` writes them.
  const extras = teamExtras(teamJson(summary), team.questionnaire, undefined, summary);
  const beside = chartsBeside(join(repoRoot, 'reports/examples/team.md'), extras.charts());
  const document = { kind: 'team' as const, questionnaire: team.questionnaire, summary, snapshot: extras.snapshot, skipped: 0, charts: extras.charts };
  const markdown = markdownFormat.renderers.team(document, { links: beside.links, style: new Chalk({ level: 0 }), columns: 80 });
  const charts = beside.files.map((file) => ({ path: file.path, text: file.content }));
  const json = teamJson(summary, { actions: teamActionsJson(summary, team.questionnaire) });
  return { summary, questionnaire: team.questionnaire, markdown, charts, json: `${JSON.stringify(json, null, 2)}\n` };
}

describe('the sample team report (reports/examples/team.md)', async () => {
  const sample = await teamReport(['examples/team/answers'], { groupBy: 'role' });

  it('is up to date: run `npm run examples:team` after changing the report or the samples', () => {
    expect(sample.markdown).toBe(readFileSync(join(repoRoot, 'reports/examples/team.md'), 'utf8'));
    expect(sample.json).toBe(readFileSync(join(repoRoot, 'reports/examples/team.json'), 'utf8'));
    expect(sample.charts.map((chart) => chart.path)).toEqual([join(repoRoot, 'reports/examples/team-radar.svg'), join(repoRoot, 'reports/examples/team-sections.svg'), join(repoRoot, 'reports/examples/team-groups.svg'), ...Array.from({ length: 7 }, (_, i) => join(repoRoot, `reports/examples/team-favourable-${i + 1}.svg`))]);
    for (const chart of sample.charts) expect(readFileSync(chart.path, 'utf8')).toBe(chart.text);
  });

  it('draws its charts from what compare reads back from the JSON it writes', () => {
    // teamExtras takes the object as it is (no zod parse); compare parses the written text.
    const object = teamJson(sample.summary);
    const readBack = teamJsonSchema().parse(JSON.parse(sample.json));
    expect(snapshotOfTeamJson(object, sample.questionnaire, 'x')).toEqual(snapshotOfTeamJson(readBack, sample.questionnaire, 'x'));
    expect(groupSnapshots(object, 'x')).toEqual(groupSnapshots(readBack, 'x'));
  });

  it('is clean Markdown and names no respondent', () => {
    expect(markdownProblems(sample.markdown)).toEqual([]);
    for (const file of expandInputs(['examples/team/answers'], repoRoot)) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      const name = /name: (.+)/.exec(text)?.[1] ?? '';
      const id = /id: (r-\d+)/.exec(text)?.[1] ?? '';
      expect(sample.markdown).not.toContain(name.split(' ')[1] ?? name);
      expect(sample.markdown).not.toContain(id);
    }
  });

  it('shows a perception gap, merges the small groups and reports alpha', () => {
    const grouping = sample.summary.grouping;
    expect(grouping?.groups.map((g) => [g.name, g.n, g.members])).toEqual([
      ['front-line', 12, []],
      ['manager', 5, []],
      ['other', 3, ['back-office', 'owner']],
    ]);
    expect(grouping?.gaps[0]?.gap).toBeGreaterThan(20);
    expect(grouping?.gaps[0]?.low.group).toBe('front-line');
    expect(sample.markdown).toMatch(/Respondents with role \*\*manager\*\* rate \*\*.+\*\* \d+\.\d points higher than those with role \*\*front-line\*\*/);
    expect(sample.markdown).toContain('"other" combines back-office and owner');
    expect(sample.summary.sections.filter((s) => s.reliability.result?.alpha != null).length).toBeGreaterThanOrEqual(5);
    expect(sample.markdown).toMatch(/below 0\.7: the questions may not measure one thing/);
  });
});

describe('CSV and YAML inputs of the same answers', () => {
  it('give the same report', async () => {
    const fromCsv = await teamReport(['examples/team/form-export.csv'], { groupBy: 'team', minGroup: 1, map: 'examples/team/form-export.map.yaml' });
    const yamlFiles = ['01', '02', '03', '04', '05', '06'].map((n) => `examples/team/answers/front-line-${n}.yaml`);
    const fromYaml = await teamReport(yamlFiles, { groupBy: 'team', minGroup: 1 });
    expect(fromCsv.summary.respondents).toBe(6);
    expect(fromCsv.summary.grouping?.groups.map((g) => g.name)).toEqual(['north-store']);
    expect(fromCsv.markdown).toBe(fromYaml.markdown);
  });
});
