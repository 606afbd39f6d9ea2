import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../../src/questionnaire/recommendations.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { repoRoot } from '../../helpers/cli.js';
import { questionnaireFromFile, responseFromYaml } from '../../helpers/scoring.js';

// who-is-your-customer version 2 (issue 19): a personal check anyone from owner to front line
// takes, so no answer may depend on the reader's position, and no advice may send an owner to a
// manager they do not have.
const q = questionnaireFromFile(join(repoRoot, 'questionnaires', 'who-is-your-customer.yaml'));
const example = (name: string) => responseFromYaml(q, readFileSync(join(repoRoot, 'examples', 'who-is-your-customer', `${name}.yaml`), 'utf8'), `${name}.yaml`);
const header = 'questionnaire: who-is-your-customer\nversion: 2\nanswers:\n';

function card(yaml: string) {
  const scored = scoreResponse(q, responseFromYaml(q, header + yaml));
  return {
    ...scored,
    section: (id: string) => scored.sections.find((s) => s.id === id)!,
    item: (id: string) => scored.sections.flatMap((s) => s.items).find((i) => i.id === id),
  };
}

describe('who-is-your-customer: whom you serve depends on your position, not on how well you serve', () => {
  it('does not score whom-do-you-serve, so a front-line person with no reports is not capped', () => {
    const cara = scoreResponse(q, example('front-line'));
    const who = cara.sections.find((s) => s.id === 'who-depends-on-you')!;
    expect(who.items.find((i) => i.id === 'whom-do-you-serve')?.score ?? null).toBeNull();
    // Cara ticked 3 of 6 people, which version 1 scored 50. Now only the four scored answers count:
    // know 3/5 = 0.5, ask colleagues Sometimes = 0.5, own manager 3/5 = 0.5, see the link 4/5 = 0.75,
    // ask-own-team n/a: 100 × (0.5 + 0.5 + 0.5 + 0.75) / 4 = 100 × 2.25/4 = 56.25
    expect(who.score).toBeCloseTo(56.25, 12);
    expect(who.coverage).toBeCloseTo(0.8, 12); // 4 of 5 scored questions, weight 1 each
  });

  it('lets an owner with no manager and no reports reach the top of the section', () => {
    const owner = card(
      [
        '  whom-do-you-serve: [Paying customers or end users]',
        '  know-what-each-customer-needs: Strongly agree',
        '  ask-colleagues-how-to-help: Always',
        '  ask-own-team-what-they-need: n/a',
        '  own-manager-as-customer: n/a',
        '  see-link-to-paying-customer: Strongly agree',
        '',
      ].join('\n'),
    );
    // 100 × (1 + 1 + 1) / 3 = 100; the two n/a answers leave the denominator
    expect(owner.section('who-depends-on-you').score).toBe(100);
  });

  it('refuses "None of these" ticked beside someone', () => {
    expect(() => card('  whom-do-you-serve: [None of these, My own manager]\n')).toThrow(/cannot be ticked together/);
    expect(() => card('  what-you-know-about-customers: [None of these, Why they chose us]\n')).toThrow(/cannot be ticked together/);
    expect(card('  whom-do-you-serve: [None of these]\n').item('whom-do-you-serve')?.score ?? null).toBeNull();
  });
});

