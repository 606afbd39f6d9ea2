import { MAX_LABEL_LENGTH, MAX_OPTIONS } from '../util/limits.js';
import { AnswerFileSchema, type AnswerFile } from './schema.js';

/**
 * What `AnswerFileSchema.safeParse(data).data` is, worked out without zod's generic machinery
 * for the files nearly every team is made of: `team` over 1,000 answer files spent about 5% of its
 * time in that one parse, most of it in the union each answer goes through. Undefined means "ask
 * zod": anything not plainly valid (an odd value, an unknown field, a field its schema refuses)
 * goes through the schema as before, so every message stays zod's. The result has zod's key
 * order (the schema's fields first, then a respondent's further attributes as written), since
 * reports list attributes in the order they come.
 */
export function answerFileFast(data: object): AnswerFile | undefined {
  const input = data as Record<string, unknown>;
  const shape = AnswerFileSchema.shape;
  for (const key of Object.keys(input)) if (!Object.hasOwn(shape, key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (!Object.hasOwn(input, key)) {
      if (required().has(key)) return undefined;
      continue;
    }
    const value = input[key];
    // An explicit undefined (never in YAML or JSON) keeps zod's own handling.
    if (value === undefined) return undefined;
    const checked = key === 'answers' ? answersFast(value) : key === 'respondent' ? respondentFast(value) : fieldFast(key, shape[key], value);
    if (checked === FAILED) return undefined;
    out[key] = checked;
  }
  return out as AnswerFile;
}

const FAILED = Symbol('failed');

let requiredFields: ReadonlySet<string> | undefined;

/** The fields a file must have (questionnaire): those whose schema refuses their absence. Asked once. */
function required(): ReadonlySet<string> {
  requiredFields ??= new Set(Object.entries(AnswerFileSchema.shape).filter(([, schema]) => !schema.safeParse(undefined).success).map(([key]) => key));
  return requiredFields;
}
const PROTOTYPE_KEY = '__proto__';

/**
 * One of the few top-level fields, through its own schema: no pattern is copied here. A team's files
 * share their questionnaire, version and a few dates, and zod's answer for a text or a number is
 * that same value, so the values accepted once are remembered (a few hundred per field at most).
 */
function fieldFast(key: string, schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, value: unknown): unknown {
  const known = acceptedValues.get(key);
  if (known?.has(value)) return value;
  const result = schema.safeParse(value);
  if (!result.success) return FAILED;
  if ((typeof value === 'string' || typeof value === 'number') && result.data === value) remember(key, value);
  return result.data;
}

const MAX_REMEMBERED = 256;
const acceptedValues = new Map<string, Set<unknown>>();

function remember(key: string, value: string | number): void {
  let known = acceptedValues.get(key);
  if (!known) acceptedValues.set(key, (known = new Set()));
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.add(value);
}

/** `z.record(z.string(), RawAnswerSchema).nullish()`: a fresh object, keys in their order. */
function answersFast(value: unknown): unknown {
  if (value === null) return null;
  if (!isPlainMapping(value)) return FAILED;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Assigned, this key would set the object's prototype: left to zod (YAML refuses it before).
    if (key === PROTOTYPE_KEY) return FAILED;
    const answer = rawAnswerFast(value[key]);
    if (answer === FAILED) return FAILED;
    out[key] = answer;
  }
  return out;
}

/** RawAnswerSchema: a number, text, a yes/no, a list of up to MAX_OPTIONS texts or numbers, or null. */
function rawAnswerFast(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || isFiniteNumber(value)) return value;
  if (!Array.isArray(value) || value.length > MAX_OPTIONS) return FAILED;
  for (const item of value) if (typeof item !== 'string' && !isFiniteNumber(item)) return FAILED;
  return value.slice();
}

const NAMED_ATTRIBUTES = ['id', 'name', 'role', 'team'] as const;

/** RespondentSchema.nullish(): its named fields first, then the further attributes as written. */
function respondentFast(value: unknown): unknown {
  if (value === null) return null;
  if (!isPlainMapping(value)) return FAILED;
  const out: Record<string, unknown> = {};
  for (const key of NAMED_ATTRIBUTES) {
    if (!Object.hasOwn(value, key)) continue;
    const item = value[key];
    // id may be a number; name, role and team are text; any of them may be empty (null).
    if (item !== null && !isLabel(item) && !(key === 'id' && isFiniteNumber(item))) return FAILED;
    out[key] = item;
  }
  for (const key of Object.keys(value)) {
    if ((NAMED_ATTRIBUTES as readonly string[]).includes(key)) continue;
    if (key === PROTOTYPE_KEY) return FAILED;
    const item = value[key];
    if (item !== null && typeof item !== 'boolean' && !isLabel(item) && !isFiniteNumber(item)) return FAILED;
    out[key] = item;
  }
  return out;
}

/** zod's z.number(): finite numbers only. */
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isLabel(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_LABEL_LENGTH;
}

/** A mapping as YAML and JSON make it; anything else (an array, a class instance) is left to zod. */
function isPlainMapping(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
