import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { individualDocument } from '../../../src/cli/actions/report.js';
import { loadAssessment } from '../../../src/load/assessment.js';
import { renderComparisonReport } from '../../../src/report/comparison-report-markdown.js';
import { renderIndividualReport } from '../../../src/report/individual-markdown.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { longDate, titleBlockLines } from '../../../src/report/title-block.js';
import { topRecommendations } from '../../../src/report/top-recommendations.js';
import { renderResultsScreen } from '../../../src/report/terminal/results-screen.js';
import { plain } from '../../../src/cli/command-result.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { repoRoot } from '../../helpers/cli.js';
import { markdownProblems } from '../../helpers/markdownlint.js';
import { progressDir } from '../../helpers/progress.js';
import { INJECTIONS } from '../../helpers/injection-corpus.js';
import { markdownStructure } from '../../helpers/markdown-structure.js';

const example = (name: string) => loadAssessment(join(repoRoot, 'examples', 'service-culture', name), { cwd: repoRoot });
const answered = (name: string) => {
  const loaded = example(name);
  if (loaded.kind !== 'answers') throw new Error('not an answer file');
  return loaded;
};

/** The numbered lines under "### What to do first", without their numbers. */
function whatToDoFirst(markdown: string): string[] {
  const from = markdown.indexOf('### What to do first');
  const block = markdown.slice(from, markdown.indexOf('\n## ', from));
  return [...block.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1]!);
}

/** The report before its appendix: what a client reads as the body. */
const body = (markdown: string) => markdown.slice(0, markdown.indexOf('## Appendix'));

describe('title block', () => {
  it.each([
    [{ client: 'Acme Ltd', preparedBy: 'Jo Bloggs' }, 'Prepared for **Acme Ltd** by **Jo Bloggs**, 7 December 2026.'],
    [{ client: 'Acme Ltd' }, 'Prepared for **Acme Ltd**, 7 December 2026.'],
    [{ preparedBy: 'Jo Bloggs' }, 'Prepared by **Jo Bloggs**, 7 December 2026.'],
    [{}, 'Report date: 7 December 2026.'],
    [{ client: '**Evil** | <b>' }, 'Prepared for **\\*\\*Evil\\*\\* \\| &lt;b&gt;**, 7 December 2026.'],
  ])('%j', (handover, line) => {
    expect(titleBlockLines(handover, '2026-12-07')).toEqual([line]);
  });

  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('a client or consultant named %s stays text', (_name, text) => {
    const { scorecard, questionnaire } = answered('owner.yaml');
    const plain = renderIndividualReport(scorecard, questionnaire, { handover: { client: 'Acme', preparedBy: 'Jo' } });
    const hostile = renderIndividualReport(scorecard, questionnaire, { handover: { client: text, preparedBy: text } });
    expect(markdownStructure(hostile)).toEqual(markdownStructure(plain));
    expect(markdownProblems(hostile)).toEqual([]);
    expect(hostile).not.toContain('<');
  });

  it('writes dates out in words and leaves other dates as written', () => {
    expect(longDate('2026-01-31')).toBe('31 January 2026');
    expect(longDate('2026-11-20T10:00:00Z')).toBe('20 November 2026');
    expect(longDate('late 2026')).toBe('late 2026');
  });

  it("dates an individual report by the engagement, else the answers' completion, else today", () => {
    const { scorecard, questionnaire } = answered('owner.yaml');
    const first = (handover: object) => renderIndividualReport(scorecard, questionnaire, { handover }).split('\n')[2];
    expect(first({ client: 'Acme Ltd', today: '2027-01-05' })).toBe('Prepared for **Acme Ltd**, 20 November 2026.');
    expect(first({ client: 'Acme Ltd', date: '2026-12-07', today: '2027-01-05' })).toBe('Prepared for **Acme Ltd**, 7 December 2026.');
    const undated = { ...scorecard, completed: undefined };
    expect(renderIndividualReport(undated, questionnaire, { handover: { today: '2027-01-05' } }).split('\n')[2]).toBe('Report date: 5 January 2027.');
  });

  it('dates a team report by its latest answers', () => {
    const cards = ['owner.yaml', 'manager.yaml', 'front-line.yaml'].map((name) => answered(name));
    const summary = aggregateScorecards(cards[0]!.questionnaire, cards.map((c) => c.scorecard));
    const markdown = renderTeamReport(summary, cards[0]!.questionnaire, { handover: { preparedBy: 'Jo Bloggs', today: '2030-01-01' } });
    expect(markdown).toContain(`Prepared by **Jo Bloggs**, ${longDate(summary.completed.last!)}.`);
  });
});

