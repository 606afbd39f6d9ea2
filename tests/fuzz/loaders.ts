import { Chalk } from 'chalk';
import { parseAnswerFile } from '../../src/answers/parse-answer-file.js';
import type { Answer, Response } from '../../src/answers/schema.js';
import { renderAnswerTemplate } from '../../src/answers/template.js';
import { questionnaireHash } from '../../src/questionnaire/hash.js';
import { answerLabels } from '../../src/questionnaire/labels.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Question, Questionnaire } from '../../src/questionnaire/schema.js';
import { renderIndividualReport } from '../../src/report/individual-markdown.js';
import { scorecardJson } from '../../src/report/scorecard-json.js';
import { renderQuestionnaireOutline } from '../../src/report/terminal/questionnaire-outline.js';
import { renderScoreSummary } from '../../src/report/terminal/score-summary.js';
import { scoreResponse } from '../../src/scoring/score-response.js';
import { InvalidInputError, UserError } from '../../src/util/errors.js';
import { decodeInputText } from '../../src/load/read-input.js';

// The loaders under fuzz, in memory, each followed by everything a loaded value feeds (scoring,
// every renderer), since a hostile value that loads may still crash further on.

export type Outcome = { kind: 'value' } | { kind: 'error'; message: string } | { kind: 'crash'; error: unknown };
export type Loader = (bytes: Uint8Array) => void | Promise<void>;

const styles = [new Chalk({ level: 0 }), new Chalk({ level: 1 })];

/** Runs one case: a value, one clear user error, or a crash (anything else thrown, or a vague error). */
export async function classify(loader: Loader, bytes: Uint8Array): Promise<Outcome> {
  try {
    await loader(bytes);
    return { kind: 'value' };
  } catch (error) {
    if (!(error instanceof UserError) || error.message.trim() === '') return { kind: 'crash', error };
    if (error instanceof InvalidInputError && error.problems.some((p) => !p.file || !p.message.trim())) return { kind: 'crash', error };
    return { kind: 'error', message: error.message };
  }
}

export function questionnaireLoader(): Loader {
  return (bytes) => {
    const questionnaire = parseQuestionnaire('fuzz.yaml', decodeInputText('fuzz.yaml', bytes));
    questionnaireHash(questionnaire);
    for (const style of styles) renderQuestionnaireOutline(questionnaire, style);
    // A questionnaire that validates must give a template that validates against it, but for
    // its required questions, which a blank template leaves unanswered.
    try {
      parseAnswerFile('template.yaml', renderAnswerTemplate(questionnaire), () => questionnaire);
    } catch (error) {
      const onlyRequired = error instanceof InvalidInputError && error.problems.every((p) => /^required question .* is not answered$/.test(p.message));
      if (!onlyRequired) throw new Error(`the template of a valid questionnaire is invalid: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const end of ['low', 'high'] as const) exerciseScorecard(questionnaire, extremeResponse(questionnaire, end));
  };
}

export function answersLoader(byId: ReadonlyMap<string, Questionnaire>): Loader {
  return (bytes) => {
    const loaded = parseAnswerFile('fuzz.yaml', decodeInputText('fuzz.yaml', bytes), (id) => {
      const questionnaire = byId.get(id);
      if (!questionnaire) throw new UserError(`unknown questionnaire "${id}"`);
      return questionnaire;
    });
    exerciseScorecard(loaded.questionnaire, loaded.response);
  };
}

function exerciseScorecard(questionnaire: Questionnaire, response: Response): void {
  const scorecard = scoreResponse(questionnaire, response);
  renderIndividualReport(scorecard, questionnaire);
  JSON.stringify(scorecardJson(scorecard));
  for (const style of styles) renderScoreSummary(scorecard, questionnaire, style, 80);
}

/** Every question answered at its lowest or highest: every band's recommendations get rendered. */
function extremeResponse(questionnaire: Questionnaire, end: 'low' | 'high'): Response {
  const answers: Record<string, Answer> = {};
  for (const question of questionnaire.sections.flatMap((s) => s.questions)) answers[question.id] = extremeAnswer(question, questionnaire, end);
  return { questionnaireId: questionnaire.id, respondent: { id: 'fuzz' }, answers, source: 'fuzz.yaml' };
}

function extremeAnswer(question: Question, questionnaire: Questionnaire, end: 'low' | 'high'): Answer {
  const last = end === 'high';
  switch (question.type) {
    case 'likert':
      return { kind: 'likert', position: last ? answerLabels(question, questionnaire).length : 1 };
    case 'choice':
      return { kind: 'choice', index: last ? question.options.length - 1 : 0 };
    case 'multi':
      return { kind: 'multi', indices: last ? question.options.map((_, i) => i) : [] };
    case 'yesno':
      return { kind: 'yesno', yes: last };
    case 'rating':
      return { kind: 'rating', value: last ? question.max : question.min };
    case 'text':
      return { kind: 'text', text: 'A comment.' };
    case 'nps':
      return { kind: 'nps', value: last ? 10 : 0 };
  }
}
