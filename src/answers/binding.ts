import { questionnaireHash } from '../questionnaire/hash.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { quoted } from '../util/quote.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at } from '../util/zod-problems.js';
import type { AnswerFile } from './schema.js';

export interface Binding {
  /** A different questionnaire id or version: the answers cannot be scored against it. */
  problems: Problem[];
  /** Answers to another questionnaire altogether: checking each one would only add noise. */
  otherQuestionnaire: boolean;
  /** The same id and version, but the content changed since the answers were written. */
  warnings: Problem[];
  /** Added to every answer problem when the questionnaire changed, since that is the likely cause. */
  changedNote: string;
}

/**
 * Whether an answer file belongs to the questionnaire it is checked against. The id and version
 * must match; a content hash (`questionnaireHash`, written by `template` and `run`) that differs
 * only warns, because most edits (a reworded help text, a new band summary) leave answers valid.
 */
export function checkBinding(source: YamlSource, file: AnswerFile, questionnaire: Questionnaire): Binding {
  const problems: Problem[] = [];
  if (file.questionnaire !== questionnaire.id) {
    problems.push(at(source, ['questionnaire'], `these answers are for ${quoted(file.questionnaire)}, not for "${questionnaire.id}", the questionnaire they are checked against`));
  }
  if (file.version !== undefined && String(file.version) !== String(questionnaire.version)) {
    problems.push(
      at(
        source,
        ['version'],
        `these answers are for version ${quoted(file.version)} of "${questionnaire.id}", but the questionnaire is version ${questionnaire.version}; ` +
          'score them against the version they answer, or bring them up to date and change their version',
      ),
    );
  }
  const changed = typeof file.questionnaireHash === 'string' && file.questionnaireHash !== questionnaireHash(questionnaire);
  const otherQuestionnaire = file.questionnaire !== questionnaire.id;
  if (!changed || problems.length > 0) return { problems, otherQuestionnaire, warnings: [], changedNote: '' };
  return {
    problems,
    otherQuestionnaire,
    warnings: [
      at(
        source,
        ['questionnaireHash'],
        `"${questionnaire.id}" has changed since these answers were written (its content hash differs); ` +
          'they are scored against the current questions, so check that each answer still fits its question',
      ),
    ],
    changedNote: `; "${questionnaire.id}" has changed since these answers were written (questionnaireHash differs)`,
  };
}
