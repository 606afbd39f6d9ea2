import type { Comparison } from '../scoring/compare.js';
import type { SnapshotFlag } from '../scoring/snapshot.js';
import type { TargetReport } from '../scoring/targets.js';
import type { Overlap } from '../scoring/shared-ids.js';

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const COMPARE_JSON_SCHEMA_VERSION = 1;

/** The documented `compare --json` object (README "compare"). Scores at full precision: 0..100, items 0..1. */
export function comparisonJson(comparison: Comparison, target?: TargetReport) {
  return {
    schemaVersion: COMPARE_JSON_SCHEMA_VERSION,
    questionnaire: comparison.questionnaire,
    changeRule: comparison.changeRule,
    before: comparison.before,
    after: comparison.after,
    overall: comparison.overall,
    sections: comparison.sections,
    items: comparison.items.map(({ sectionId, ...item }) => ({ ...item, section: sectionId })),
    movedMost: comparison.movedMost.map((item) => item.id),
    redFlags: {
      new: comparison.redFlags.new.map(flagJson),
      resolved: comparison.redFlags.resolved.map(flagJson),
      continuing: comparison.redFlags.continuing.map(flagJson),
    },
    target: target ? targetJson(target) : null,
    overlap: overlapJson(comparison.overlap),
  };
}

/** The `target` member of `compare --json`: percent to target of `after`, progress to date from `before`. */
export function targetJson(target: TargetReport) {
  return {
    target: target.target,
    overall: target.overall,
    sections: target.sections,
    items: target.items.map(({ sectionId, ...item }) => ({ ...item, section: sectionId })),
    notAssessed: target.notAssessed,
  };
}

function flagJson(flag: SnapshotFlag) {
  return { question: flag.questionId, section: flag.sectionId, message: flag.message };
}

/** `overlap` of `compare --json` and `trend --json`: null when the assessments answered one questionnaire. */
export function overlapJson(overlap: Overlap | undefined) {
  if (!overlap) return null;
  return {
    questionnaires: overlap.questionnaires,
    leftOut: { sections: overlap.sections, items: overlap.items.map(({ sectionId, ...item }) => ({ ...item, section: sectionId })) },
    partialSections: overlap.partialSections,
  };
}
