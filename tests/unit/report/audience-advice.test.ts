import { Chalk } from 'chalk';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../../src/load/assessment.js';
import { audiencesOfRole } from '../../../src/questionnaire/audiences.js';
import { renderIndividualReport } from '../../../src/report/individual-markdown.js';
import { scorecardJson } from '../../../src/report/scorecard-json.js';
import { renderResultsScreen } from '../../../src/report/terminal/results-screen.js';
import { repoRoot } from '../../helpers/cli.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

// Advice addressed to audiences (tests/fixtures/audience-advice): leaders are the owner and managers,
// staff the front-line and back-office; every other recommendation is for everyone.

const fixture = join(repoRoot, 'tests/fixtures/audience-advice');

function answered(file: string) {
  const loaded = loadAssessment(join(fixture, file), { cwd: fixture });
  if (loaded.kind !== 'answers') throw new Error('not an answer file');
  return loaded;
}

function report(file: string): string {
  const { scorecard, questionnaire } = answered(file);
  return renderIndividualReport(scorecard, questionnaire);
}

/** The lines of one "## Title" section, up to the next second-level heading. */
function section(markdown: string, title: string): string[] {
  const from = markdown.indexOf(`\n## ${title}\n`);
  expect(from).toBeGreaterThan(-1);
  const to = markdown.indexOf('\n## ', from + 1);
  return markdown.slice(from + 1, to).split('\n');
}

/** The numbered lines under "### What to do first", without their numbers. */
function whatToDoFirst(markdown: string): string[] {
  const from = markdown.indexOf('### What to do first');
  return [...markdown.slice(from, markdown.indexOf('\n## ', from)).matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1] as string);
}

describe('audiencesOfRole', () => {
  const { questionnaire } = answered('answers/fl1.yaml');

  it('puts a role in every audience that names it, whatever its case or spaces, with everyone', () => {
    expect([...(audiencesOfRole(questionnaire, 'front-line') ?? [])]).toEqual(['everyone', 'staff']);
    // The questionnaire spells it "Manager"; an answer file "manager".
    expect([...(audiencesOfRole(questionnaire, ' manager ') ?? [])]).toEqual(['everyone', 'leaders']);
    expect([...(audiencesOfRole(questionnaire, 'OWNER') ?? [])]).toEqual(['everyone', 'leaders']);
  });

  it('knows no reader without a role, or with a role no audience names', () => {
    expect(audiencesOfRole(questionnaire, undefined)).toBeNull();
    expect(audiencesOfRole(questionnaire, '')).toBeNull();
    expect(audiencesOfRole(questionnaire, 'volunteer')).toBeNull();
  });
});

