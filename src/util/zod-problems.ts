import type { z } from 'zod';
import { formatDataPath } from './data-path.js';
import type { Problem } from './errors.js';
import { quoted } from './quote.js';
import { closestMatch } from './suggest.js';
import type { YamlSource } from './yaml-source.js';

/**
 * Turns zod issues into positioned sentences (`file:line:col path: message`).
 * `knownKeys` feeds "did you mean" hints for misspelt fields.
 */
export function zodIssuesToProblems(
  source: YamlSource,
  issues: readonly z.core.$ZodIssue[],
  knownKeys: readonly string[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const hint = closestMatch(key, knownKeys);
        problems.push(at(source, path, `unknown field ${quoted(key)}${hint ? ` (did you mean "${hint}"?)` : ''}`, true));
      }
      continue;
    }
    problems.push(at(source, issue.path, describeIssue(issue)));
  }
  return problems;
}

export function at(source: YamlSource, path: readonly PropertyKey[], message: string, atKey = false): Problem {
  const pos = source.locate(path, atKey);
  return { file: source.file, line: pos?.line, col: pos?.col, path: formatDataPath(path) || undefined, message };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'is required';
      return `must be ${article(readableType(issue.expected))} (${receivedPart(issue.message)})`;
    case 'too_small':
      return describeBound(issue.origin, 'small', Number(issue.minimum), issue.inclusive ?? true);
    case 'too_big':
      return describeBound(issue.origin, 'big', Number(issue.maximum), issue.inclusive ?? true);
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `must be one of ${options.map(String).join(', ')}`;
      }
      return unionMessage(issue);
    case 'invalid_key': {
      const inner = issue.issues[0];
      return inner ? `has a key that ${describeIssue(inner)}` : issue.message;
    }
    default:
      return issue.message;
  }
}

function describeBound(origin: string, side: 'small' | 'big', limit: number, inclusive: boolean): string {
  if (origin === 'string') return side === 'small' ? (limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters`) : `must be at most ${limit} characters`;
  if (origin === 'array' || origin === 'set') {
    return side === 'small' ? `needs at least ${limit} ${limit === 1 ? 'item' : 'items'}` : `allows at most ${limit} items`;
  }
  if (side === 'small' && limit === 0 && !inclusive) return 'must be a positive number';
  if (side === 'small') return inclusive ? `must be at least ${limit}` : `must be more than ${limit}`;
  return inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
}

function unionMessage(issue: z.core.$ZodIssue & { code: 'invalid_union' }): string {
  // A branch of the right type that failed a check (a list too long) says more than the type list.
  const rightType = issue.errors.find((branch) => branch.length > 0 && branch.every((inner) => inner.code !== 'invalid_type'));
  // Or a mapping that is the right shape but for one field's value (offset: one), told by that field.
  const wrongField = issue.errors.find((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
  const inner = rightType?.[0] ?? wrongField?.[0];
  if (inner) return inner.path.length > 0 ? `${formatDataPath(inner.path)} ${describeIssue(inner)}` : describeIssue(inner);
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code === 'invalid_type') expected.add(readableType(inner.expected));
    }
  }
  if (expected.size === 0) return 'has an invalid value';
  const kinds = [...expected].map(article);
  const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : (kinds[0] ?? '');
  return `must be ${list} (${receivedPart(issue.errors[0]?.[0]?.message ?? '')})`;
}

function readableType(expected: string): string {
  if (expected === 'int') return 'whole number';
  if (expected === 'record' || expected === 'object') return 'mapping';
  if (expected === 'array') return 'list';
  if (expected === 'string') return 'text';
  if (expected === 'boolean') return 'true/false';
  if (expected === 'null') return 'empty';
  return expected;
}

function article(noun: string): string {
  if (noun === 'text' || noun === 'true/false' || noun === 'empty') return noun;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function receivedPart(message: string): string {
  const received = /received (\w+)/.exec(message)?.[1];
  if (!received) return 'got something else';
  const map: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'text', null: 'nothing', boolean: 'true/false', Infinity: 'infinity', NaN: 'not a number' };
  return `got ${map[received] ?? `a ${received}`}`;
}
