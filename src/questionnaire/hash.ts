import { createHash } from 'node:crypto';
import type { Questionnaire } from './schema.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** A team run checks thousands of answer files against one questionnaire object: hash it once. */
const computed = new WeakMap<Questionnaire, string>();

/**
 * sha256 of the questionnaire's validated content with keys sorted: comments, key order and
 * formatting do not change it; any change to a question, option, weight or band does.
 * Answer files record it so scoring against a changed questionnaire can be noticed.
 */
export function questionnaireHash(questionnaire: Questionnaire): string {
  let hash = computed.get(questionnaire);
  if (hash === undefined) {
    hash = `sha256:${createHash('sha256').update(canonicalJson(questionnaire)).digest('hex')}`;
    computed.set(questionnaire, hash);
  }
  return hash;
}

/**
 * Fields the format gained after answer files began to record the hash, at their defaults: left
 * out, so a questionnaire that does not use them keeps the hash its answer files already hold
 * (otherwise every questionnaire with a multi question "changed" when `exclusive` and `scoring` came).
 */
const LATER_DEFAULTS = new Map<string, unknown>([
  ['exclusive', false],
  ['scoring', 'sum'],
]);

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && LATER_DEFAULTS.get(k) !== v)
      .sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
