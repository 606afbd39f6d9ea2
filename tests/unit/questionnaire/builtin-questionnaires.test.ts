import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionCount } from '../../../src/questionnaire/labels.js';
import { isScored } from '../../../src/questionnaire/schema.js';
import { bandsDescending } from '../../../src/scoring/bands.js';
import { repoRoot } from '../../helpers/cli.js';
import { questionnaireFromFile } from '../../helpers/scoring.js';

const ids = ['service-culture', 'who-is-your-customer', 'five-ways', 'five-ways-customers', 'pulse'];
const file = (id: string) => join(repoRoot, 'questionnaires', `${id}.yaml`);

describe.each(ids)('built-in questionnaire %s', (id) => {
  const q = questionnaireFromFile(file(id));

  it('is named after its file and points editors at the schema', () => {
    expect(q.id).toBe(id);
    expect(readFileSync(file(id), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/questionnaire.schema.json');
  });

  it('explains why every question matters', () => {
    const missing = q.sections.flatMap((s) => s.questions).filter((question) => !question.help?.trim());
    expect(missing.map((question) => question.id)).toEqual([]);
  });

  it('gives every scored section recommendations for each band below the top', () => {
    for (const section of q.sections.filter((s) => s.questions.some(isScored))) {
      const below = bandsDescending(section.rubric ?? q.rubric).slice(1);
      for (const band of below) expect(section.recommendations?.[band.label]?.length, `${section.id} / ${band.label}`).toBeGreaterThan(0);
    }
  });
});

describe('service-culture, the organisation-level audit', () => {
  const q = questionnaireFromFile(file('service-culture'));
  const questions = q.sections.flatMap((s) => s.questions);

  it('has 5 to 7 weighted sections and 25 to 40 questions of mixed types', () => {
    expect(q.sections.length).toBeGreaterThanOrEqual(5);
    expect(q.sections.length).toBeLessThanOrEqual(7);
    expect(new Set(q.sections.map((s) => s.weight)).size).toBeGreaterThan(1);
    expect(questionCount(q)).toBeGreaterThanOrEqual(25);
    expect(questionCount(q)).toBeLessThanOrEqual(40);
    expect(new Set(questions.map((question) => question.type))).toEqual(new Set(['likert', 'choice', 'yesno', 'rating', 'multi', 'text', 'nps']));
  });

  it('has reverse-keyed and a few critical questions', () => {
    const scored = questions.filter(isScored);
    expect(scored.filter((question) => question.reverse).length).toBeGreaterThanOrEqual(2);
    const critical = scored.filter((question) => question.critical).length;
    expect(critical).toBeGreaterThanOrEqual(2);
    expect(critical).toBeLessThanOrEqual(6);
  });
});

describe('five-ways', () => {
  const q = questionnaireFromFile(file('five-ways'));

  it('has the five ways as equally weighted sections plus free-text questions', () => {
    const scored = q.sections.filter((s) => s.questions.some(isScored));
    expect(scored.map((s) => s.id)).toEqual(['reliable', 'credible', 'attractive', 'responsive', 'empathetic']);
    expect(new Set(scored.map((s) => s.weight))).toEqual(new Set([1]));
    expect(q.sections.flatMap((s) => s.questions).filter((question) => question.type === 'text').length).toBeGreaterThanOrEqual(3);
  });
});

describe('five-ways-customers, the customers\' side of five-ways', () => {
  const staff = questionnaireFromFile(file('five-ways'));
  const customers = questionnaireFromFile(file('five-ways-customers'));
  const scored = (q: typeof staff) => q.sections.filter((s) => s.questions.some(isScored));

  it('measures the same five dimensions as five-ways, one section each, so mirror can set the two side by side', () => {
    const five = ['reliable', 'credible', 'attractive', 'responsive', 'empathetic'];
    expect(scored(staff).map((s) => s.dimension)).toEqual(five);
    expect(scored(customers).map((s) => s.dimension)).toEqual(five);
    expect(new Set(scored(customers).map((s) => s.weight))).toEqual(new Set([1]));
  });

  it('compares each quality with what the customer expected, and leaves free text unscored', () => {
    for (const section of scored(customers)) {
      const last = section.questions.at(-1);
      expect(last?.type === 'likert' && last.scale, section.id).toBe('expectation');
    }
    expect(customers.sections.flatMap((s) => s.questions).filter((question) => question.type === 'text').length).toBeGreaterThanOrEqual(2);
  });

  it('asks the reply time with the same options as the staff questionnaire', () => {
    const options = (q: typeof staff, id: string) => {
      const question = q.sections.flatMap((s) => s.questions).find((candidate) => candidate.id === id);
      return question?.type === 'choice' ? question.options : undefined;
    };
    expect(options(customers, 'time-to-hear-back')).toEqual(options(staff, 'speed-of-real-reply'));
    expect(options(staff, 'speed-of-real-reply')?.map((o) => o.label)).toEqual(['Within an hour', 'Same working day', 'Next working day', 'Within a week', 'Longer than a week']);
  });
});
