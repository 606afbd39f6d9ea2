import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

// The built-in customer survey over its sample answers (examples/five-ways-customers: nine customers of
// the shoe and uniform shop), beside the staff's own five-ways samples, through the built CLI.

type Section = { id: string; n: number; mean: number | null };
type TeamJson = {
  questionnaire: { id: string };
  respondents: number;
  sections: Section[];
  groups: { name: string; n: number }[];
  redFlags: { question: string; respondents: number }[];
};

function team(folder: string, ...args: string[]): TeamJson {
  const result = runCli(['team', join(repoRoot, 'examples', folder), ...args, '--format', 'json', '-o', '-']);
  // stderr carries the summary lines; a warning would mean a sample no longer fits its questionnaire.
  expect(result.stderr).not.toMatch(/warning|error/i);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as TeamJson;
}
const mean = (json: TeamJson, id: string) => json.sections.find((section) => section.id === id)?.mean;

describe('five-ways-customers, the sample customers', () => {
  const customers = team('five-ways-customers', '--group-by', 'customer-type');
  const staff = team('five-ways');

  it('gives a team report of walk-in and business customers, each group large enough to show', () => {
    expect(customers.questionnaire.id).toBe('five-ways-customers');
    expect(customers.respondents).toBe(9);
    expect(customers.groups.map((group) => [group.name, group.n])).toEqual([
      ['walk-in', 5],
      ['business', 4],
    ]);
  });

  it('scores Responsive by hand, n/a leaving the count', () => {
    // Responsive: time-to-hear-back (choice 4..0, so score/4), then served-without-long-wait,
    // reached-someone-who-could-help, problem-dealt-with-promptly and responsive-against-expectations
    // (five-point scales, (position − 1)/4). Every weight is 1; n/a leaves the denominator.
    //   c-01 0.25, 0.5, 0.25, n/a, 0.25 → 1.25/4 = 31.25     c-02 0, 0.75, 0.5, 0.25, 0.25 → 1.75/5 = 35
    //   c-03 n/a, 0, 0.25, n/a, 0.25   → 0.5/3  = 16.67     c-04 0.25, 0.75, 0, 0, 0      → 1/5    = 20
    //   c-05 0.5, 0.75, 0.5, n/a, 0.5  → 2.25/4 = 56.25     b-01 0.25, n/a, 0.25, 0.25, 0.25 → 1/4 = 25
    //   b-02 0.5, 0.75, 0.5, 0.5, 0.5  → 2.75/5 = 55        b-03 0, n/a, 0, 0.25, 0      → 0.25/4 = 6.25
    //   b-04 0.75, 0.5, 0.75, 0.75, 0.5 → 3.25/5 = 65
    //   Σ = 293.75 + 50/3 = 931.25/3; mean = 931.25/27 = 34.4907…
    expect(mean(customers, 'responsive')).toBeCloseTo(931.25 / 27, 9);
  });

  it('rates Responsive well below the staff samples, the blind spot a mirror names', () => {
    // Staff (five-ways v2) Responsive: owner 0.75 × 4 → 75; manager 0.5 × 4 → 50;
    // front-line 0.5, 0.25, 0.5, 0 → 1.25/4 = 31.25. Mean = 156.25/3 = 52.083…, 17.6 points above the customers.
    expect(mean(staff, 'responsive')).toBeCloseTo(156.25 / 3, 9);
    expect((mean(staff, 'responsive') ?? 0) - (mean(customers, 'responsive') ?? 0)).toBeCloseTo(156.25 / 3 - 931.25 / 27, 9);
    expect(customers.sections.filter((section) => section.n > 0).map((section) => section.id)).toEqual(staff.sections.filter((section) => section.n > 0).map((section) => section.id));
  });

  it('raises the two customer red flags only where a customer strongly disagreed', () => {
    // b-03 strongly disagreed that she knew the full price; c-04 that her problem was dealt with promptly.
    expect(customers.redFlags.map((flag) => [flag.question, flag.respondents])).toEqual([
      ['knew-full-price-before-buying', 1],
      ['problem-dealt-with-promptly', 1],
    ]);
  });
});
