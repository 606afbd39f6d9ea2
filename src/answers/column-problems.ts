import type { Problem } from '../util/errors.js';
import { mapCommand } from './missing-columns.js';

/** From this many rows with one problem in one column, the column is wrong, not the rows. */
const COLLAPSE_FROM = 4;
const VALUES_SHOWN = 3;
const GOT = / \(got (.*)\)$/;

/**
 * Cell problems with one rule broken in one column of one export, folded into one problem at the
 * first of them: a column coded another way (numeric codes, shifted scales) would otherwise print
 * one line per row, and the fifty lines shown would hide every other problem. Other problems, and
 * columns with few bad cells, stay as they are and where they are.
 */
export function collapseColumnProblems(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = columnKey(problem);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const out: Problem[] = [];
  for (const problem of problems) {
    const key = columnKey(problem);
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.length < COLLAPSE_FROM) out.push(problem);
    else if (group[0] === problem) out.push(collapsed(group));
  }
  return out;
}

/** file, column and rule of a cell problem ("must be a number from 0 to 10"); undefined for any other problem. */
function columnKey(problem: Problem): string | undefined {
  if (problem.col === undefined || problem.path === undefined || problem.line === undefined) return undefined;
  return JSON.stringify([problem.file, problem.col, problem.message.replace(GOT, '')]);
}

function collapsed(group: readonly Problem[]): Problem {
  const first = group[0] as Problem;
  const values = [...new Set(group.map((problem) => GOT.exec(problem.message)?.[1]).filter((value) => value !== undefined))];
  const shown = values.slice(0, VALUES_SHOWN).join(', ') + (values.length > VALUES_SHOWN ? `, and ${values.length - VALUES_SHOWN} more` : '');
  const got = values.length > 0 ? ` (got ${shown})` : '';
  const last = group[group.length - 1] as Problem;
  const rule = first.message.replace(GOT, '');
  return {
    ...first,
    message: `${group.length} rows, lines ${first.line} to ${last.line}: ${rule}${got}; a column coded another way needs recodes in a mapping file (${mapCommand(first.file)} writes a starter), or a new export with answer labels`,
  };
}
