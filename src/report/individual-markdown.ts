import { eachQuestion } from '../questionnaire/labels.js';
import { adviceFor, isOpenQuestionsSection } from '../questionnaire/recommendations.js';
import { readerAdviceLines, readerOf, splitForReader } from './reader-advice.js';
import type { Question, Questionnaire, Section } from '../questionnaire/schema.js';
import { priorityItems, strengthItems, type RankedItem } from '../scoring/priorities.js';
import type { Scorecard } from '../scoring/scorecard.js';
import type { Comparison } from '../scoring/compare.js';
import type { TargetReport } from '../scoring/targets.js';
import { chartImageLines, type ChartLink } from './chart-links.js';
import { comparisonLines } from './comparison-section-markdown.js';
import { distinctHeadings } from './distinct-headings.js';
import { formatPercent, formatScore, itemOnHundred } from './format.js';
import { escapeInline, escapeLines } from './markdown-escape.js';
import { describeRespondent } from './respondent.js';
import { scoringNote, weightingNote } from './scoring-note.js';
import { targetLines } from './target-markdown.js';
import { reverseKeyedNote } from './reverse-keyed.js';
import { coverageSentence, strongestWeakestLines, whatToDoFirstLines } from './executive-summary.js';
import { reportDate, titleBlockLines, type Handover } from './title-block.js';
import { topRecommendations } from './top-recommendations.js';
import { questionLine, tickedSection } from './ticked-answers.js';
import { targetFormulaLines } from './target-markdown.js';

/** What `report` can add to the report: charts written beside it, a previous assessment, a target. */
export interface ReportExtras {
  charts?: readonly ChartLink[];
  sinceLastTime?: Comparison;
  target?: TargetReport;
  /** Client, consultant and date for the title block. */
  handover?: Handover;
}

