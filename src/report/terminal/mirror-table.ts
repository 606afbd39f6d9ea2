import type { ChalkInstance } from 'chalk';
import type { Mirror } from '../../scoring/mirror.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatDifference, formatScore } from '../format.js';
import { gapSentence, oneSidedSentence, verdictLabel } from '../mirror-sentence.js';
import { textTable } from './table.js';

/** `mirror` in the terminal: a row per shared dimension (biggest blind spot first), then the sentences. */
export function renderMirrorTable(mirror: Mirror, style: ChalkInstance): string {
  const header = ['dimension', 'staff', 'n', 'customers', 'n', 'gap', 'reading'].map((h) => style.bold(h));
  const rows = mirror.dimensions.map((d) => {
    const reading = d.verdict === 'blind-spot' ? style.red(verdictLabel(d)) : d.verdict === 'hidden-strength' ? style.green(verdictLabel(d)) : verdictLabel(d);
    return [clean(d.title), formatScore(d.staff.mean), String(d.staff.n), formatScore(d.customers.mean), String(d.customers.n), formatDifference(d.shownGap), reading];
  });
  const heading = style.bold(`mirror: ${mirror.staff.respondents} staff (${clean(mirror.staff.questionnaire.id)}), ${mirror.customers.respondents} customers (${clean(mirror.customers.questionnaire.id)})`);
  const notable = mirror.dimensions.filter((d) => d.verdict === 'blind-spot' || d.verdict === 'hidden-strength').map((d) => clean(gapSentence(d)));
  const oneSided = mirror.oneSided.map((d) => clean(oneSidedSentence(d)));
  return [heading, textTable([header, ...rows]), ...(notable.length + oneSided.length > 0 ? ['', ...notable, ...oneSided] : [])].join('\n');
}
