import { questionnaireHash } from '../questionnaire/hash.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { quoted } from '../util/quote.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at } from '../util/zod-problems.js';
import type { AnswerFile } from './schema.js';

export interface Binding {
  /** Answers to another questionnaire altogether: they cannot be scored against it. */
  problems: Problem[];
  /** Answers to another questionnaire altogether: checking each one would only add noise. */
  otherQuestionnaire: boolean;
  /** The same questionnaire, but another version of it or changed content since the answers were written. */
  warnings: Problem[];
  /**
   * The questionnaire moved since the answers were written (another version, or a differing hash):
   * an answer that no longer fits is the questionnaire's doing, not the file's, so it is skipped
   * with a warning rather than refused. Says how, for those warnings; undefined when nothing moved.
   */
  moved?: string;
}

/**
 * Whether an answer file belongs to the questionnaire it is checked against. The id must match.
 * Another version, or a content hash (`questionnaireHash`, written by `template` and `run`) that
 * differs, only warns: answer files outlive the questionnaire version they were written for, and
 * most edits (a reworded help text, a new option) leave their answers valid.
 */
export function checkBinding(source: YamlSource, file: AnswerFile, questionnaire: Questionnaire): Binding {
  if (file.questionnaire !== questionnaire.id) {
    const problem = at(source, ['questionnaire'], `these answers are for ${quoted(file.questionnaire)}, not for "${questionnaire.id}", the questionnaire they are checked against`);
    return { problems: [problem], otherQuestionnaire: true, warnings: [] };
  }
  const id = questionnaire.id;
  if (file.version !== undefined && String(file.version) !== String(questionnaire.version)) {
    const warning = at(
      source,
      ['version'],
      `these answers are for version ${quoted(file.version)} of "${id}", now version ${questionnaire.version}; ` +
        'they are scored against the current questions: answers to questions it no longer has are skipped, and answers that no longer fit are left unanswered',
    );
    return { problems: [], otherQuestionnaire: false, warnings: [warning], moved: `"${id}" is version ${questionnaire.version} now, these answers are for version ${quoted(file.version)}` };
  }
  const changed = typeof file.questionnaireHash === 'string' && file.questionnaireHash !== questionnaireHash(questionnaire);
  if (!changed) return { problems: [], otherQuestionnaire: false, warnings: [] };
  const warning = at(
    source,
    ['questionnaireHash'],
    `"${id}" has changed since these answers were written (its content hash differs); ` +
      'they are scored against the current questions, so check that each answer still fits its question',
  );
  return { problems: [], otherQuestionnaire: false, warnings: [warning], moved: `"${id}" has changed since these answers were written (questionnaireHash differs)` };
}
