import { checkAnswerSource } from '../answers/parse-answer-file.js';
import { looksLikeTeamJson, readTeamJson } from '../formats/team-json/read.js';
import { describeRespondent } from '../report/respondent.js';
import type { Assessment } from '../scoring/assessment.js';
import { scoreResponse } from '../scoring/score-response.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { snapshotOfScorecard, type Snapshot } from '../scoring/snapshot.js';
import { snapshotOfTeamJson } from '../scoring/team/team-snapshot.js';
import { InvalidInputError } from '../util/errors.js';
import { parseYamlSource, type YamlSource } from '../util/yaml-source.js';
import { at } from '../util/zod-problems.js';
import { loadQuestionnaire } from './questionnaire.js';
import { readInputText } from './read-input.js';

export interface LoadAssessmentOptions {
  cwd: string;
  questionnaire?: string | undefined;
}

/** Reads an answer file or a team JSON file, told apart by content. */
export function loadAssessment(file: string, options: LoadAssessmentOptions): Assessment {
  const parsed = parseYamlSource(file, readInputText(file, undefined, options.cwd));
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
