import type { SkippedOthers } from './team-inputs.js';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The one line saying which files of the folders given were left out and why, so a skip is never
 * silent: "skipped 1 mapping file and 0 questionnaire files in answers/ (not answer files)".
 * Undefined when none was.
 */
export function skippedOthersNote(skipped: SkippedOthers): string | undefined {
  const { mapping, questionnaire } = skipped.count;
  if (mapping + questionnaire === 0) return undefined;
  return `skipped ${plural(mapping, 'mapping file')} and ${plural(questionnaire, 'questionnaire file')} in ${skipped.foundIn.join(', ')} (not answer files)`;
}
