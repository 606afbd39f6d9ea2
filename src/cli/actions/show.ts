import { loadQuestionnaire } from '../../load/questionnaire.js';
import { renderQuestionnaireOutline } from '../../report/terminal/questionnaire-outline.js';
import type { Io } from '../io.js';

export function runShow(reference: string, io: Io): void {
  const { questionnaire } = loadQuestionnaire(reference, io.cwd);
  io.out(renderQuestionnaireOutline(questionnaire, io.style));
}
