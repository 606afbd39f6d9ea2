import { definitionByType } from '../question-types/registry.js';
import { checkUniqueLabels, list, num, record, text, type Loose, type RuleViolation } from '../question-types/rule-kit.js';
import type { DataPath } from '../util/data-path.js';
import { MAX_BANDS } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import { EVERYONE } from './schema.js';

// Semantic rules the schema cannot express. They run on the raw parsed data, even when the schema
// check failed, so one run reports every problem in the file at once. Each question type's own
// rules are in its file in src/question-types/.

export type { RuleViolation } from '../question-types/rule-kit.js';

export function checkQuestionnaireRules(data: unknown): RuleViolation[] {
  const root = record(data);
  if (!root) return [];
  const violations: RuleViolation[] = [];
  const scaleNames = Object.keys(record(root.scales) ?? {});
  const overallLabels = checkRubric(root.rubric, ['rubric'], violations);
  const audiences = checkAudiences(root.audiences, violations);

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
    checkRecommendations(section.recommendations, ownLabels ?? overallLabels, audiences, [...base, 'recommendations'], violations);

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
  const definition = typeof question.type === 'string' ? definitionByType(question.type) : undefined;
  definition?.checkRules(question, path, { scaleNames }, out);
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

/** `everyone` is every questionnaire's own audience, so none may redefine it; returns every audience a `for:` may name. */
function checkAudiences(audiences: unknown, out: RuleViolation[]): string[] {
  const keys = Object.keys(record(audiences) ?? {});
  if (keys.includes(EVERYONE)) out.push({ path: ['audiences', EVERYONE], atKey: true, message: `${quoted(EVERYONE)} is built in (every respondent); give this audience another id` });
  return [EVERYONE, ...keys.filter((key) => key !== EVERYONE)];
}

function checkRecommendations(recommendations: unknown, labels: string[], audiences: string[], path: DataPath, out: RuleViolation[]): void {
  for (const [key, entries] of Object.entries(record(recommendations) ?? {})) {
    list(entries).forEach((entry, i) => checkAudienceName(text(record(entry)?.for), audiences, [...path, key, i, 'for'], out));
    if (labels.includes(key)) continue;
    const hint = closestMatch(key, labels);
    out.push({
      path: [...path, key],
      atKey: true,
      message: `recommendations for band ${quoted(key)}, which is not in the rubric${hint ? ` (did you mean "${hint}"?)` : ''}; bands: ${labels.slice(0, MAX_BANDS).join(', ')}`,
    });
  }
}

function checkAudienceName(name: string | undefined, audiences: string[], path: DataPath, out: RuleViolation[]): void {
  if (name === undefined || audiences.includes(name)) return;
  const hint = closestMatch(name, audiences);
  out.push({ path, message: `${quoted(name)} is not an audience${hint ? ` (did you mean "${hint}"?)` : ''}; declare it under audiences, or use: ${audiences.join(', ')}` });
}
