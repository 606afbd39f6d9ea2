import type { TeamJson } from '../../formats/team-json/read.js';
import { eachQuestion } from '../../questionnaire/labels.js';
import { isScored, type Band, type Questionnaire, type Rubric } from '../../questionnaire/schema.js';
import { sectionRubric } from '../bands.js';
import type { Spread } from '../change-significance.js';
import type { Snapshot } from '../snapshot.js';

/**
 * The team's section and question means as one assessment, dated by its latest response. Item
 * means go back to the 0..1 scale of item scores, with their weights from the questionnaire.
 */
export function snapshotOfTeamJson(team: TeamJson, questionnaire: Questionnaire, source: string): Snapshot {
  const weights = new Map([...eachQuestion(questionnaire)].flatMap(({ question }) => (isScored(question) ? [[question.id, question.weight] as const] : [])));
  const rubrics = new Map(questionnaire.sections.map((section) => [section.id, sectionRubric(section, questionnaire)]));
  return {
    questionnaire: team.questionnaire,
    label: `team of ${team.respondents}`,
    source,
    date: team.completed?.last ?? null,
    overall: { score: team.overall.mean, band: bandNamed(team.overall.band, questionnaire.rubric), spread: spreadOf(team.overall) },
    sections: team.sections.map((section) => ({
      id: section.id,
      title: section.title,
      weight: section.weight,
      score: section.mean,
      band: bandNamed(section.band, rubrics.get(section.id) ?? questionnaire.rubric),
      spread: spreadOf(section),
      items: team.items
        .filter((item) => item.section === section.id)
        .map((item) => ({ id: item.id, sectionId: item.section, weight: weights.get(item.id) ?? 1, score: item.mean === null ? null : item.mean / 100, spread: spreadOf(item, 100) })),
    })),
    redFlags: team.redFlags.map((flag) => ({ questionId: flag.question, sectionId: flag.section, message: flag.message })),
  };
}

/** One snapshot per group the team report shows (small groups are already merged or left out), section means only. */
export function groupSnapshots(team: TeamJson, source: string): Snapshot[] {
  return team.groups.map((group) => {
    const means = new Map(group.sections.map((section) => [section.id, section.mean]));
    return {
      questionnaire: team.questionnaire,
      label: `${group.name} (${group.n})`,
      source,
      date: team.completed?.last ?? null,
      overall: { score: null, band: null },
      sections: team.sections.map((section) => ({ id: section.id, title: section.title, weight: section.weight, score: means.get(section.id) ?? null, band: null, items: [] })),
      redFlags: [],
    };
  });
}

/** n and SD behind a mean, so a comparison can tell a change from chance; `scale` puts an item's SD back on 0..1. */
function spreadOf(stats: { n: number; sd: number | null }, scale = 1): Spread {
  return { n: stats.n, sd: stats.sd === null ? null : stats.sd / scale };
}

function bandNamed(label: string | null, rubric: Rubric): Band | null {
  return rubric.find((band) => band.label === label) ?? null;
}
