import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import { mirrorJson } from '../../../src/report/mirror-json.js';
import { renderMirrorReport } from '../../../src/report/mirror-markdown.js';
import { gapSentence } from '../../../src/report/mirror-sentence.js';
import { buildMirror, dimensionTitle, type MirrorInput } from '../../../src/scoring/mirror.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { fixturePath, questionnaireFromFile, responseFromYaml } from '../../helpers/scoring.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

// tests/fixtures/mirror: three staff and three customers; every question is a 5-point likert,
// position p scoring (p − 1)/4, i.e. 1..5 → 0, 25, 50, 75, 100.
//
// Staff (mirror-staff):              staff-1  staff-2  staff-3   mean
//   promises  (reliable, weight 2)     5        5        4       (100+100+75)/3 = 91.667
//   accuracy  (reliable, weight 1)     3        3        3       50
//     reliable = (2 × 91.667 + 1 × 50)/3 = 233.333/3 = 77.778
//   speed     (responsive)             2        3        2       (25+50+25)/3 = 33.333
//   expertise (credible)               4        4        3       (75+75+50)/3 = 66.667
//   welcome   (attractive, staff only) 4        4        4       75
//   teamwork  (no dimension)           3        4        5       not in the mirror
//
// Customers (mirror-customers):    customer-1 customer-2 customer-3  mean
//   kept-promises   (reliable)         3        3        2       (50+50+25)/3 = 41.667
//   quick-replies   (responsive)       4        3        4       (75+50+75)/3 = 66.667
//   trust           (credible)         4        3        3       (75+50+50)/3 = 58.333
//   felt-understood (empathetic, customers only) 5 4 4          (100+75+75)/3 = 83.333
//
// Gaps, staff − customers as shown (one decimal each, then subtracted):
//   reliable   77.8 − 41.7 = +36.1  blind spot       (≥ 10)
//   credible   66.7 − 58.3 =  +8.4  in step          (< 10 either way)
//   responsive 33.3 − 66.7 = −33.4  hidden strength  (customers ≥ 10 higher)

function team(side: 'staff' | 'customers', questionnaire: Questionnaire): MirrorInput {
  const folder = fixturePath('mirror', side);
  const scorecards = readdirSync(folder)
    .sort()
    .map((name) => scoreResponse(questionnaire, responseFromYaml(questionnaire, readFileSync(join(folder, name), 'utf8'), name)));
  return { questionnaire, summary: aggregateScorecards(questionnaire, scorecards) };
}

const staffQuestionnaire = questionnaireFromFile(fixturePath('mirror', 'questionnaires', 'mirror-staff.yaml'));
const customerQuestionnaire = questionnaireFromFile(fixturePath('mirror', 'questionnaires', 'mirror-customers.yaml'));
const staff = team('staff', staffQuestionnaire);
const customers = team('customers', customerQuestionnaire);
const options = { threshold: 10, minGroup: 3, allowSmall: false };

describe('buildMirror', () => {
  const mirror = buildMirror(staff, customers, options);

  it('sets the shared dimensions side by side, biggest blind spot first', () => {
    expect(mirror.dimensions.map((d) => [d.id, d.verdict])).toEqual([
      ['reliable', 'blind-spot'],
      ['credible', 'in-step'],
      ['responsive', 'hidden-strength'],
    ]);
  });

  it('weights the sections of one dimension by section weight', () => {
    const reliable = mirror.dimensions[0]!;
    // (2 × 275/3 + 1 × 50)/3 = (550/3 + 150/3)/3 = 700/9
    expect(reliable.staff.mean).toBeCloseTo(700 / 9, 9);
    expect(reliable.staff.sections.map((s) => [s.id, s.weight])).toEqual([
      ['promises', 2],
      ['accuracy', 1],
    ]);
    // (50 + 50 + 25)/3 = 125/3
    expect(reliable.customers.mean).toBeCloseTo(125 / 3, 9);
    // 700/9 − 375/9 = 325/9 = 36.111…; shown 77.8 − 41.7 = 36.1
    expect(reliable.gap).toBeCloseTo(325 / 9, 9);
    expect(reliable.shownGap).toBe(36.1);
    expect([reliable.staff.n, reliable.customers.n]).toEqual([3, 3]);
  });

  it('reads the gap as shown: 66.7 − 58.3 is 8.4, in step; 33.3 − 66.7 is −33.4, a hidden strength', () => {
    const [, credible, responsive] = mirror.dimensions;
    expect(credible!.shownGap).toBe(8.4);
    expect(responsive!.shownGap).toBe(-33.4);
  });

  it('says each reading in a sentence', () => {
    expect(mirror.dimensions.map(gapSentence)).toEqual([
      'Staff rate Reliable 77.8; customers 41.7: a 36.1-point blind spot.',
      'Staff rate Credible 66.7; customers 58.3: in step (an 8.4-point gap).',
      'Staff rate Responsive 33.3; customers 66.7: a 33.4-point hidden strength.',
    ]);
  });

  it('lists the dimensions one side measures, staff first, and leaves out sections without a dimension', () => {
    expect(mirror.oneSided.map((d) => [d.id, d.side, d.view.mean])).toEqual([
      ['attractive', 'staff', 75],
      // (100 + 75 + 75)/3 = 250/3
      ['empathetic', 'customers', 250 / 3],
    ]);
    expect(JSON.stringify(mirror)).not.toContain('teamwork');
  });

  it('moves the readings with the threshold: at 40 points every dimension is in step, at 8.4 credible is a blind spot', () => {
    expect(buildMirror(staff, customers, { ...options, threshold: 40 }).dimensions.map((d) => d.verdict)).toEqual(['in-step', 'in-step', 'in-step']);
    expect(buildMirror(staff, customers, { ...options, threshold: 8.4 }).dimensions.map((d) => d.verdict)).toEqual(['blind-spot', 'blind-spot', 'hidden-strength']);
  });

  it('reads a gap of 0.0 as in step even at --threshold 0', () => {
    const same = buildMirror(staff, { ...staff }, { ...options, threshold: 0 });
    expect(new Set(same.dimensions.map((d) => d.verdict))).toEqual(new Set(['in-step']));
  });

  it('refuses two questionnaires that share no dimension, naming what each measures', () => {
    const plain = { ...customers, questionnaire: { ...customerQuestionnaire, sections: customerQuestionnaire.sections.map(({ dimension: _, ...section }) => section) } };
    expect(() => buildMirror(staff, plain, options)).toThrow(
      'no dimension is measured by both sides: mirror-staff measures reliable, responsive, credible, attractive; mirror-customers names no dimension on its scored sections',
    );
  });

  it('refuses a side below the anonymity minimum unless small groups are allowed, then marks it', () => {
    expect(() => buildMirror(staff, customers, { ...options, minGroup: 4 })).toThrow("the staff side has 3 respondents, fewer than the anonymity minimum of 4");
    const small = buildMirror(staff, customers, { ...options, minGroup: 4, allowSmall: true });
    expect([small.staff.small, small.customers.small]).toEqual([true, true]);
    const report = renderMirrorReport(small, { staff: staffQuestionnaire, customers: customerQuestionnaire });
    expect(report).toContain("**Small group:** the customers' side has 3 respondents");
    expect(markdownProblems(report)).toEqual([]);
  });
});

