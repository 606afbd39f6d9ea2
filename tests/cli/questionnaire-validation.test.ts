import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const file = 'tests/fixtures/broken-questionnaire/ten-ways.yaml';

describe('validate on a questionnaire broken in many ways', () => {
  const result = runCli(['validate', file]);
  const lines = result.stderr.trim().split('\n');

  it('exits 2 with no stack trace and writes nothing to stdout', () => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('reports every schema and semantic problem in one run, each at file:line:col path', () => {
    expect(lines.slice(0, -1)).toEqual([
      `✖ ${file}:2:5 id: must be letters, digits, "-", "_" or ".", starting with a letter or digit`,
      `✖ ${file}:4:8 title: must not be empty`,
      `✖ ${file}:6:24 scales.agreement[2]: duplicate label "No"; answers name labels, so each must be unique`,
      `✖ ${file}:8:3 rubric: bands leave a gap: scores from 0 to below 40 fall in no band; the lowest band needs min: 0`,
      `✖ ${file}:9:12 rubric[1].min: bands overlap: rubric[0] also starts at 70`,
      `✖ ${file}:14:5 sections[0].wieght: unknown field "wieght" (did you mean "weight"?)`,
      `✖ ${file}:16:7 sections[0].recommendations.Great: recommendations for band "Great", which is not in the rubric; bands: Good, Fine, Poor`,
      `✖ ${file}:21:16 sections[0].questions[0].scale: unknown scale "agreemnt" (did you mean "agreement"?); known scales: agreement`,
      `✖ ${file}:22:13 sections[0].questions[1].id: duplicate question id "q1" (also sections[0].questions[0])`,
      `✖ ${file}:25:18 sections[0].questions[1].options: every option scores 1, so the question cannot tell answers apart; give the options different scores`,
      `✖ ${file}:30:14 sections[0].questions[2].max: max (5) must be greater than min (10)`,
      `✖ ${file}:31:17 sections[0].questions[2].weight: must be a positive number`,
      `✖ ${file}:35:18 sections[0].questions[3].options: no option has a positive score, so the question can never score; give at least one option a score above 0`,
      `✖ ${file}:38:15 sections[0].questions[4].type: must be one of likert, choice, yesno, rating, multi, text, nps`,
    ]);
    expect(lines.at(-1)).toBe('1 of 1 file invalid, 14 problems');
  });
});

describe('validate on good files', () => {
  it('accepts every built-in questionnaire and sample answer file, exit 0', () => {
    const result = runCli(['validate', 'questionnaires/service-culture.yaml', 'questionnaires/five-ways.yaml', 'questionnaires/who-is-your-customer.yaml', 'questionnaires/pulse.yaml', 'examples/service-culture/owner.yaml', 'examples/pulse/manager.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ questionnaires\/service-culture.yaml {2}questionnaire service-culture v2: \d sections, \d\d questions/);
    expect(result.stdout).toMatch(/✔ questionnaires\/pulse.yaml {2}questionnaire pulse v1: \d sections, \d questions/);
    expect(result.stdout).toMatch(/✔ examples\/service-culture\/owner.yaml {2}answers to service-culture: \d+ of \d+ answered/);
  });

  it('checks every file even after one fails, and exits 2', () => {
    const result = runCli(['validate', file, 'questionnaires/five-ways.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('✔ questionnaires/five-ways.yaml');
    expect(result.stderr).toContain('1 of 2 files invalid');
  });
});