describe("an individual report puts the reader's own actions first", () => {
  it("a front-line respondent: everyone's and staff actions, then the leaders' under their title", () => {
    // fl1 answered no, no on Leadership (0.0, At risk) and yes, no on Serving customers (50.0, Developing).
    const markdown = report('answers/fl1.yaml');
    expect(section(markdown, 'Leadership').slice(-9)).toEqual([
      'Recommended next steps at At risk level:',
      '',
      '- Name one service habit everyone keeps this month.',
      '- Front-line staff bring one customer story to each team meeting.',
      '',
      'For Owner and managers:',
      '',
      '- Leaders work one shift a month beside front-line staff.',
      '',
    ]);
    expect(section(markdown, 'Serving customers').slice(-9)).toEqual([
      'Recommended next steps at Developing level:',
      '',
      '- Staff log every complaint the same day.',
      '- Review the complaint log together every month.',
      '',
      'For Owner and managers:',
      '',
      '- Managers publish what changed because of complaints.',
      '',
    ]);
    expect(markdown).not.toContain('For Front-line and back-office staff:');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it("an owner (role spelt \"Owner\"): the leaders' actions are theirs, the staff's are labelled", () => {
    // o2 answered yes, no on both sections: 50.0, Developing each.
    const markdown = report('readers/owner.yaml');
    expect(section(markdown, 'Leadership').slice(-9)).toEqual([
      'Recommended next steps at Developing level:',
      '',
      '- Leaders answer every staff suggestion within a week.',
      '- Agree what a good day for a customer looks like.',
      '',
      'For Front-line and back-office staff:',
      '',
      '- Staff say which rule gets in their way most.',
      '',
    ]);
    expect(markdown).not.toContain('For Owner and managers:');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it("a role no audience names: everyone's first, then each audience's, labelled, in the order they are declared", () => {
    for (const file of ['readers/visitor.yaml', 'readers/anonymous.yaml']) {
      const lines = section(report(file), 'Leadership');
      const at = (text: string) => lines.indexOf(text);
      expect(at('- Agree what a good day for a customer looks like.')).toBeGreaterThan(at('Recommended next steps at Developing level:'));
      expect(at('For Owner and managers:')).toBeGreaterThan(at('- Agree what a good day for a customer looks like.'));
      expect(at('- Leaders answer every staff suggestion within a week.')).toBe(at('For Owner and managers:') + 2);
      expect(at('For Front-line and back-office staff:')).toBeGreaterThan(at('- Leaders answer every staff suggestion within a week.'));
      expect(at('- Staff say which rule gets in their way most.')).toBe(at('For Front-line and back-office staff:') + 2);
    }
  });

  it("What to do first: the reader's own actions, weakest section first, then others' with who acts", () => {
    // fl1: Leadership (0.0) is weaker than Serving customers (50.0); all three picks are the reader's own.
    expect(whatToDoFirst(report('answers/fl1.yaml'))).toEqual([
      'Name one service habit everyone keeps this month. (Leadership, At risk)',
      'Staff log every complaint the same day. (Serving customers, Developing)',
      'Front-line staff bring one customer story to each team meeting. (Leadership, At risk)',
    ]);
    // The visitor (Serving customers 0.0 At risk, Leadership 50.0 Developing) owns only everyone's
    // two; the third is the leaders' first in the weakest section, labelled.
    expect(whatToDoFirst(report('readers/visitor.yaml'))).toEqual([
      'Write down the three promises every customer gets. (Serving customers, At risk)',
      'Agree what a good day for a customer looks like. (Leadership, Developing)',
      'For Owner and managers: Managers give staff authority to refund small amounts. (Serving customers, At risk)',
    ]);
  });

  it('results screen of run: the same three, with who acts on the one the reader does not take', () => {
    const { scorecard, questionnaire } = answered('readers/visitor.yaml');
    const screen = renderResultsScreen(scorecard, questionnaire, new Chalk({ level: 0 }), 200);
    const numbered = [...screen.matchAll(/^ {2}\d\. (.*)$/gm)].map((m) => m[1]);
    expect(numbered).toEqual([
      'Write down the three promises every customer gets. (Serving customers, At risk)',
      'Agree what a good day for a customer looks like. (Leadership, Developing)',
      'For Owner and managers: Managers give staff authority to refund small amounts. (Serving customers, At risk)',
    ]);
  });

  it("prints the questionnaire's reason for its weights in the appendix", () => {
    const markdown = report('answers/fl1.yaml');
    const appendix = markdown.slice(markdown.indexOf('## Appendix'));
    expect(appendix).toContain('**Why the weights are what they are:** Leadership weighs double because staff follow what leaders do more than what they say.');
  });

  it('score JSON lists each recommendation with who acts and whether it is the respondent’s', () => {
    const { scorecard, questionnaire } = answered('answers/fl1.yaml');
    const json = scorecardJson(scorecard, questionnaire);
    expect(json.recommendations?.filter((r) => r.section === 'lead')).toEqual([
      { section: 'lead', band: 'At risk', audience: 'leaders', forRespondent: false, text: 'Leaders work one shift a month beside front-line staff.' },
      { section: 'lead', band: 'At risk', audience: 'everyone', forRespondent: true, text: 'Name one service habit everyone keeps this month.' },
      { section: 'lead', band: 'At risk', audience: 'staff', forRespondent: true, text: 'Front-line staff bring one customer story to each team meeting.' },
    ]);
    // The open section follows the overall band (16.7, At risk).
    expect(json.recommendations?.filter((r) => r.section === 'open').map((r) => r.band)).toEqual(['At risk', 'At risk']);
    expect(scorecardJson(scorecard)).not.toHaveProperty('recommendations');
  });
});

describe('an audience title is data', () => {
  it('is escaped where it labels actions, in the section and in What to do first', () => {
    const { scorecard, questionnaire } = answered('readers/visitor.yaml');
    const hostile = { ...questionnaire, audiences: { ...questionnaire.audiences, leaders: { title: '# Boss | [x](http://evil.example) <b>', roles: ['owner'] } } };
    const markdown = renderIndividualReport(scorecard, hostile);
    const label = 'For \\# Boss \\| \\[x\\](http:\\/\\/evil.example) &lt;b&gt;:';
    expect(markdown).toContain(`\n${label}\n`);
    expect(markdown).toContain(`3. ${label} Managers give staff authority to refund small amounts.`);
    expect(markdown).not.toContain('<b>');
    expect(markdownProblems(markdown)).toEqual([]);
  });
});
