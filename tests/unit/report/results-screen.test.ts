import { Chalk } from 'chalk';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answers/schema.js';
import { defaultReportPath } from '../../../src/cli/actions/report.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { renderResultsScreen } from '../../../src/report/terminal/results-screen.js';
import { topRecommendations } from '../../../src/report/top-recommendations.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { unusedPath } from '../../../src/write/unused-path.js';
import { tempDir } from '../../helpers/cli.js';

const { questionnaire } = loadQuestionnaireFile(join(import.meta.dirname, '../../fixtures/interactive-run/questionnaires/all-types.yaml'));
const score = (answers: Record<string, Answer>, respondent: Record<string, string> = {}) =>
  scoreResponse(questionnaire, { questionnaireId: 'all-types', respondent, answers, source: 'test' });

// Basics: Strongly disagree = 0, Never = 0, no = 0 → 0, Weak. More: rating 3 of 1..5 = 0.5,
// Phone = 1/3 → (0.5 + 0.333) / 2 = 41.7, Weak. Basics is weaker, so its advice comes first.
const WEAK = score({
  agree: { kind: 'likert', position: 1 },
  pick: { kind: 'choice', index: 2 },
  'yes-or-no': { kind: 'yesno', yes: false },
  rate: { kind: 'rating', value: 3 },
  channels: { kind: 'multi', indices: [0] },
});

describe('top recommendations', () => {
  it('takes one from each section in turn, weakest section first, for the band each reached', () => {
    expect(topRecommendations(WEAK, questionnaire).map((r) => `${r.sectionId}/${r.band}: ${r.text}`)).toEqual([
      'basics/Weak: Fix the basics first.',
      'more/Weak: Do more.',
      'basics/Weak: Then fix the basics again.',
    ]);
    expect(topRecommendations(WEAK, questionnaire, 1)).toHaveLength(1);
  });

  it('is empty when nothing is scored', () => {
    expect(topRecommendations(score({}), questionnaire)).toEqual([]);
  });
});

describe('results screen', () => {
  it('shows the summary, the bars and what to do first, within 80 columns', () => {
    const screen = renderResultsScreen(WEAK, questionnaire, new Chalk({ level: 0 }), 80);
    // Overall (2 × 0 + 1 × 41.67) / 3 = 13.89, shown to nearest as 13.9.
    expect(screen).toContain('Overall 13.9 Weak');
    expect(screen).toMatch(/Basics\s+-+\s+0\.0 Weak/);
    expect(screen).toContain('What to do first:\n  1. Fix the basics first. (Basics, Weak)\n  2. Do more. (More, Weak)');
    // A red flag too long for one line wraps, with its question's words (not its id) and the answer beneath.
    expect(screen).toContain(
      '  ! Promises are broken often enough that customers have stopped counting on\n    them, which no other strength makes up for.\n    [We keep our promises. → Strongly disagree]',
    );
    for (const line of screen.split('\n')) expect(line.length).toBeLessThan(80);
  });
});

describe('report and file names', () => {
  it('names a report by respondent id, then name, then date', () => {
    expect(defaultReportPath(score({}, { id: 'r-1', name: 'Ann' }))).toBe(join('reports', 'all-types-r-1.md'));
    expect(defaultReportPath(score({}, { name: 'Ann Lee' }))).toBe(join('reports', 'all-types-ann-lee.md'));
    expect(defaultReportPath(score({}), new Date(2026, 0, 2))).toBe(join('reports', 'all-types-2026-01-02.md'));
  });

  it('finds the next free name for a file that must not replace another', () => {
    const dir = tempDir();
    const path = join(dir, 'report.md');
    expect(unusedPath(path)).toBe(path);
    writeFileSync(path, 'x');
    writeFileSync(join(dir, 'report-2.md'), 'x');
    expect(unusedPath(path)).toBe(join(dir, 'report-3.md'));
    expect(existsSync(join(dir, 'report-3.md'))).toBe(false);
  });
});
