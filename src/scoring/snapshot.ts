import type { Band } from '../questionnaire/schema.js';
import type { Spread } from './change-significance.js';
import type { Scorecard } from './scorecard.js';

/**
 * One assessment as comparison, targets and trends see it: the scores of one respondent, or
 * later of a whole team, with nothing that only one of the two has. Scores as in a Scorecard:
 * overall and sections 0..100, items 0..1, full precision, null where nothing was scored.
 */
export interface Snapshot {
  questionnaire: { id: string; version: number | string; title: string };
  /** Who or what was assessed, for headings: "Anna (owner)", "north-store team". */
  label: string;
  /** The file it came from. */
  source: string;
  /** When it was completed (YYYY-MM-DD...), if known. */
  date: string | null;
  overall: { score: number | null; band: Band | null; spread?: Spread };
  sections: SnapshotSection[];
  redFlags: SnapshotFlag[];
}

export interface SnapshotSection {
  id: string;
  title: string;
  weight: number;
  score: number | null;
  band: Band | null;
  /** A team's n and SD behind the mean, so a change can be told from chance; absent for one person. */
  spread?: Spread;
  items: SnapshotItem[];
}

export interface SnapshotItem {
  id: string;
  sectionId: string;
  weight: number;
  score: number | null;
  /** As for sections, with the SD on the item's 0..1 scale. */
  spread?: Spread;
  /** The answer as a person reads it, where there is one answer (not for a team). */
  answer?: string;
}

export interface SnapshotFlag {
  questionId: string;
  sectionId: string;
  message: string;
}

/** `label` says whose scores these are (the CLI passes the respondent's description). */
export function snapshotOfScorecard(scorecard: Scorecard, label: string): Snapshot {
  return {
    questionnaire: scorecard.questionnaire,
    label,
    source: scorecard.source,
    date: scorecard.completed ?? null,
    overall: { score: scorecard.overall.score, band: scorecard.overall.band },
    sections: scorecard.sections.map((section) => ({
      id: section.id,
      title: section.title,
      weight: section.weight,
      score: section.score,
      band: section.band,
      items: section.items.map((item) => ({ id: item.id, sectionId: item.sectionId, weight: item.weight, score: item.score, ...(item.answer ? { answer: item.answer } : {}) })),
    })),
    redFlags: scorecard.redFlags.map((flag) => ({ questionId: flag.questionId, sectionId: flag.sectionId, message: flag.message })),
  };
}
