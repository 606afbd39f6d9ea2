import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonLines } from '../../../src/report/comparison-section-markdown.js';
import { renderComparisonSummary } from '../../../src/report/terminal/comparison-summary.js';
import { renderTrendTable } from '../../../src/report/terminal/trend-table.js';
import { renderTrendReport } from '../../../src/report/trend-markdown.js';
import { compareSnapshots } from '../../../src/scoring/compare.js';
import type { Snapshot } from '../../../src/scoring/snapshot.js';
import { buildTrend } from '../../../src/scoring/trend.js';
import { progressAssessment } from '../../helpers/progress.js';

// Every renderer that prints a change prints the shown after minus the shown before: a client with
// a calculator and the report's own figures gets the report's change, for any scores.

const { questionnaire, snapshot: template } = progressAssessment('q1.yaml');
const plain = new Chalk({ level: 0 });

// fc.double alone favours tiny and extreme values; thousandths land on every rounding case, halves included.
const score = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map((v) => v / 1000),
  fc.double({ min: 0, max: 100, noNaN: true }),
);
const spread = fc.record({ n: fc.integer({ min: 1, max: 60 }), sd: fc.double({ min: 0, max: 40, noNaN: true }) }).map((s) => ({ n: s.n, sd: s.n < 2 ? null : s.sd }));
/** Scores (overall, lead, care, people) and, for a team, spreads. */
const side = fc.record({ scores: fc.tuple(score, score, score, score), spread: fc.option(spread, { nil: undefined }) });

function snapshotOf(values: { scores: number[]; spread?: { n: number; sd: number | null } }, team: boolean, date: string): Snapshot & { date: string } {
  const [overall, ...sections] = values.scores;
  const teamSpread = team ? (values.spread ?? { n: 10, sd: 10 }) : undefined;
  return {
    ...template,
    date,
    overall: { score: overall ?? null, band: null, ...(teamSpread ? { spread: teamSpread } : {}) },
    sections: template.sections.map((section, i) => ({
      ...section,
      score: sections[i] ?? null,
      ...(teamSpread ? { spread: teamSpread } : {}),
      items: section.items.map((item, k) => ({ ...item, score: ((sections[i] ?? 0) / 100 + k * 0.137) % 1 })),
    })),
  };
}

const number = (text: string) => Number(text.replace('−', '-'));
/** The three figures "before → after: change" (", change" for items) wherever a line holds them, as Markdown and the terminal print them. */
const triples = (text: string) =>
  [...text.matchAll(/(\d+\.\d) +(?:→|->) +(\d+\.\d)(?:[:,]? | +)([+−-]?\d+\.\d)/g)].map((m) => [number(m[1]!), number(m[2]!), number(m[3]!)] as const);
const sectionRows = (markdown: string) =>
  [...markdown.matchAll(/^\| [^|]+ \| (\d+\.\d) \| (\d+\.\d) \| ([+−]?\d+\.\d)/gm)].map((m) => [number(m[1]!), number(m[2]!), number(m[3]!)] as const);

function expectAddsUp(found: readonly (readonly [number, number, number])[], atLeast: number) {
  expect(found.length).toBeGreaterThanOrEqual(atLeast);
  for (const [before, after, change] of found) expect(Math.round((after - before) * 10)).toBe(Math.round(change * 10));
}

describe('a shown change is the shown after minus the shown before', () => {
  it('in compare and "Since last time" (Markdown and terminal), for one person and for teams', () => {
    fc.assert(
      fc.property(side, side, fc.boolean(), (before, after, team) => {
        const comparison = compareSnapshots(snapshotOf(before, team, '2026-01-01'), snapshotOf(after, team, '2026-06-01'));
        const markdown = comparisonLines(comparison, questionnaire, 2).join('\n');
        expectAddsUp(sectionRows(markdown), 3); // the section table
        expectAddsUp(triples(markdown), 1 + comparison.movedMost.length); // the overall sentence and the items that moved most
        const terminal = renderComparisonSummary(comparison, questionnaire, plain);
        expectAddsUp(triples(terminal), 4); // overall and each section: "34.0 -> 53.6  +19.6"
      }),
      { numRuns: 300 },
    );
  });

  it('in trend (Markdown and terminal)', () => {
    fc.assert(
      fc.property(side, side, side, fc.boolean(), (first, middle, last, team) => {
        const trend = buildTrend([snapshotOf(first, team, '2026-01-01'), snapshotOf(middle, team, '2026-03-01'), snapshotOf(last, team, '2026-06-01')]);
        const rows = (text: string, separator: RegExp) =>
          text
            .split('\n')
            .map((line) => line.split(separator).map((cell) => cell.trim()).filter(Boolean))
            .filter((cells) => cells.length >= 5 && /^\d+\.\d$/.test(cells[1]!))
            .map((cells) => [number(cells[1]!), number(cells[3]!), number(cells[cells.length - 1]!.split(' ')[0]!)] as const);
        expectAddsUp(rows(renderTrendReport(trend, questionnaire), /\|/), 4);
        const terminalRows = renderTrendTable(trend, questionnaire, plain)
          .split('\n')
          .map((line) => line.trim().split(/ {2,}/))
          .filter((cells) => cells.length >= 5 && /^\d+\.\d$/.test(cells[1]!))
          .map((cells) => [number(cells[1]!), number(cells[3]!), number(cells[cells.length - 1]!)] as const);
        expectAddsUp(terminalRows, 4);
      }),
      { numRuns: 200 },
    );
  });
});