describe('executive summary', () => {
  it.each(['owner.yaml', 'manager.yaml', 'front-line.yaml'])("%s: What to do first is the results screen's three", (name) => {
    const { scorecard, questionnaire } = answered(name);
    const markdown = renderIndividualReport(scorecard, questionnaire);
    const screen = renderResultsScreen(scorecard, questionnaire, plain, 400);
    const picked = topRecommendations(scorecard, questionnaire);
    expect(picked).toHaveLength(3);
    // An action the respondent does not take themselves starts with who does.
    expect(whatToDoFirst(markdown)).toEqual(picked.map((r) => `${r.forReader ? '' : `For ${r.audienceTitle}: `}${r.text} (${r.sectionTitle}, ${r.band})`));
    for (const [i, r] of picked.entries()) expect(screen).toContain(`${i + 1}. ${r.text} (${r.sectionTitle}, ${r.band})`);
    // It opens the report: the title block and header, then the summary.
    expect(markdown.match(/^## .*$/m)?.[0]).toBe('## Executive summary');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('names the strongest and weakest areas and the most serious red flag', () => {
    const { scorecard, questionnaire } = answered('front-line.yaml');
    const markdown = renderIndividualReport(scorecard, questionnaire);
    const summary = markdown.slice(markdown.indexOf('## Executive summary'), markdown.indexOf('### What to do first'));
    expect(summary).toMatch(/- \*\*Strongest area:\*\* .+ \(\d+\.\d, .+\)/);
    expect(summary).toMatch(/- \*\*Weakest area:\*\* .+ \(\d+\.\d, .+\)/);
    const worst = [...scorecard.redFlags].sort((a, b) => a.score - b.score)[0]!;
    expect(summary).toContain(`- **Red flags:** ${scorecard.redFlags.length}; the most serious: **${worst.message}**`);
  });

  it("gives a team the first action of each of its costliest sections, as its actions are ordered", () => {
    const cards = ['owner.yaml', 'manager.yaml', 'front-line.yaml'].map((name) => answered(name));
    const questionnaire = cards[0]!.questionnaire;
    const summary = aggregateScorecards(questionnaire, cards.map((c) => c.scorecard));
    const markdown = renderTeamReport(summary, questionnaire);
    // Cost = weight × (100 − team mean), the order of the Recommendations table.
    const costliest = [...summary.sections].filter((s) => s.stats.mean !== null).sort((a, b) => b.weight * (100 - b.stats.mean!) - a.weight * (100 - a.stats.mean!))[0]!;
    const first = whatToDoFirst(markdown);
    expect(first).toHaveLength(3);
    expect(first[0]).toContain(`(${costliest.title}, ${costliest.band?.label})`);
    // The first of them is the table's action 1 (its "For …:" label, if any, is the Who acts column there).
    const action = first[0]!.slice(0, first[0]!.lastIndexOf(' (')).replace(/^For [^:]+: /, '');
    expect(markdown).toContain(`| 1 | ${action} |`);
    expect(markdown.match(/^## .*$/m)?.[0]).toBe('## Executive summary');
    expect(markdownProblems(markdown)).toEqual([]);
  });
});

describe('formulas stay in the appendix', () => {
  const formula = /Σ|max\(target|\(score − baseline\)/;
  const progress = (name: string) => {
    const loaded = loadAssessment(join(progressDir, name), { cwd: progressDir });
    if (loaded.kind !== 'answers') throw new Error('not an answer file');
    return loaded;
  };

  it('individual with a target and a baseline', () => {
    const [q1, q3, target] = [progress('q1.yaml'), progress('q3.yaml'), progress('target.yaml')];
    const document = individualDocument(q3.scorecard, q3.questionnaire, { previous: q1.snapshot, target: target.snapshot });
    const markdown = renderIndividualReport(q3.scorecard, q3.questionnaire, { target: document.target, sinceLastTime: document.sinceLastTime });
    expect(body(markdown)).toContain('## Progress to target');
    expect(body(markdown)).not.toMatch(formula);
    expect(markdown.slice(markdown.indexOf('## Appendix'))).toMatch(formula);
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('comparison with a target', () => {
    const [q1, q3, target] = [progress('q1.yaml'), progress('q3.yaml'), progress('target.yaml')];
    const document = individualDocument(q3.scorecard, q3.questionnaire, { previous: q1.snapshot, target: target.snapshot });
    const markdown = renderComparisonReport(document.sinceLastTime!, q3.questionnaire, { target: document.target });
    const appendix = markdown.indexOf('For the reader who wants the formulas');
    expect(appendix).toBeGreaterThan(markdown.indexOf('## How this was compared'));
    expect(markdown.slice(0, appendix)).not.toMatch(formula);
  });

  it('team', () => {
    const cards = ['owner.yaml', 'manager.yaml', 'front-line.yaml'].map((name) => answered(name));
    const markdown = renderTeamReport(aggregateScorecards(cards[0]!.questionnaire, cards.map((c) => c.scorecard)), cards[0]!.questionnaire);
    expect(body(markdown)).not.toMatch(/Σ|k\/\(k/);
    expect(markdown).toMatch(/## Appendix: how the scores are worked out\n/);
  });
});
