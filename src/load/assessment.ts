import { checkAnswerSource } from '../answers/parse-answer-file.js';
import { looksLikeTeamJson, readTeamJson, type TeamJsonInput } from '../formats/team-json.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { describeRespondent } from '../report/respondent.js';
import { scoreResponse } from '../scoring/score-response.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { snapshotOfScorecard, type Snapshot } from '../scoring/snapshot.js';
import { snapshotOfTeamJson } from '../scoring/team/team-snapshot.js';
import { InvalidInputError, UserError, type Problem } from '../util/errors.js';
import { parseYamlSource, type YamlSource } from '../util/yaml-source.js';
import { at } from '../util/zod-problems.js';
import { loadQuestionnaire } from './questionnaire.js';
import { readInputText } from './read-input.js';

/**
 * One assessment to compare or trend: an answer file (scored) or a team JSON file (`team --json`).
 * `warnings`: an answer file written for a since-changed questionnaire; the caller prints them.
 */
export type Assessment = { file: string; questionnaire: Questionnaire; snapshot: Snapshot; warnings: Problem[] } & (
  | { kind: 'answers'; scorecard: Scorecard }
  | { kind: 'team'; team: TeamJsonInput }
);

export interface LoadAssessmentOptions {
  cwd: string;
  questionnaire?: string | undefined;
}

/** Reads an answer file or a team JSON file, told apart by content. */
export function loadAssessment(file: string, options: LoadAssessmentOptions): Assessment {
  const parsed = parseYamlSource(file, readInputText(file));
  if (!parsed.ok) throw new InvalidInputError(parsed.problems);
  if (looksLikeTeamJson(parsed.source.data)) return loadTeamJson(parsed.source, options);
  const loaded = checkAnswerSource(parsed.source, (id) => loadQuestionnaire(options.questionnaire ?? id, options.cwd).questionnaire);
  const scorecard = scoreResponse(loaded.questionnaire, loaded.response);
  return { kind: 'answers', file, questionnaire: loaded.questionnaire, scorecard, snapshot: scorecardSnapshot(scorecard), warnings: loaded.warnings };
}

/** A scorecard as an assessment, labelled with the respondent's description (or its file). */
export function scorecardSnapshot(scorecard: Scorecard): Snapshot {
  return snapshotOfScorecard(scorecard, describeRespondent(scorecard.respondent) || scorecard.source);
}

function loadTeamJson(source: YamlSource, options: LoadAssessmentOptions): Assessment {
  const team = readTeamJson(source);
  const { questionnaire } = loadQuestionnaire(options.questionnaire ?? team.questionnaire.id, options.cwd);
  if (team.questionnaire.id !== questionnaire.id || String(team.questionnaire.version) !== String(questionnaire.version)) {
    const message = `is a team report of ${team.questionnaire.id} v${team.questionnaire.version}, but the questionnaire is ${questionnaire.id} v${questionnaire.version}`;
    throw new InvalidInputError([at(source, ['questionnaire'], message)]);
  }
  return { kind: 'team', file: source.file, questionnaire, team, snapshot: snapshotOfTeamJson(team, questionnaire, source.file), warnings: [] };
}

/** Deltas only mean something between assessments of one questionnaire (and one version of it). */
export function requireSameQuestionnaire(assessments: readonly Assessment[], command: string): void {
  const [first, ...rest] = assessments;
  if (!first) return;
  const key = (a: Assessment) => `${a.snapshot.questionnaire.id} v${a.snapshot.questionnaire.version}`;
  const other = rest.find((a) => key(a) !== key(first));
  if (other) {
    throw new UserError(`${other.file} is for ${key(other)} but ${first.file} is for ${key(first)}: ${command} needs assessments of the same questionnaire`);
  }
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
