import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderComparisonReport } from '../../../src/report/comparison-report-markdown.js';
import { comparisonJson } from '../../../src/report/comparison-json.js';
import { renderTrendReport } from '../../../src/report/trend-markdown.js';
import { compareSnapshots } from '../../../src/scoring/compare.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { sharesIds } from '../../../src/scoring/shared-ids.js';
import { snapshotOfScorecard } from '../../../src/scoring/snapshot.js';
import { buildTrend } from '../../../src/scoring/trend.js';
import { fixturePath, questionnaireFromFile, responseFromYaml } from '../../helpers/scoring.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

// tests/fixtures/shared-ids: a full audit and a pulse that reuses some of its ids. Likert 1..5 scores
// 0, 25, 50, 75, 100; yes 100, no 0; a 0..10 rating 10 per point.
//
//                      full-audit 2026-09        pulse-check 2026-12     full-audit 2027-03
//   leadership (w 2)   model 3 → 50              model 4 → 75            model 5 → 100
//                      reachable 5 → 100                                 reachable 4 → 75
//                      section (50+100)/2 = 75   section 75              section (100+75)/2 = 87.5
//   recovery           fixed 2 → 25, yes 100     fixed 4 → 75, yes 100   fixed 5 → 100, no 0
//                      section 62.5              section 87.5            section 50
//   voice (full only)  ask 4 → 75                –                       ask 5 → 100
//   mood (pulse only)  –                         rating 6 → 60           –
//   overall            (2×75+62.5+75)/4 = 71.875 (2×75+87.5+60)/4 = 74.375 (2×87.5+50+100)/4 = 81.25

const full = questionnaireFromFile(fixturePath('shared-ids', 'questionnaires', 'full-audit.yaml'));
const pulse = questionnaireFromFile(fixturePath('shared-ids', 'questionnaires', 'pulse-check.yaml'));
const unrelated = questionnaireFromFile(fixturePath('shared-ids', 'questionnaires', 'unrelated.yaml'));

function snapshot(questionnaire: typeof full, file: string) {
  const response = responseFromYaml(questionnaire, readFileSync(fixturePath('shared-ids', file), 'utf8'), file);
  const snap = snapshotOfScorecard(scoreResponse(questionnaire, response), 'anna (owner)');
  return { ...snap, date: snap.date ?? '' };
}

const september = snapshot(full, 'full-2026-09.yaml');
const december = snapshot(pulse, 'pulse-2026-12.yaml');
const march = snapshot(full, 'full-2027-03.yaml');

describe('sharesIds', () => {
  it('holds for a pulse and its full audit, and not for a questionnaire with no id in common', () => {
    expect(sharesIds(full, pulse)).toBe(true);
    expect(sharesIds(pulse, full)).toBe(true);
    expect(sharesIds(full, unrelated)).toBe(false);
  });
});

