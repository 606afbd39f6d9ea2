import type { ChalkInstance } from 'chalk';
import { scoreBar } from '../report/terminal/bar.js';
import { truncate, wrapText } from '../report/terminal/wrap.js';
import { displayWidth } from '../util/display-width.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';
import type { SessionProgress, QuestionView, ReviewEntry, ReviewView } from './prompter.js';

// The text above each prompt, as pure functions of the view: the prompter only adds the
// choices or the input line. Everything is wrapped to the terminal width here so the prompt
// library never rewraps (which would break its line counting on re-render).

/** Progress, section and question: the top of every question's screen. */
export function questionPage(view: QuestionView, style: ChalkInstance, columns: number): string[] {
  const width = Math.max(20, columns - 1);
  const lines = progressLines(view.progress, style, width);
  const { question } = view;
  const number = `${view.number} `;
  const indent = ' '.repeat(number.length);
  wrapText(clean(question.text), width - indent.length).forEach((line, i) => lines.push(style.bold(`${i === 0 ? number : indent}${line}`)));
  if (question.help) for (const line of wrapText(clean(question.help), width - indent.length)) lines.push(style.dim(`${indent}${line}`));
  lines.push('');
  return lines;
}

function progressLines(progress: SessionProgress, style: ChalkInstance, width: number): string[] {
  const where = `Question ${progress.questionNumber} of ${progress.questionCount} · Section ${progress.sectionNumber} of ${progress.sectionCount}`;
  const title = truncate(oneLine(progress.questionnaireTitle), Math.max(0, width - where.length - 3));
  const { share, counter } = progressCount(progress);
  const lines = [
    `${style.dim(title)}${' '.repeat(Math.max(2, width - displayWidth(title) - where.length))}${where}`,
    scoreBar(share, Math.min(60, width - counter.length), style, style.cyan) + style.dim(counter),
    '',
    style.bold.underline(truncate(`${progress.sectionNumber}. ${oneLine(progress.sectionTitle)}`, width)),
  ];
  if (progress.sectionIntro) for (const line of wrapText(clean(progress.sectionIntro), width)) lines.push(style.italic(line));
  lines.push('');
  return lines;
}

/**
 * How far the respondent is. On the first pass, questions seen (a skip moves on too); once every
 * question has been seen (changing one from the review), questions answered, in the review's words,
 * so the bar and the review never disagree.
 */
export function progressCount(progress: SessionProgress): { share: number; counter: string } {
  const { questionCount: count, seen, answered } = progress;
  if (count === 0) return { share: 0, counter: ' 0/0 done' };
  if (seen < count) return { share: (seen / count) * 100, counter: ` ${seen}/${count} done` };
  const open = count - answered;
  return { share: (answered / count) * 100, counter: ` ${answered} of ${count} answered${open > 0 ? ` · ${open} open` : ''}` };
}

/** The lines under a checkbox question: the keys, and which options stand alone; wrapped, not yet styled. */
export function tickHint(exclusive: readonly string[], columns: number): string[] {
  const keys = 'Space ticks or unticks; Enter when done.';
  const alone = exclusive.length === 0 ? '' : ` Ticking ${exclusive.map((label) => `"${clean(label)}"`).join(' or ')} unticks the others.`;
  return wrapText(keys + alone, Math.max(20, columns - 1));
}

/** The lines under a typed question: `what` to type ("Type your answer"), then the keys; wrapped, not yet styled. */
export function typedHint(view: QuestionView, what: string, shownAnswer: string | undefined, columns: number): string[] {
  const keys: string[] = [];
  if (shownAnswer !== undefined) keys.push(`Enter keeps (${clean(shownAnswer)})`);
  if (view.canSkip) keys.push(shownAnswer === undefined ? 'Enter alone skips' : 'Backspace then Enter skips');
  if (view.back) keys.push('< goes back');
  const lines = [`${what}${view.canNA ? ', or n/a if it does not apply' : ''}.`, ...(keys.length > 0 ? [keys.join(' · ')] : [])];
  return lines.flatMap((line) => wrapText(line, Math.max(20, columns - 1)));
}

