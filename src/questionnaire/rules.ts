import type { DataPath } from '../util/data-path.js';
import { MAX_BANDS, MAX_OPTIONS } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';

/**
 * Semantic rules the schema cannot express. They run on the raw parsed data, even when
 * the schema check failed, so one run reports every problem in the file at once.
 */
export interface RuleViolation {
  path: DataPath;
  message: string;
  /** Point at the key rather than its value (e.g. a recommendations band label). */
  atKey?: boolean;
}

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function checkQuestionnaireRules(data: unknown): RuleViolation[] {
  const root = record(data);
  if (!root) return [];
  const violations: RuleViolation[] = [];
  const scaleNames = Object.keys(record(root.scales) ?? {});
  const overallLabels = checkRubric(root.rubric, ['rubric'], violations);

  for (const [name, labels] of Object.entries(record(root.scales) ?? {})) {
    checkUniqueLabels(list(labels).map(text), ['scales', name], violations);
  }

  const seenSections = new Map<string, number>();
  const seenQuestions = new Map<string, string>();
  list(root.sections).forEach((rawSection, s) => {
    const section = record(rawSection);
    if (!section) return;
    const base = ['sections', s];
    const sectionId = text(section.id);
    if (sectionId !== undefined) {
      const first = seenSections.get(sectionId);
      if (first !== undefined) violations.push({ path: [...base, 'id'], message: `duplicate section id ${quoted(sectionId)} (also sections[${first}])` });
      else seenSections.set(sectionId, s);
    }
    const ownLabels = section.rubric === undefined ? undefined : checkRubric(section.rubric, [...base, 'rubric'], violations);
    checkRecommendations(section.recommendations, ownLabels ?? overallLabels, [...base, 'recommendations'], violations);

    list(section.questions).forEach((rawQuestion, q) => {
      const question = record(rawQuestion);
      if (!question) return;
      const path = [...base, 'questions', q];
      const id = text(question.id);
      if (id !== undefined) {
        const first = seenQuestions.get(id);
        if (first !== undefined) violations.push({ path: [...path, 'id'], message: `duplicate question id ${quoted(id)} (also ${first})` });
        else seenQuestions.set(id, `sections[${s}].questions[${q}]`);
      }
      checkQuestion(question, path, scaleNames, violations);
    });
  });
  return violations;
}

function checkQuestion(question: Loose, path: DataPath, scaleNames: string[], out: RuleViolation[]): void {
  switch (question.type) {
    case 'likert':
      return checkLikert(question, path, scaleNames, out);
    case 'choice':
    case 'multi':
      return checkOptions(question, path, out);
    case 'rating': {
      const min = num(question.min) ?? 0;
      const max = num(question.max) ?? 10;
      if (min >= max) out.push({ path: [...path, 'max'], message: `max (${max}) must be greater than min (${min})` });
      return;
    }
  }
}

function checkLikert(question: Loose, path: DataPath, scaleNames: string[], out: RuleViolation[]): void {
  const scale = text(question.scale);
  if (scale === undefined && question.labels === undefined) {
    out.push({ path, message: 'a likert question needs `scale` (a named scale) or `labels` (inline)' });
  } else if (scale !== undefined && question.labels !== undefined) {
    out.push({ path: [...path, 'labels'], message: 'give either `scale` or `labels`, not both' });
  } else if (scale !== undefined && !scaleNames.includes(scale)) {
    const hint = closestMatch(scale, scaleNames);
    const known = scaleNames.length ? `known scales: ${scaleNames.slice(0, MAX_OPTIONS).join(', ')}` : 'the questionnaire defines no `scales`';
    out.push({ path: [...path, 'scale'], message: `unknown scale ${quoted(scale)}${hint ? ` (did you mean "${hint}"?)` : ''}; ${known}` });
  }
  checkUniqueLabels(list(question.labels).map(text), [...path, 'labels'], out);
}

function checkOptions(question: Loose, path: DataPath, out: RuleViolation[]): void {
  const options = list(question.options).map(record);
  const scores = options.map((option) => num(option?.score)).filter((s): s is number => s !== undefined);
  checkUniqueLabels(options.map((option) => text(option?.label)), [...path, 'options'], out, 'label');
  if (scores.length !== options.length || scores.length === 0) return;
  // No Math.min(...list): rules run before the schema caps list lengths, and a spread of
  // 200,000 values overflows the call stack.
  if (question.type === 'choice' && scores.length >= 2 && scores.every((score) => score === scores[0])) {
    out.push({ path: [...path, 'options'], message: `every option scores ${scores[0]}, so the question cannot tell answers apart; give the options different scores` });
  }
  if (question.type === 'multi' && !scores.some((score) => score > 0)) {
    out.push({ path: [...path, 'options'], message: 'no option has a positive score, so the question can never score; give at least one option a score above 0' });
  }
}

function checkUniqueLabels(labels: (string | undefined)[], path: DataPath, out: RuleViolation[], field?: string): void {
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    if (label === undefined) return;
    const key = label.trim().toLowerCase();
    if (seen.has(key)) {
      out.push({ path: field ? [...path, i, field] : [...path, i], message: `duplicate label ${quoted(label)}; answers name labels, so each must be unique` });
    }
    seen.add(key);
  });
}

/** Checks that bands cover 0..100 exactly once; returns the band labels for later checks. */
function checkRubric(rubric: unknown, path: DataPath, out: RuleViolation[]): string[] {
  const bands = list(rubric).map(record);
  const mins = new Map<number, number>();
  bands.forEach((band, i) => {
    const min = num(band?.min);
    if (min === undefined) return;
    const first = mins.get(min);
    if (first !== undefined) out.push({ path: [...path, i, 'min'], message: `bands overlap: ${path.join('.')}[${first}] also starts at ${min}` });
    else mins.set(min, i);
  });
  if (bands.length > 0 && mins.size > 0 && !mins.has(0)) {
    const lowest = [...mins.keys()].reduce((a, b) => Math.min(a, b));
    out.push({ path, message: `bands leave a gap: scores from 0 to below ${lowest} fall in no band; the lowest band needs min: 0` });
  }
  checkUniqueLabels(bands.map((band) => text(band?.label)), path, out, 'label');
  return bands.map((band) => text(band?.label)).filter((label): label is string => label !== undefined);
}

function checkRecommendations(recommendations: unknown, labels: string[], path: DataPath, out: RuleViolation[]): void {
  for (const key of Object.keys(record(recommendations) ?? {})) {
    if (labels.includes(key)) continue;
    const hint = closestMatch(key, labels);
    out.push({
      path: [...path, key],
      atKey: true,
      message: `recommendations for band ${quoted(key)}, which is not in the rubric${hint ? ` (did you mean "${hint}"?)` : ''}; bands: ${labels.slice(0, MAX_BANDS).join(', ')}`,
    });
  }
}
