import type { TeamJson } from '../formats/team-json/read.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { UserError, type Problem } from '../util/errors.js';
import type { Scorecard } from './scorecard.js';
import { questionnaireKey, sharesIds } from './shared-ids.js';
import type { Snapshot } from './snapshot.js';

/**
 * One assessment to compare or trend: an answer file (scored) or a team JSON file (`team --json`).
 * `warnings`: an answer file written for a since-changed questionnaire; the caller prints them.
 */
export type Assessment = { file: string; questionnaire: Questionnaire; snapshot: Snapshot; warnings: Problem[] } & (
  | { kind: 'answers'; scorecard: Scorecard }
  | { kind: 'team'; team: TeamJson }
);

/** Deltas only mean something between assessments of one questionnaire (and one version of it). */
export function requireSameQuestionnaire(assessments: readonly Assessment[], command: string): void {
  const [first, ...rest] = assessments;
  if (!first) return;
  const other = rest.find((a) => key(a) !== key(first));
  if (other) throw differentQuestionnaires(first, other, command);
}

/**
 * compare and trend also take assessments of questionnaires that share ids (a pulse that reuses a
 * full audit's section and question ids), compared on what they share; each pair of different
 * questionnaires must share a scored question id or a section id.
 */
export function requireSharedIds(assessments: readonly Assessment[], command: string): void {
  assessments.forEach((first, i) => {
    const other = assessments.slice(i + 1).find((a) => key(a) !== key(first) && !sharesIds(first.questionnaire, a.questionnaire));
    if (other) throw differentQuestionnaires(first, other, command);
  });
}

function key(assessment: Assessment): string {
  return questionnaireKey(assessment.snapshot.questionnaire);
}

function differentQuestionnaires(first: Assessment, other: Assessment, command: string): UserError {
  return new UserError(`${other.file} is for ${key(other)} but ${first.file} is for ${key(first)}: ${command} needs assessments of the same questionnaire`);
}

/** One person against a whole team is not a change over time: inputs are all answer files or all team JSON. */
export function requireSameKind(assessments: readonly Assessment[], command: string): void {
  const [first, ...rest] = assessments;
  const other = rest.find((a) => a.kind !== first?.kind);
  if (first && other) {
    throw new UserError(`${first.file} is ${describeKind(first)} but ${other.file} is ${describeKind(other)}: ${command} needs answer files only, or team JSON files only`);
  }
}

/** `--target` is always an answer file: the answers to aim for. */
export function requireAnswerFile(assessment: Assessment, role: string): Extract<Assessment, { kind: 'answers' }> {
  if (assessment.kind !== 'answers') throw new UserError(`${assessment.file} is ${describeKind(assessment)}; ${role} takes an answer file`);
  return assessment;
}

function describeKind(assessment: Assessment): string {
  return assessment.kind === 'team' ? 'a team JSON file' : 'an answer file';
}
