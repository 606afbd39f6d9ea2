import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamJsonSchema } from '../../../src/formats/team-json/read.js';
import { teamJson } from '../../../src/formats/team-json/write.js';
import { loadAssessment } from '../../../src/load/assessment.js';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { renderTeamStepSummary } from '../../../src/report/team-step-summary.js';
import { teamActions, teamActionsJson } from '../../../src/report/team/actions.js';
import { bandShareSentence, groupHeadline } from '../../../src/report/team/headline.js';
import { repoRoot } from '../../helpers/cli.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

// The team of tests/fixtures/audience-advice/answers: every question yes/no, so a section of two
// questions scores 0, 50 or 100, and overall = (2 × Leadership + Serving customers) / 3.
//
//   respondent  role         Leadership  Serving  overall            band
//   fl1         front-line        0          50    (0 + 50)/3 = 16.7   At risk
//   fl2         front-line       50          50   (100 + 50)/3 = 50.0  Developing
//   fl3         front-line        0         100   (0 + 100)/3 = 33.3   At risk
//   m1          manager         100          50   (200 + 50)/3 = 83.3  Strong
//   m2          manager         100         100          100.0         Strong
//   m3          manager          50         100  (100 + 100)/3 = 66.7  Developing
//   o1          owner           100         100          100.0         Strong
//   b1, b2      back-office       0         100          33.3 each     At risk
//
// Bands: At risk 4 (fl1, fl3, b1, b2), Developing 2 (fl2, m3), Strong 3 (m1, m2, o1) of 9.
// Groups of at least 3: front-line, manager; owner (1) and back-office (2) are pooled as "other".
//   front-line overall (16.7 + 50 + 33.3)/3 = 33.3 (At risk); manager (83.3 + 100 + 66.7)/3 = 83.3 (Strong)
//   Leadership: manager (100 + 100 + 50)/3 = 83.3, front-line (0 + 50 + 0)/3 = 16.7: shown 83.3 − 16.7 = 66.6
//   Serving:    manager (50 + 100 + 100)/3 = 83.3, front-line (50 + 50 + 100)/3 = 66.7: 16.6
//   "other" rates Serving 100 and Leadership (100 + 0 + 0)/3 = 33.3: were it compared, it would
//   be the high end of the Serving gap (100 vs 66.7).
// Team section means: Leadership 400/9 = 44.4 (At risk), Serving 750/9 = 83.3 (Strong).

const fixture = join(repoRoot, 'tests/fixtures/audience-advice');

function team(dir = 'answers'): { questionnaire: Questionnaire; scorecards: Scorecard[] } {
  const loaded = readdirSync(join(fixture, dir))
    .sort()
    .map((file) => loadAssessment(join(fixture, dir, file), { cwd: fixture }))
    .map((assessment) => {
      if (assessment.kind !== 'answers') throw new Error('not an answer file');
      return assessment;
    });
  return { questionnaire: loaded[0]!.questionnaire, scorecards: loaded.map((a) => a.scorecard) };
}

const { questionnaire, scorecards } = team();
const grouped = aggregateScorecards(questionnaire, scorecards, { groupBy: 'role', minGroup: 3 });
const markdown = renderTeamReport(grouped, questionnaire);

