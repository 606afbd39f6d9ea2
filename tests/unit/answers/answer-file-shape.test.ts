import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerFileFast } from '../../../src/answers/answer-file-shape.js';
import { AnswerFileSchema } from '../../../src/answers/schema.js';

/** The same value with the same keys in the same order: what a report or the JSON would show. */
function sameAs(ours: unknown, zods: unknown): void {
  expect(JSON.stringify(ours)).toBe(JSON.stringify(zods));
  expect(ours).toStrictEqual(zods);
}

const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', 'front-line', 'x'.repeat(200), 'x'.repeat(201), '2026-11-10', '2026-02-30', 'sha256:' + 'a'.repeat(64)));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom(Infinity, NaN, -0));
/** Mostly what answer files hold, sometimes anything: so both the fast path and the refusals are tried. */
const mostly = <T,>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: odd, weight: 1 });
const usualAnswer = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 4 }));
const rawAnswer = mostly(usualAnswer, fc.oneof(scalar, fc.array(fc.oneof(text, fc.integer(), fc.double(), fc.boolean()), { maxLength: 52 }), fc.dictionary(text, scalar, { maxKeys: 2 })));
const key = fc.oneof(fc.constantFrom('id', 'name', 'role', 'team', 'site', 'tenure', '__proto__', '1', '0'), fc.string({ maxLength: 6 }));
const attribute = mostly(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null)), fc.oneof(scalar, fc.constant([])));
const respondent = mostly(fc.dictionary(key, attribute, { maxKeys: 6 }), fc.oneof(fc.constant(null), fc.constant([]), scalar));
const field = fc.record(
  {
    questionnaire: mostly(fc.constantFrom('service-culture', 'bfi'), fc.oneof(fc.constantFrom('', 'bad id', 'a'.repeat(65)), scalar)),
    version: mostly(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), scalar),
    questionnaireHash: mostly(fc.constantFrom('sha256:' + '0f'.repeat(32), null), fc.oneof(fc.constant('sha256:xyz'), scalar)),
    respondent,
    completed: mostly(fc.constantFrom('2026-11-10', '2026-11-10T14:05:00Z', '2026-11-10 14:05', null), fc.oneof(fc.constantFrom('2026-02-30', 'soon'), scalar)),
    started: mostly(fc.constant('2026-11-10T14:05:00Z'), fc.oneof(fc.constant('2026-13-01'), scalar)),
    answers: mostly(fc.dictionary(key, rawAnswer, { maxKeys: 8 }), fc.oneof(fc.constant(null), fc.constant([]), scalar)),
    extra: scalar,
  },
  { requiredKeys: [] },
);

describe('answerFileFast', () => {
  it('gives what zod gives, key order included, or leaves the file to zod', () => {
    let taken = 0;
    fc.assert(
      fc.property(field, (data) => {
        const fast = answerFileFast(data);
        const zod = AnswerFileSchema.safeParse(data);
        if (fast === undefined) return;
        taken++;
        expect(zod.success).toBe(true);
        sameAs(fast, zod.data);
      }),
      { numRuns: 5000 },
    );
    // The property says something only if the fast path is taken often enough.
    expect(taken).toBeGreaterThan(50);
  });

  it('takes an everyday answer file itself, with its attributes in zod order', () => {
    const data = {
      questionnaire: 'service-culture',
      version: 2,
      respondent: { team: 'field-service', site: 'north', role: 'front-line', id: 'r-000001', tenure: 3, manager: false, note: null },
      completed: '2026-11-10',
      answers: { 'leaders-model-service': 'Agree', 'easy-to-do-business-with': 6, 'which-channels': ['phone', 'email'], skipped: null, 'yes-no': true },
    };
    const fast = answerFileFast(data);
    expect(fast).toBeDefined();
    sameAs(fast, AnswerFileSchema.parse(data));
    expect(Object.keys(fast?.respondent ?? {})).toEqual(['id', 'role', 'team', 'site', 'tenure', 'manager', 'note']);
  });

  it('leaves to zod what zod refuses, so its messages stay the ones shown', () => {
    for (const data of [
      { questionnaire: 'bad id' },
      { questionnaire: 'q', completed: '2026-02-30' },
      { questionnaire: 'q', answers: { a: { nested: 1 } } },
      { questionnaire: 'q', answers: { a: Array.from({ length: 51 }, () => 'x') } },
      { questionnaire: 'q', respondent: { role: 'x'.repeat(201) } },
      { questionnaire: 'q', respondent: { name: 3 } },
      { questionnaire: 'q', unknown: 1 },
      { questionnaire: 'q', version: Infinity },
    ]) {
      expect(answerFileFast(data), JSON.stringify(data)).toBeUndefined();
      expect(AnswerFileSchema.safeParse(data).success, JSON.stringify(data)).toBe(false);
    }
  });
});