describe('the mirror report and JSON', () => {
  const mirror = buildMirror(staff, customers, options);

  it('prints the table in gap order and says how a dimension of several sections is scored', () => {
    const report = renderMirrorReport(mirror, { staff: staffQuestionnaire, customers: customerQuestionnaire });
    expect(report).toContain('| Reliable | 77.8 | 3 | 41.7 | 3 | +36.1 | Blind spot |\n| Credible | 66.7 | 3 | 58.3 | 3 | +8.4 | In step |\n| Responsive | 33.3 | 3 | 66.7 | 3 | −33.4 | Hidden strength |');
    expect(report).toContain('- Staff rate Reliable 77.8; customers 41.7: a 36.1-point blind spot.');
    expect(report).toContain('- In step (a gap under 10 points): Credible (+8.4).');
    expect(report).toContain('- Attractive: measured by staff only (score 75.0).');
    expect(report).toContain('weighted mean of those sections');
    expect(report).toContain('- Reliable, staff: Promises kept 91.7 (weight 2), Right first time 50.0 (weight 1): 77.8.');
    expect(markdownProblems(report)).toEqual([]);
  });

  it('escapes questionnaire titles', () => {
    const hostile = { ...staffQuestionnaire, title: '<img src=x onerror=alert(1)> | # x' };
    expect(renderMirrorReport(mirror, { staff: hostile, customers: customerQuestionnaire })).toContain('&lt;img src=x onerror=alert(1)&gt; \\| # x');
  });

  it('gives JSON with schemaVersion 1, full-precision means and a sentence per dimension', () => {
    const json = mirrorJson(mirror);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'threshold', 'staff', 'customers', 'dimensions', 'oneSided']);
    expect(json.schemaVersion).toBe(1);
    expect(json.staff).toEqual({ questionnaire: { id: 'mirror-staff', version: 1, title: 'Mirror staff audit' }, respondents: 3, small: false });
    const reliable = json.dimensions[0]!;
    expect(Object.keys(reliable)).toEqual(['id', 'title', 'staff', 'customers', 'gap', 'shownGap', 'verdict', 'sentence']);
    expect(reliable.staff.sections[0]).toEqual({ id: 'promises', title: 'Promises kept', weight: 2, mean: 275 / 3, n: 3 });
    expect(json.oneSided[1]).toMatchObject({ id: 'empathetic', side: 'customers', n: 3 });
  });
});

describe('gapSentence', () => {
  it.each([
    [18.4, 'an 18.4-point blind spot'],
    [8.4, 'an 8.4-point'],
    [11.7, 'an 11.7-point blind spot'],
    [81, 'an 81.0-point blind spot'],
    [21, 'a 21.0-point blind spot'],
    [110, 'a 110.0-point blind spot'],
  ])('reads %s with its article', (gap, words) => {
    const dimension = { ...buildMirror(staff, customers, options).dimensions[0]!, shownGap: gap, verdict: gap >= 10 ? ('blind-spot' as const) : ('in-step' as const) };
    expect(gapSentence(dimension)).toContain(words);
  });
});

describe('dimensionTitle', () => {
  it.each([
    ['responsive', 'Responsive'],
    ['first-impression', 'First impression'],
    ['a_b.c', 'A b c'],
  ])('%s → %s', (id, title) => expect(dimensionTitle(id)).toBe(title));
});