describe('the team headline', () => {
  it('names the share of respondents in each band, worst first', () => {
    // 4/9 = 44%, 2/9 = 22%, 3/9 = 33%.
    expect(bandShareSentence(grouped)).toBe('4 of 9 respondents (44%) are At risk, 2 (22%) Developing and 3 (33%) Strong.');
  });

  it('names the lowest and highest group, the widest gap, and that the pooled group was left out', () => {
    expect(groupHeadline(grouped)).toBe(
      'By role, **front-line** (3 respondents) average 33.3 (At risk) and **manager** (3) 83.3 (Strong). ' +
        'The widest gap is on **Leadership**: manager 83.3, front-line 16.7, 66.6 points apart. ' +
        '"other" pools the groups too small to show on their own (back-office and owner) and is left out of the comparisons: a pooled group mixes people who see things differently.',
    );
  });

  it('opens the executive summary, under the team score', () => {
    const summary = markdown.slice(markdown.indexOf('## Executive summary'), markdown.indexOf('### What to do first'));
    const lines = summary.split('\n');
    expect(lines[2]).toMatch(/^\*\*Team score: 57\.4 out of 100, Developing\*\*/); // 516.7 / 9 = 57.4
    expect(lines[4]).toBe(bandShareSentence(grouped));
    expect(lines[6]).toBe(groupHeadline(grouped));
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('is in the CI step summary too', () => {
    const step = renderTeamStepSummary(grouped, []);
    expect(step).toContain(`\n\n${bandShareSentence(grouped)}\n\n${groupHeadline(grouped)}\n\n`);
  });

  it('without grouping, names the band shares only', () => {
    const whole = aggregateScorecards(questionnaire, scorecards);
    expect(groupHeadline(whole)).toBeUndefined();
    expect(renderTeamReport(whole, questionnaire)).toContain('\n\n4 of 9 respondents (44%) are At risk, 2 (22%) Developing and 3 (33%) Strong.\n\n');
  });
});

describe('the pooled group never carries a gap', () => {
  it('would have been the high end of the Serving gap, so the test can fail', () => {
    const other = grouped.grouping?.groups.find((g) => g.name === 'other');
    expect(other?.members).toEqual(['back-office', 'owner']);
    expect(other?.sections.find((s) => s.id === 'serve')?.mean).toBe(100);
  });

  it('is in no gap, gap sentence or headline, in Markdown or JSON', () => {
    expect(grouped.grouping?.gaps.map((gap) => [gap.sectionId, gap.high.group, gap.low.group])).toEqual([
      ['lead', 'manager', 'front-line'],
      ['serve', 'manager', 'front-line'],
    ]);
    const gapList = markdown.slice(markdown.indexOf('## Perception gaps'), markdown.indexOf('### Section means by group'));
    const sentences = gapList.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(sentences).toEqual([
      '1. Respondents with role **manager** rate **Leadership** 66.6 points higher than those with role **front-line** (83.3 vs 16.7).',
      '2. Respondents with role **manager** rate **Serving customers** 16.6 points higher than those with role **front-line** (83.3 vs 66.7).',
    ]);
    expect(gapList).toContain('"other" pools the groups too small to show on their own (back-office and owner) and is left out of the comparisons');
    expect(JSON.stringify(teamJson(grouped).gaps)).not.toContain('other');
    // Its figures are still in the tables, as before: pooled, it singles nobody out.
    expect(markdown).toContain('| other (n=3) |');
  });

  it('with only one group large enough, compares nothing and says why', () => {
    const fewer = scorecards.filter((card) => card.respondent.role !== 'manager');
    const summary = aggregateScorecards(questionnaire, fewer, { groupBy: 'role', minGroup: 3 });
    expect(summary.grouping?.gaps).toEqual([]);
    expect(groupHeadline(summary)).toBe(
      'By role, fewer than two groups have 3 or more respondents with a score, so no group is compared with another. "other" pools the groups too small to show on their own (back-office and owner) and is left out of the comparisons: a pooled group mixes people who see things differently.',
    );
    const report = renderTeamReport(summary, questionnaire);
    const gaps = report.slice(report.indexOf('## Perception gaps'), report.indexOf('### Section means by group'));
    expect(gaps).toContain('There are fewer than two groups to compare (a group needs at least 3 respondents to be shown). "other" pools the groups');
    expect(gaps).not.toMatch(/^\d+\. /m);
    expect(markdownProblems(report)).toEqual([]);
  });
});

describe('team actions', () => {
  it('most important first, each with who acts', () => {
    // Cost = weight × (100 − team mean): Leadership 2 × (100 − 44.4) = 111.1, Serving 1 × (100 − 83.3) = 16.7.
    // The open section follows the overall band (57.4, Developing) and comes last.
    expect(teamActions(grouped, questionnaire).map((a) => [a.rank, a.sectionId, a.band, a.audienceTitle, a.text])).toEqual([
      [1, 'lead', 'At risk', 'Owner and managers', 'Leaders work one shift a month beside front-line staff.'],
      [2, 'lead', 'At risk', 'Everyone', 'Name one service habit everyone keeps this month.'],
      [3, 'lead', 'At risk', 'Front-line and back-office staff', 'Front-line staff bring one customer story to each team meeting.'],
      [4, 'serve', 'Strong', 'Everyone', 'Share one story a month of a customer served well.'],
      [5, 'open', 'Developing', 'Owner and managers', 'The owner reads every answer to the open question.'],
      [6, 'open', 'Developing', 'Everyone', 'Discuss the answers at the next team meeting.'],
    ]);
    const table = markdown.slice(markdown.indexOf('## Recommendations'));
    expect(table).toContain('Most important first: sections by what they cost the team score');
    expect(table).toContain('| 1 | Leaders work one shift a month beside front-line staff. | Owner and managers | Leadership (At risk, team mean 44.4) |');
    expect(table).toContain("| 6 | Discuss the answers at the next team meeting. | Everyone | In your words (not scored: the team's overall band, Developing) |");
  });

  it('a heavier section a little low comes before a lighter one further down', () => {
    // readers/ holds none of these; three made-up respondents:
    //   Leadership (100 + 50 + 50)/3 = 66.7 (Developing): cost 2 × 33.3 = 66.7
    //   Serving    (50 + 50 + 50)/3 = 50.0 (Developing): cost 1 × 50 = 50
    // so Leadership first although Serving is weaker.
    const yes = (l1: boolean, l2: boolean, s1: boolean, s2: boolean) =>
      scoreResponse(questionnaire, {
        questionnaireId: questionnaire.id,
        respondent: {},
        source: 'made-up',
        answers: { l1: { kind: 'yesno', yes: l1 }, l2: { kind: 'yesno', yes: l2 }, s1: { kind: 'yesno', yes: s1 }, s2: { kind: 'yesno', yes: s2 } },
      });
    const cards = [yes(true, true, true, false), yes(true, false, true, false), yes(true, false, false, true)];
    const summary = aggregateScorecards(questionnaire, cards);
    expect(summary.sections.map((s) => s.stats.mean)).toEqual([200 / 3, 50, null]);
    expect([...new Set(teamActions(summary, questionnaire).map((a) => a.sectionId))]).toEqual(['lead', 'serve', 'open']);
  });

  it('team JSON lists them with their rank, who acts and cost, and reads back', () => {
    const json = teamJson(grouped, { actions: teamActionsJson(grouped, questionnaire) });
    expect(json.actions?.[0]).toEqual({ rank: 1, section: 'lead', band: 'At risk', audience: 'leaders', cost: 2 * (100 - 400 / 9), text: 'Leaders work one shift a month beside front-line staff.' });
    expect(json.actions?.map((a) => a.audience)).toEqual(['leaders', 'everyone', 'staff', 'everyone', 'leaders', 'everyone']);
    expect(teamJsonSchema().safeParse(JSON.parse(JSON.stringify(json))).success).toBe(true);
    // A file written before actions were added still reads.
    expect(teamJsonSchema().safeParse(JSON.parse(JSON.stringify(teamJson(grouped)))).success).toBe(true);
  });

  it("prints the questionnaire's reason for its weights in the appendix", () => {
    expect(markdown.slice(markdown.indexOf('## Appendix'))).toContain('**Why the weights are what they are:** Leadership weighs double');
  });
});
