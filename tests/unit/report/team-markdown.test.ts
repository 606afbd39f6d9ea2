import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/answers/schema.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { markdownProblems } from '../../helpers/markdownlint.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

const hostile = ['# heading', '| pipe |', '<script>x</script>', '[link](http://evil.example)', '`code`', '- list', '**bold**'];

function scorecards(order: number[]) {
  const people = hostile.map((text, i) => ({
    respondent: { name: `Secret Person ${i}`, id: `id-${i}`, team: i % 2 ? '| north *store*' : '# south' },
    answers: {
      q1: { kind: 'likert', position: 1 + (i % 5) },
      q2: { kind: 'likert', position: 5 - (i % 5) },
      q3: { kind: 'yesno', yes: i % 3 === 0 },
      q4: { kind: 'rating', value: i },
      q5: { kind: 'text', text: `${text}\nsecond line` },
    } as Response['answers'],
  }));
  return order.map((i) => people[i]).map((p) => scoreResponse(tinyQuestionnaire, { questionnaireId: 'tiny', respondent: p?.respondent ?? {}, answers: p?.answers ?? {}, source: 'x' }));
}

describe('renderTeamReport', () => {
  const forward = [0, 1, 2, 3, 4, 5, 6];
  const markdown = renderTeamReport(aggregateScorecards(tinyQuestionnaire, scorecards(forward), { groupBy: 'team', minGroup: 3 }), tinyQuestionnaire);

  it('is lint-clean with hostile comments and group names, and escapes them', () => {
    expect(markdownProblems(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/^#+ heading/m);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/[^\\]\]\(http/);
    expect(markdown).toContain('\\[link\\](http:\\/\\/evil.example)');
    expect(markdown).toContain('\\| north \\*store\\*');
  });

  it('names nobody', () => {
    expect(markdown).not.toContain('Secret Person');
    expect(markdown).not.toMatch(/id-\d/);
  });

  it('lists comments in the same order whatever the input order', () => {
    const reversed = renderTeamReport(aggregateScorecards(tinyQuestionnaire, scorecards([...forward].reverse()), { groupBy: 'team', minGroup: 3 }), tinyQuestionnaire);
    const comments = (text: string) => text.slice(text.indexOf('## In their own words'), text.indexOf('## How this was scored'));
    expect(comments(reversed)).toBe(comments(markdown));
    expect(comments(markdown)).toContain('\\# heading');
  });

  it('shows recommendations for the band of each section mean', () => {
    expect(markdown).toMatch(/\| 1 \| (Fix|Develop) one \| Everyone \| One \((At risk|Developing), team mean \d+\.\d\) \|/);
  });

  it('lists an answer several people gave once, with their number', () => {
    const same = [0, 1].map(() => scoreResponse(tinyQuestionnaire, { questionnaireId: 'tiny', respondent: {}, source: 'x', answers: { q5: { kind: 'text', text: 'Nothing' } } }));
    expect(renderTeamReport(aggregateScorecards(tinyQuestionnaire, same), tinyQuestionnaire)).toContain('\n- Nothing (2 respondents)\n');
  });
});