describe('compareSnapshots across questionnaires that share ids', () => {
  const comparison = compareSnapshots(september, december);

  it('compares the sections and questions both measure, by id', () => {
    // leadership 75 → 75: 0.0; recovery 62.5 → 87.5: +25.0
    expect(comparison.sections.map((s) => [s.id, s.before, s.after, s.shownChange])).toEqual([
      ['leadership', 75, 75, 0],
      ['recovery', 62.5, 87.5, 25],
    ]);
    // leaders-model 0.5 → 0.75; complaint-fixed 0.25 → 0.75; check-back 1 → 1
    expect(comparison.items.map((i) => [i.id, i.before, i.after])).toEqual([
      ['leaders-model', 0.5, 0.75],
      ['complaint-fixed', 0.25, 0.75],
      ['check-back', 1, 1],
    ]);
    expect(comparison.movedMost.map((i) => i.id)).toEqual(['complaint-fixed', 'leaders-model']);
  });

  it('keeps both overall scores but reads no change from them', () => {
    expect(comparison.overall).toMatchObject({ before: 71.875, after: 74.375, delta: null, direction: 'none', clearChange: false });
    expect(comparison.overall.band.changed).toBe(false);
  });

  it('says which questionnaire each answered, what only one measured, and which shared sections differ in questions', () => {
    expect(comparison.overlap).toEqual({
      questionnaires: [
        { id: 'full-audit', version: 1, title: 'Full audit' },
        { id: 'pulse-check', version: 1, title: 'Pulse check' },
      ],
      sections: [
        { id: 'voice', title: 'Listening to customers', questionnaire: 'full-audit' },
        { id: 'mood', title: 'Mood this quarter', questionnaire: 'pulse-check' },
      ],
      items: [{ id: 'leaders-reachable', sectionId: 'leadership', questionnaire: 'full-audit' }],
      partialSections: ['leadership'],
    });
    expect(comparisonJson(comparison).overlap).toMatchObject({ leftOut: { items: [{ id: 'leaders-reachable', section: 'leadership', questionnaire: 'full-audit' }] }, partialSections: ['leadership'] });
  });

  it('has no overlap between assessments of one questionnaire', () => {
    const same = compareSnapshots(september, march);
    expect(same.overlap).toBeUndefined();
    expect(comparisonJson(same).overlap).toBeNull();
    // 71.875 → 81.25: shown 71.9 → 81.3, +9.4
    expect(same.overall.shownChange).toBe(9.4);
  });

  it('renders the questionnaires, what was left out and the caution about sections built from different questions', () => {
    const report = renderComparisonReport(comparison, pulse);
    expect(report).toContain('(full-2026-09.yaml), answering Full audit (full-audit, version 1)');
    expect(report).toContain('(pulse-2026-12.yaml), answering Pulse check (pulse-check, version 1)');
    expect(report).toContain('Overall scores (71.9 then, 74.4 now) are not compared');
    expect(report).toContain('| Putting things right | 62.5 | 87.5 | +25.0 ▲ | Developing → **Strong** |');
    expect(report).toContain('may score a different set of questions (here: Leadership); differences within a few points may come from that.');
    expect(report).toContain('- Section Mood this quarter: only in pulse-check');
    expect(report).toContain('- 1 question of shared sections only in full-audit: leaders-reachable');
    expect(report).not.toContain('Listening to customers |');
    expect(markdownProblems(report)).toEqual([]);
  });
});

describe('buildTrend across questionnaires that share ids', () => {
  const trend = buildTrend([march, september, december]);

  it('follows every section two or more assessments measured, in date order', () => {
    expect(trend.assessments.map((a) => a.date)).toEqual(['2026-09-01', '2026-12-01', '2027-03-01']);
    expect(trend.sections.map((s) => [s.id, s.scores])).toEqual([
      ['leadership', [75, 75, 87.5]],
      ['recovery', [62.5, 87.5, 50]],
      // measured by the two full audits, not by the pulse
      ['voice', [75, null, 100]],
    ]);
    // first to last: 87.5 − 75 = +12.5; 50 − 62.5 = −12.5; 100 − 75 = +25
    expect(trend.sections.map((s) => s.change.shownChange)).toEqual([12.5, -12.5, 25]);
  });

  it('shows the overall scores but reads no change from them, and leaves out what one assessment measured', () => {
    expect(trend.overall.scores).toEqual([71.875, 74.375, 81.25]);
    expect(trend.overall.change.direction).toBe('none');
    expect(trend.overlap?.sections).toEqual([{ id: 'mood', title: 'Mood this quarter', questionnaire: 'pulse-check' }]);
    expect(trend.overlap?.partialSections).toEqual(['leadership']);
    const report = renderTrendReport(trend, full);
    expect(report).toContain('| **Overall** | 71.9 | 74.4 | 81.3 | – |');
    expect(report).toContain('| Listening to customers | 75.0 | – | 100.0 | +25.0 ▲ |');
    expect(report).toContain('2. 2026-12-01: anna (owner) (pulse-2026-12.yaml), answering Pulse check (pulse-check, version 1)');
    expect(report).toContain('- Section Mood this quarter: only in pulse-check');
    expect(markdownProblems(report)).toEqual([]);
  });

  it('keeps the trend of one questionnaire as it was: no overlap, a change overall', () => {
    const same = buildTrend([september, march, { ...september, date: '2026-10-01' }]);
    expect(same.overlap).toBeUndefined();
    expect(same.overall.change.direction).toBe('up');
  });
});
