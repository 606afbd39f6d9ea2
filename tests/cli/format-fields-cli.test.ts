import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/scoring.js';
import { runCli } from '../helpers/cli.js';

// show and template on a questionnaire with every field of issue 19 (tests/fixtures/format-fields).

const questionnaire = fixturePath('format-fields', 'fields.yaml');

describe('show and template say what the new format fields mean', () => {
  it('show prints the weighting, the audiences with their roles, each section\'s dimension, multi scoring rules and exclusive options', () => {
    const result = runCli(['show', questionnaire]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('Weighting: Reliability weighs double, as customers judge it first.');
    expect(lines).toContain('Advice for: Owner and managers (leaders: owner, manager) · Everyone (everyone)');
    expect(lines).toContain('1. Keeping promises  weight 2 · 2 questions · id keep · dimension reliable');
    expect(lines).toContain('2. Your role  weight 1 · 1 questions · id role');
    expect(lines).toContain('       Answers: any of: Phone (2) · Email (1) · None of these (0, only on its own); scored by sum (the points ticked over the points of all positive options)');
    expect(lines).toContain("       Answers: any of: Reliability (2) · Lowest price (0) · Don't know (0, only on its own); scored by mean (the average points of the options ticked over the best option's)");
    expect(lines).toContain('       serve · multi · not scored');
    expect(lines).toContain('       Answers: any of: Customers · Colleagues; not scored');
  });

  it('template says the same beside each multi question', () => {
    const result = runCli(['template', questionnaire]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  #   multi: any of: Phone (2) · Email (1) · None of these (0, only on its own); scored by sum (the points ticked over the points of all positive options)\n  channels:\n');
    expect(result.stdout).toContain('  #   multi: any of: Customers · Colleagues; not scored\n  serve:\n');
  });
});