export function backLabel(view: Pick<QuestionView, 'back'>): string {
  return view.back === 'review' ? '← Back to the review' : '← Back';
}

/** The review's header: where the respondent stands and what to do. */
export function reviewPage(view: ReviewView, style: ChalkInstance, columns: number): string[] {
  const width = Math.max(20, columns - 1);
  const open = view.count - view.answered;
  const status = `${view.answered} of ${view.count} answered${open > 0 ? ` · ${open} open` : ''}`;
  const lines = [style.dim(truncate(oneLine(view.questionnaireTitle), width)), style.bold(`Review your answers`) + style.dim(`  ${status}`), ''];
  const advice =
    view.missingRequired > 0
      ? `Answer the ${view.missingRequired} required question${view.missingRequired === 1 ? '' : 's'} marked "required", then finish.`
      : 'Choose an answer to change it, or Finish to see your results.';
  for (const line of wrapText(advice, width)) lines.push(line);
  lines.push('');
  return lines;
}

/** One review line: number, question and answer, cut to fit one terminal line. */
export function reviewEntryName(entry: ReviewEntry, columns: number): string {
  const answer = truncate(oneLine(entry.answer ?? (entry.required ? '(required, not answered)' : '(not answered)')), 28);
  const room = Math.max(10, columns - 4 - entry.number.length - 1 - 3 - displayWidth(answer));
  return `${entry.number} ${truncate(oneLine(entry.text), room)} → ${answer}`;
}

/** Text from a file on one line, safe for the terminal. */
function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

/**
 * The items a list of `total` one-line items shows with `active` highlighted, [first, end): the
 * window inquirer's select draws when it does not loop (the cursor in the middle of the page,
 * moving to the edge near either end of the list).
 */
export function pageWindow(active: number, total: number, pageSize: number): { first: number; end: number } {
  if (total <= pageSize) return { first: 0, end: total };
  const middle = Math.floor(pageSize / 2);
  const underActive = total - active;
  const pointer = underActive < pageSize - middle ? pageSize - underActive : Math.min(active, middle);
  const first = active - pointer;
  return { first, end: first + pageSize };
}

/** "↑ 3 more above · ↓ 14 more below", or '' when the whole list is on screen. */
export function hiddenNote(above: number, below: number): string {
  const parts = [...(above > 0 ? [`↑ ${above} more above`] : []), ...(below > 0 ? [`↓ ${below} more below`] : [])];
  return parts.join(' · ');
}

/** Lines a review entry's description may take: the question's text, then its answer. */
const REVIEW_TEXT_LINES = 3;
const REVIEW_ANSWER_LINES = 2;
/** Lines under the review's list: a blank, what is hidden, the description, the keys. */
export const REVIEW_LINES_UNDER_LIST = 3 + REVIEW_TEXT_LINES + REVIEW_ANSWER_LINES;

/** Under the review's list, for the highlighted question: its whole text and answer (the list line cuts both), within a few lines. */
export function reviewEntryDetail(entry: ReviewEntry, columns: number): string[] {
  const width = Math.max(20, columns - 1);
  const answer = entry.answer ?? (entry.required ? '(required, not answered)' : '(not answered)');
  return [...capLines(wrapText(clean(entry.text), width), REVIEW_TEXT_LINES, width), ...capLines(wrapText(`→ ${clean(answer)}`, width), REVIEW_ANSWER_LINES, width)];
}

/** At most `count` lines, the last ending in "…" when some were left out. */
function capLines(lines: string[], count: number, width: number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  // Either the line and " …" fit, or truncate cuts the line and ends it with "…" itself.
  kept[count - 1] = truncate(`${kept[count - 1]} …`, width);
  return kept;
}
