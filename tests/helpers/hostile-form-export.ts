import { csvLine } from './csv-text.js';
import { rawAnswersWith } from './hostile-questionnaire.js';

/** A form export of three respondents in two teams, every cell a person typed holding `text`. */
export function formExport(text: string): string {
  const answers = rawAnswersWith(text);
  const header = ['id', 'name', 'role', 'team', 'completed', ...Object.keys(answers)];
  const row = (i: number, team: string) => [`${text} ${i}`, text, text, `${text} ${team}`, '2026-11-20', ...Object.values(answers)];
  return [header, row(1, 'A'), row(2, 'A'), row(3, 'B')].map(csvLine).join('\r\n');
}
