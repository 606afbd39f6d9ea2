import { isScored, type Questionnaire } from '../questionnaire/schema.js';
import type { Snapshot } from './snapshot.js';

// Assessments of two questionnaires that share ids (a quarterly pulse reusing a full audit's
// section and question ids) can be compared on what they share: sections and questions by id.

export type QuestionnaireRef = Snapshot['questionnaire'];

/** What a comparison or trend across questionnaires left out, and where its sections differ. */
export interface Overlap {
  /** Each assessment's questionnaire, in the order the assessments are given. */
  questionnaires: QuestionnaireRef[];
  /** Sections only one assessment measured, with the questionnaire that has them. */
  sections: { id: string; title: string; questionnaire: string }[];
  /** Scored questions of the sections kept that only one assessment measured. */
  items: { id: string; sectionId: string; questionnaire: string }[];
  /** Sections kept whose scored questions differ between the questionnaires: their scores are built from different questions. */
  partialSections: string[];
}

/** "service-culture v3": one questionnaire, one version. */
export function questionnaireKey(questionnaire: QuestionnaireRef): string {
  return `${questionnaire.id} v${questionnaire.version}`;
}

/** Whether two questionnaires have a scored question id or a section id in common. */
export function sharesIds(a: Questionnaire, b: Questionnaire): boolean {
  const sections = new Set(a.sections.map((section) => section.id));
  const questions = new Set(a.sections.flatMap((section) => section.questions.filter(isScored).map((question) => question.id)));
  return b.sections.some((section) => sections.has(section.id) || section.questions.some((question) => isScored(question) && questions.has(question.id)));
}

/**
 * The overlap of assessments of different questionnaires; undefined when they all answered one
 * (nothing is left out then). A section or question is kept when two or more assessments measure it.
 */
export function overlapOf(snapshots: readonly Snapshot[]): Overlap | undefined {
  const keys = new Set(snapshots.map((snapshot) => questionnaireKey(snapshot.questionnaire)));
  if (keys.size <= 1) return undefined;
  const holders = new Map<string, { title: string; owners: Snapshot[] }>();
  for (const snapshot of snapshots) {
    for (const section of snapshot.sections) {
      const entry = holders.get(section.id) ?? { title: section.title, owners: [] };
      entry.owners.push(snapshot);
      holders.set(section.id, entry);
    }
  }
  const kept = new Set([...holders].filter(([, entry]) => entry.owners.length > 1).map(([id]) => id));
  const sections = [...holders].filter(([id]) => !kept.has(id)).map(([id, entry]) => ({ id, title: entry.title, questionnaire: entry.owners[0]!.questionnaire.id }));
  return { questionnaires: snapshots.map((snapshot) => snapshot.questionnaire), sections, items: loneItems(snapshots, kept), partialSections: partialSections(snapshots, kept) };
}

function loneItems(snapshots: readonly Snapshot[], kept: ReadonlySet<string>): Overlap['items'] {
  const owners = new Map<string, { sectionId: string; questionnaires: string[] }>();
  for (const snapshot of snapshots) {
    for (const item of snapshot.sections.filter((section) => kept.has(section.id)).flatMap((section) => section.items)) {
      const entry = owners.get(item.id) ?? { sectionId: item.sectionId, questionnaires: [] };
      entry.questionnaires.push(snapshot.questionnaire.id);
      owners.set(item.id, entry);
    }
  }
  return [...owners].filter(([, entry]) => entry.questionnaires.length === 1).map(([id, entry]) => ({ id, sectionId: entry.sectionId, questionnaire: entry.questionnaires[0]! }));
}

function partialSections(snapshots: readonly Snapshot[], kept: ReadonlySet<string>): string[] {
  return [...kept].filter((id) => {
    const itemSets = snapshots.flatMap((snapshot) => snapshot.sections.filter((section) => section.id === id).map((section) => section.items.map((item) => item.id).sort().join(' ')));
    return new Set(itemSets).size > 1;
  });
}
