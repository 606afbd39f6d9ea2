import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { fixturePath, questionnaireFromFile, responseFromYaml } from '../../helpers/scoring.js';

const mini = questionnaireFromFile(fixturePath('scoring', 'mini.yaml'));
const answers = readFileSync(fixturePath('scoring', 'answers.yaml'), 'utf8');

describe('scoreResponse on the mini fixture (the README worked example)', () => {
  const card = scoreResponse(mini, responseFromYaml(mini, answers));
  const section = (id: string) => card.sections.find((s) => s.id === id)!;
  const item = (id: string) => card.sections.flatMap((s) => s.items).find((i) => i.id === id)!;

  it('scores each question type in 0..1 after reverse keying', () => {
    expect(item('l1').score).toBe(0.75); // Agree = position 4 of 5: (4-1)/(5-1) = 0.75
    expect(item('l2').score).toBe(0.75); // Disagree = 2 of 5: (2-1)/4 = 0.25, reversed 1-0.25 = 0.75
    expect(item('c1').score).toBe(0.25); // Sometimes = 1 point, options 0..4: (1-0)/(4-0) = 0.25
    expect(item('y1').score).toBeNull(); // n/a: not scored
    expect(item('y1').status).toBe('na');
    expect(item('r1').score).toBe(0.75); // 4 on 1..5: (4-1)/(5-1) = 0.75
    expect(item('m1').score).toBe(0.75); // Phone 2 + Chat 1 = 3 over positive total 2+1+1 = 4
    expect(item('g1').score).toBe(0); // No = 1 of 2: (1-1)/(2-1) = 0
  });

  it('weights questions inside a section and leaves n/a out of the denominator', () => {
    // alpha: 100 × (2×0.75 + 1×0.75 + 1×0.25) / (2+1+1) = 100 × 2.5/4 = 62.5
    expect(section('alpha').score).toBeCloseTo(62.5, 12);
    // beta: y1 is n/a, t1 is text: 100 × (3×0.75 + 1×0.75) / (3+1) = 75
    expect(section('beta').score).toBeCloseTo(75, 12);
    expect(section('gamma').score).toBe(0);
  });

  it('reports coverage as answered weight over total weight', () => {
    expect(section('alpha').coverage).toBe(1);
    expect(section('beta').coverage).toBeCloseTo(0.8, 12); // answered 3+1 of y1 1 + r1 3 + m1 1 = 5
    // overall: (2×1 + 1×0.8 + 1×1) / (2+1+1) = 3.8/4 = 0.95
    expect(card.overall.coverage).toBeCloseTo(0.95, 12);
  });

  it('weights sections in the overall score and looks up bands', () => {
    // (2×62.5 + 1×75 + 1×0) / (2+1+1) = 200/4 = 50
    expect(card.overall.score).toBeCloseTo(50, 12);
    expect(card.overall.band?.label).toBe('Mid'); // 50 ≥ 50
    expect(section('alpha').band?.label).toBe('Mid');
    expect(section('beta').band?.label).toBe('Pass'); // the section's own rubric wins
    expect(section('gamma').band?.label).toBe('Low');
  });

  it('raises red flags at or below the critical threshold, and keeps free text as comments', () => {
    expect(card.redFlags).toEqual([{ questionId: 'g1', sectionId: 'gamma', message: 'Leaders are out of reach.', score: 0, answer: 'No' }]);
    expect(card.comments).toEqual([{ questionId: 't1', sectionId: 'beta', text: 'Faster call-backs | fewer forms' }]);
  });
});

describe('scoreResponse edge cases', () => {
  const header = 'questionnaire: mini\nanswers:\n';

  it('leaves a section with no answers out of the overall score', () => {
    const card = scoreResponse(mini, responseFromYaml(mini, `${header}  l1: 5\n`));
    // alpha: only l1 answered, 5 of 5 → 1 → 100; beta and gamma have no score
    expect(card.sections.map((s) => s.score)).toEqual([100, null, null]);
    expect(card.overall.score).toBe(100);
    // coverage: alpha 2/4 = 0.5, beta 0, gamma 0 → (2×0.5 + 0 + 0) / 4 = 0.25
    expect(card.overall.coverage).toBeCloseTo(0.25, 12);
  });

  it('gives no overall score and no band when nothing is answered', () => {
    const card = scoreResponse(mini, responseFromYaml(mini, header));
    expect(card.overall).toEqual({ score: null, band: null, coverage: 0 });
  });

  it('does not flag a critical question answered n/a', () => {
    const card = scoreResponse(mini, responseFromYaml(mini, `${header}  g1: n/a\n`));
    expect(card.redFlags).toEqual([]);
  });

  it('flags at exactly the threshold, not above it', () => {
    const q = questionnaireFromFile(fixturePath('scoring', 'mini.yaml'));
    const g1 = q.sections[2]!.questions[0]!;
    if (g1.type !== 'likert' || !g1.critical) throw new Error('fixture changed');
    g1.critical.atOrBelow = 0; // No scores exactly 0
    expect(scoreResponse(q, responseFromYaml(q, `${header}  g1: No\n`)).redFlags).toHaveLength(1);
    expect(scoreResponse(q, responseFromYaml(q, `${header}  g1: Yes\n`)).redFlags).toHaveLength(0);
  });

  it('clamps a multi answer whose picks exceed the positive total, and scores an empty pick as 0', () => {
    const picked = scoreResponse(mini, responseFromYaml(mini, `${header}  m1: [Phone, Email, Chat]\n`));
    expect(picked.sections[1]!.items.find((i) => i.id === 'm1')!.score).toBe(1); // (2+1+1)/4 = 1
    const none = scoreResponse(mini, responseFromYaml(mini, `${header}  m1: [None]\n`));
    expect(none.sections[1]!.items.find((i) => i.id === 'm1')!.score).toBe(0);
  });

  it('keeps full precision inside', () => {
    // alpha with l1 Agree (0.75, w2) and c1 Always (1, w1): 100 × (1.5 + 1)/3 = 83.333…
    const card = scoreResponse(mini, responseFromYaml(mini, `${header}  l1: Agree\n  c1: Always\n`));
    expect(card.sections[0]!.score).toBeCloseTo(250 / 3, 12);
    expect(card.sections[0]!.band?.label).toBe('High');
  });
});

describe('band lookup', () => {
  it('reads the band from the score as shown (one decimal, to nearest), so a shown figure never contradicts its band', async () => {
    const { bandFor } = await import('../../../src/scoring/bands.js');
    expect(100 * 0.57).toBe(56.99999999999999); // weighted means carry noise like this
    expect(bandFor(80 - 1e-12, mini.rubric)?.label).toBe('High'); // noise below 80: shows 80.0, High
    expect(bandFor(79.96, mini.rubric)?.label).toBe('High'); // shows as 80.0, so High, not a "80.0 Mid"
    expect(bandFor(79.95, mini.rubric)?.label).toBe('High'); // 799.5 tenths round half up to 800
    expect(bandFor(79.94, mini.rubric)?.label).toBe('Mid'); // shows as 79.9: a real shortfall
    expect(bandFor(50 - 1e-12, mini.rubric)?.label).toBe('Mid');
    expect(bandFor(49.96, mini.rubric)?.label).toBe('Mid'); // shows as 50.0
    expect(bandFor(49.94, mini.rubric)?.label).toBe('Low'); // shows as 49.9
  });
});