/** The report a consultant hands to a client for one respondent. Pure: data in, Markdown out. */
export function renderIndividualReport(scorecard: Scorecard, questionnaire: Questionnaire, extras: ReportExtras = {}): string {
  const questions = new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question]));
  const out: string[] = [];
  out.push(`# ${escapeInline(questionnaire.title)}`, '');
  out.push(...titleBlockLines(extras.handover ?? {}, reportDate(extras.handover ?? {}, scorecard.completed)), '');
  out.push(...headerLines(scorecard, questionnaire), '');
  out.push(...executiveSummary(scorecard, questionnaire, questions), '');
  if (scorecard.redFlags.length > 0) out.push(...redFlagSection(scorecard, questions), '');
  out.push(...sectionTable(scorecard, extras.charts ?? []), '');
  if (extras.sinceLastTime) out.push('## Since last time', '', ...comparisonLines(extras.sinceLastTime, questionnaire, 3), '');
  if (extras.target) out.push(...targetLines(extras.target, questionnaire, 2), '');
  out.push(...rankedSection('Strengths', 'What is working best, by score.', strengthItems(scorecard), questions), '');
  out.push(...rankedSection('Priorities', 'The weakest answers, ordered by how much each costs the overall score (its shortfall × its weight).', priorityItems(scorecard), questions), '');
  out.push(...sectionDetails(scorecard, questionnaire, questions));
  out.push(...tickedSection(scorecard, questions));
  if (scorecard.comments.length > 0) out.push(...commentSection(scorecard, questions), '');
  out.push(...appendixLines(questionnaire, extras.target !== undefined), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function headerLines(scorecard: Scorecard, questionnaire: Questionnaire): string[] {
  const who = describeRespondent(scorecard.respondent);
  return [
    `- **Respondent:** ${who ? escapeInline(who) : 'anonymous'}`,
    `- **Completed:** ${scorecard.completed ? escapeInline(scorecard.completed) : 'not recorded'}`,
    `- **Questionnaire:** ${escapeInline(questionnaire.title)} (${escapeInline(questionnaire.id)}, version ${escapeInline(String(questionnaire.version))})`,
  ];
}

/** What a client reads first: the result, the strongest and weakest areas, red flags and what to do first. */
function executiveSummary(scorecard: Scorecard, questionnaire: Questionnaire, questions: Map<string, Question>): string[] {
  const { score, band, coverage } = scorecard.overall;
  const lines = ['## Executive summary', ''];
  if (score === null) return [...lines, 'No scored question was answered, so there is no overall score.'];
  lines.push(`**Overall score: ${formatScore(score)} out of 100, ${escapeInline(band?.label ?? 'no band')}.**`);
  if (band?.summary) lines.push('', escapeInline(band.summary));
  lines.push('', coverageSentence(coverage), '');
  lines.push(...strongestWeakestLines(scorecard.sections.map((s) => ({ title: s.title, score: s.score, band: s.band?.label }))));
  lines.push(`- **Red flags:** ${redFlagSummary(scorecard, questions)}`, '');
  lines.push(...whatToDoFirstLines(topRecommendations(scorecard, questionnaire)));
  return lines;
}

/** "none", or how many and the most serious: the lowest-scoring answer, the first of equals. */
function redFlagSummary(scorecard: Scorecard, questions: Map<string, Question>): string {
  const flags = scorecard.redFlags;
  const worst = flags.reduce<(typeof flags)[number] | undefined>((a, b) => (a === undefined || b.score < a.score ? b : a), undefined);
  if (!worst) return 'none';
  const question = escapeInline(questions.get(worst.questionId)?.text ?? worst.questionId);
  return `${flags.length}; the most serious: **${escapeInline(worst.message)}** (the answer to "${question}" was ${escapeInline(worst.answer)})`;
}

/** Method notes for the reader who wants them, at the end; the formula for percent to target only when there is a target. */
function appendixLines(questionnaire: Questionnaire, withTarget: boolean): string[] {
  return ['## Appendix: how the scores are worked out', '', ...scoringNote(questionnaire), ...weightingNote(questionnaire), ...(withTarget ? ['', ...targetFormulaLines()] : [])];
}

function redFlagSection(scorecard: Scorecard, questions: Map<string, Question>): string[] {
  const lines = ['## Red flags', '', 'These answers need attention whatever the overall score:', ''];
  for (const flag of scorecard.redFlags) {
    const question = questions.get(flag.questionId);
    lines.push(`- **${escapeInline(flag.message)}** The answer to "${escapeInline(question?.text ?? flag.questionId)}" was ${escapeInline(flag.answer)}.`);
  }
  return lines;
}

function sectionTable(scorecard: Scorecard, charts: readonly ChartLink[]): string[] {
  const lines = ['## Sections', '', ...chartImageLines(charts), '| Section | Weight | Score | Band | Coverage |', '| --- | ---: | ---: | --- | ---: |'];
  for (const section of scorecard.sections) {
    lines.push(
      `| ${escapeInline(section.title)} | ${section.weight} | ${formatScore(section.score)} | ${escapeInline(section.band?.label ?? '–')} | ${formatPercent(section.coverage)} |`,
    );
  }
  return lines;
}

function rankedSection(title: string, intro: string, ranked: RankedItem[], questions: Map<string, Question>): string[] {
  const lines = [`## ${title}`, ''];
  if (ranked.length === 0) return [...lines, title === 'Strengths' ? 'No answer scored 75 or more.' : 'No answer scored below 75.'];
  lines.push(intro, '');
  ranked.forEach(({ item }, i) => {
    const text = questions.get(item.id)?.text ?? item.id;
    lines.push(`${i + 1}. ${escapeInline(text)} Answer: ${escapeInline(item.answer ?? '–')} (score ${itemOnHundred(item.score)}${reverseKeyedNote(item.reverse)}).`);
  });
  return lines;
}

/** The second-level headings this renderer writes itself; a section title may not repeat one. */
const OWN_HEADINGS = [
  'Executive summary',
  'Summary',
  'Red flags',
  'Sections',
  'Since last time',
  'Progress to target',
  'Strengths',
  'Priorities',
  'In their own words',
  'How this was scored',
  'Appendix: how the scores are worked out',
];

function sectionDetails(scorecard: Scorecard, questionnaire: Questionnaire, questions: Map<string, Question>): string[] {
  const lines: string[] = [];
  // Each section's actions for the respondent's own role come first; the rest say who takes them.
  const reader = readerOf(questionnaire, scorecard.respondent);
  const headings = distinctHeadings(
    questionnaire.sections.map((section) => escapeInline(section.title)),
    OWN_HEADINGS,
  );
  questionnaire.sections.forEach((section, i) => {
    const result = scorecard.sections[i];
    if (isOpenQuestionsSection(section)) {
      lines.push(...openQuestionsAdvice(section, questionnaire, headings[i] ?? '', scorecard.overall.band?.label, reader));
      return;
    }
    if (!result || result.coverage === null) return;
    lines.push(`## ${headings[i]}`, '');
    if (result.score === null) {
      lines.push('No question in this section was answered.', '');
      return;
    }
    lines.push(`Score ${formatScore(result.score)}, ${escapeInline(result.band?.label ?? 'no band')}; weight ${section.weight}; coverage ${formatPercent(result.coverage)}.`, '');
    if (result.band?.summary && section.rubric) lines.push(escapeInline(result.band.summary), '');
    lines.push('| Question | Answer | Score |', '| --- | --- | ---: |');
    for (const item of result.items) {
      const text = questions.get(item.id)?.text ?? item.id;
      const marks = item.reverse ? ' (reverse-keyed)' : '';
      lines.push(`| ${escapeInline(text)}${marks} | ${escapeInline(item.answer ?? 'not answered')} | ${itemOnHundred(item.score)} |`);
    }
    lines.push('');
    const band = result.band?.label;
    lines.push(...readerAdviceLines(`Recommended next steps at ${escapeInline(band ?? '')} level:`, splitForReader(adviceFor(section, band), questionnaire, reader)));
  });
  return lines;
}

/** A section of open questions has no score: its advice follows the overall band. */
function openQuestionsAdvice(section: Section, questionnaire: Questionnaire, heading: string, overallBand: string | undefined, reader: ReadonlySet<string> | null): string[] {
  const split = splitForReader(adviceFor(section, overallBand), questionnaire, reader);
  const advice = readerAdviceLines(`These questions are not scored, so the next steps follow the overall result, ${escapeInline(overallBand ?? '')}:`, split);
  return advice.length === 0 ? [] : [`## ${heading}`, '', ...advice];
}

function commentSection(scorecard: Scorecard, questions: Map<string, Question>): string[] {
  const lines = ['## In their own words', ''];
  for (const comment of scorecard.comments) {
    lines.push(questionLine(questions.get(comment.questionId)?.text ?? comment.questionId), '');
    for (const line of escapeLines(comment.text)) lines.push(line === '' ? '>' : `> ${line}`);
    lines.push('');
  }
  return lines;
}
