import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';

// Advice addressed to audiences through the built CLI. Fixture: tests/fixtures/audience-advice
// (leaders = owner and managers, staff = front-line and back-office; the team's figures are worked
// by hand in tests/unit/report/team-headline.test.ts).

const fixture = join(repoRoot, 'tests/fixtures/audience-advice');
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: fixture, env });

describe('advice for the person reading (built CLI)', () => {
  it("report: a front-line respondent's own actions first, the leaders' labelled after", () => {
    const result = run(['report', 'answers/fl1.yaml', '-o', '-']);
    expect(result.code).toBe(0);
    const markdown = result.stdout;
    const leadership = markdown.slice(markdown.indexOf('\n## Leadership\n'), markdown.indexOf('\n## Serving customers\n'));
    expect(leadership).toContain(
      [
        'Recommended next steps at At risk level:',
        '',
        '- Name one service habit everyone keeps this month.',
        '- Front-line staff bring one customer story to each team meeting.',
        '',
        'For Owner and managers:',
        '',
        '- Leaders work one shift a month beside front-line staff.',
      ].join('\n'),
    );
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it("report: an owner's own actions are the leaders'", () => {
    const result = run(['report', 'readers/owner.yaml', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Recommended next steps at Developing level:\n\n- Leaders answer every staff suggestion within a week.\n- Agree what a good day for a customer looks like.\n\nFor Front-line and back-office staff:\n\n- Staff say which rule gets in their way most.\n');
  });

  it('HTML keeps the label and the order', () => {
    const out = tempDir();
    const result = run(['report', 'answers/fl1.yaml', '--format', 'html', '-o', join(out, 'fl1.html')]);
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'fl1.html'), 'utf8');
    const staff = html.indexOf('<li>Front-line staff bring one customer story to each team meeting.</li>');
    const label = html.indexOf('<p>For Owner and managers:</p>', staff);
    expect(staff).toBeGreaterThan(-1);
    expect(label).toBeGreaterThan(staff);
    expect(html.indexOf('<li>Leaders work one shift a month beside front-line staff.</li>', label)).toBeGreaterThan(label);
  });

  it('score --json: each recommendation with who acts and whether it is the respondent’s', () => {
    const result = run(['score', 'answers/fl1.yaml', '--json']);
    expect(result.code).toBe(0);
    const recommendations = JSON.parse(result.stdout).recommendations as { section: string; audience: string; forRespondent: boolean }[];
    expect(recommendations.filter((r) => r.section === 'lead').map((r) => [r.audience, r.forRespondent])).toEqual([
      ['leaders', false],
      ['everyone', true],
      ['staff', true],
    ]);
  });

  it('team: the headline, the ordered actions with who acts, no gap on the pooled group, and JSON that compare reads back', () => {
    const out = tempDir();
    const stepSummary = join(out, 'step-summary.md');
    const result = run(['team', 'answers', '--group-by', 'role', '-o', join(out, 'team.md'), '--json', join(out, 'team.json')], { GITHUB_STEP_SUMMARY: stepSummary });
    expect(result.code).toBe(0);
    const markdown = readFileSync(join(out, 'team.md'), 'utf8');
    const headline = [
      '4 of 9 respondents (44%) are At risk, 2 (22%) Developing and 3 (33%) Strong.',
      'By role, **front-line** (3 respondents) average 33.3 (At risk) and **manager** (3) 83.3 (Strong). The widest gap is on **Leadership**: manager 83.3, front-line 16.7, 66.6 points apart.',
    ];
    for (const line of headline) {
      expect(markdown).toContain(line);
      expect(readFileSync(stepSummary, 'utf8')).toContain(line);
    }
    expect(markdown).toContain('| 1 | Leaders work one shift a month beside front-line staff. | Owner and managers | Leadership (At risk, team mean 44.4) |');
    expect(markdown).not.toMatch(/^\d+\. .*\*\*other\*\*/m);
    expect(markdownProblems(markdown)).toEqual([]);

    const json = JSON.parse(readFileSync(join(out, 'team.json'), 'utf8'));
    expect(json.actions.map((a: { rank: number; audience: string }) => `${a.rank} ${a.audience}`)).toEqual(['1 leaders', '2 everyone', '3 staff', '4 everyone', '5 leaders', '6 everyone']);
    expect(json.gaps.map((g: { high: { group: string }; low: { group: string } }) => [g.high.group, g.low.group])).toEqual([
      ['manager', 'front-line'],
      ['manager', 'front-line'],
    ]);
    const compared = run(['compare', join(out, 'team.json'), join(out, 'team.json'), '-o', '-']);
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
  });
});