describe('who-is-your-customer: the sample owner, by hand', () => {
  const anna = scoreResponse(q, example('owner'));
  const section = (id: string) => anna.sections.find((s) => s.id === id)!;

  it('scores each section and the whole', () => {
    // Who depends on you: know Agree 0.75, ask colleagues Often 0.75, ask own team Often 0.75,
    // see the link Strongly agree 1, own manager n/a: 100 × 3.25/4 = 81.25
    expect(section('who-depends-on-you').score).toBeCloseTo(81.25, 12);
    // Knowing your customers: 5 of 6 ticked = 5/6, figures Every week 1, act Often 0.75,
    // ask customers Often 0.75: 100 × (5/6 + 2.5)/4 = 100 × (10/3)/4 = 250/3 ≈ 83.33
    expect(section('knowing-your-customers').score).toBeCloseTo(250 / 3, 10);
    // Everyday treatment: full attention Often 0.75, acknowledge Always 1, every channel Rarely 0.25,
    // reachable Rarely 0.25, as I'd want Always 1, argue Rarely 0.25 reversed 0.75, bad day Often 0.75:
    // 100 × 4.75/7 = 475/7 ≈ 67.86
    expect(section('everyday-treatment').score).toBeCloseTo(475 / 7, 10);
    // Making it right: mistaken customer 5/5 = 1, listen Often 0.75, apologise Often 0.75,
    // authority 3 of 0..3 = 1, check back Often 0.75: 100 × 4.25/5 = 85
    expect(section('making-it-right').score).toBeCloseTo(85, 12);
    // Overall, section weights 1, 1, 1.5, 1.5:
    // (81.25 + 250/3 + 1.5 × 475/7 + 1.5 × 85) / 5 = (81.25 + 83.333… + 101.786… + 127.5) / 5 ≈ 78.77
    expect(anna.overall.score).toBeCloseTo((81.25 + 250 / 3 + (1.5 * 475) / 7 + 1.5 * 85) / 5, 10);
    expect(anna.overall.band?.label).toBe('Strong'); // 78.8 ≥ 70
  });

  it('takes her "n/a" for the manager she does not have', () => {
    const item = section('who-depends-on-you').items.find((i) => i.id === 'own-manager-as-customer')!;
    expect(item.status).toBe('na');
  });
});

describe('who-is-your-customer: red flags only on telling answers', () => {
  it('flags customers left unnoticed at Rarely, not at Sometimes', () => {
    // frequency: Rarely = 2 of 5 → (2-1)/4 = 0.25 ≤ 0.25; Sometimes = 0.5
    expect(card('  acknowledge-customers-straight-away: Rarely\n').redFlags.map((f) => f.questionId)).toEqual(['acknowledge-customers-straight-away']);
    expect(card('  acknowledge-customers-straight-away: Sometimes\n').redFlags).toEqual([]);
  });

  it('flags arguing Often, not Sometimes', () => {
    // reverse-keyed: Often = 4 of 5 → 0.75, reversed 0.25 ≤ 0.25; Sometimes → 0.5
    expect(card('  argue-with-customers: Often\n').redFlags.map((f) => f.questionId)).toEqual(['argue-with-customers']);
    expect(card('  argue-with-customers: Sometimes\n').redFlags).toEqual([]);
  });

  it('raises none for the three sample respondents', () => {
    for (const name of ['owner', 'manager', 'front-line']) expect(scoreResponse(q, example(name)).redFlags, name).toEqual([]);
  });
});

describe('who-is-your-customer: advice reaches the person who acts', () => {
  const advice = q.sections.flatMap((section) => Object.keys(section.recommendations ?? {}).flatMap((band) => adviceFor(section, band)));

  it('splits the sample roles between leaders and staff, each role once', () => {
    const roles = Object.values(q.audiences ?? {}).flatMap((audience) => audience.roles);
    expect(roles.sort()).toEqual(['back-office', 'front-line', 'manager', 'owner']);
    expect(q.audiences?.['leaders']?.roles).toEqual(['owner', 'manager']);
  });

  it('sends only staff to "your manager"; an owner has none', () => {
    const toManager = advice.filter((a) => /\byour (own )?manager\b/i.test(a.text));
    expect(toManager.length).toBeGreaterThan(0);
    expect(toManager.filter((a) => a.audience !== 'staff').map((a) => a.text)).toEqual([]);
    expect(q.rubric.filter((band) => /manager/i.test(band.summary ?? '')).map((band) => band.label)).toEqual([]);
  });

  it('gives leaders their own equivalent wherever staff are sent to their manager', () => {
    for (const section of q.sections) {
      for (const band of Object.keys(section.recommendations ?? {})) {
        const audiences = new Set(adviceFor(section, band).map((a) => a.audience));
        if (audiences.has('staff')) expect(audiences.has('leaders'), `${section.id} / ${band}`).toBe(true);
      }
    }
  });
});
