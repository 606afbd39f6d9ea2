import { isScored, type Questionnaire } from '../../questionnaire/schema.js';
import { sectionRubric } from '../bands.js';
import type { ItemScore, Scorecard, SectionScore } from '../scorecard.js';
import { GroupAccumulator } from './group-accumulator.js';
import { DEFAULT_MIN_GROUP, summariseGroups } from './groups.js';
import { ItemAccumulator } from './item-accumulator.js';
import { ReliabilityAccumulator } from './reliability-accumulator.js';
import { ScoreAccumulator } from './score-accumulator.js';
import { FeedbackAccumulator } from './feedback-accumulator.js';
import type { TeamSummary } from './team-summary.js';

export interface TeamOptions {
  /** Respondent attribute to compare groups by (role, team, site...). */
  groupBy?: string;
  /** Smallest group shown on its own (default 3). */
  minGroup?: number;
}

/**
 * Team statistics in one pass: each scorecard updates running means, variances, co-moments and
 * counts, and is then dropped. What stays per respondent is only what the report lists or needs
 * for medians (compact numbers) and the free-text answers. Pure: no I/O, clock or randomness.
 */
export class TeamAccumulator {
  private respondents = 0;
  private readonly completed: TeamSummary['completed'] = { first: null, last: null };
  private readonly overall: ScoreAccumulator;
  private readonly sections;
  /** Every item, in questionnaire order (the order of the summary). */
  private readonly items: ItemAccumulator[] = [];
  private readonly groups: GroupAccumulator | undefined;
  private readonly feedback = new FeedbackAccumulator();

  constructor(
    private readonly questionnaire: Questionnaire,
    private readonly options: TeamOptions = {},
  ) {
    this.overall = new ScoreAccumulator(questionnaire.rubric);
    this.sections = questionnaire.sections.map((section) => {
      const scored = section.questions.filter(isScored);
      const items = scored.map((question) => new ItemAccumulator(question, section.id, questionnaire));
      this.items.push(...items);
      return {
        section,
        items,
        score: new ScoreAccumulator(sectionRubric(section, questionnaire)),
        reliability: new ReliabilityAccumulator(scored.map((question) => question.id)),
      };
    });
    this.groups = options.groupBy ? new GroupAccumulator(options.groupBy, questionnaire.sections.length) : undefined;
  }

  /** Adds one respondent's scorecard (scored against this accumulator's questionnaire). */
  add(scorecard: Scorecard): void {
    this.respondents++;
    // ISO dates (and date-times) order as text.
    const date = scorecard.completed;
    if (date && (this.completed.first === null || date < this.completed.first)) this.completed.first = date;
    if (date && (this.completed.last === null || date > this.completed.last)) this.completed.last = date;
    this.overall.add(scorecard.overall.score, scorecard.overall.band, scorecard.overall.coverage);
    // Plain loops: this runs for every item of every respondent, and closures per call showed in profiles.
    const count = Math.min(scorecard.sections.length, this.sections.length);
    for (let i = 0; i < count; i++) {
      const result = scorecard.sections[i] as SectionScore;
      const entry = this.sections[i] as (typeof this.sections)[number];
      entry.score.add(result.score, result.band, result.coverage);
      entry.reliability.add(result.items);
      // A scorecard lists a section's items in questionnaire order, as the accumulators are.
      const items = result.items;
      for (let j = 0; j < items.length; j++) {
        const item = items[j] as ItemScore;
        const accumulator = entry.items[j];
        if (accumulator?.id === item.id) accumulator.add(item.score);
      }
    }
    this.groups?.add(scorecard);
    this.feedback.add(scorecard);
  }

  get count(): number {
    return this.respondents;
  }

  summary(): TeamSummary {
    const sections = this.sections.map(({ section, score, reliability }) => ({
      id: section.id,
      title: section.title,
      weight: section.weight,
      ...score.summary(),
      reliability: reliability.summary(),
    }));
    const { redFlags, comments } = this.feedback.summary(this.questionnaire);
    return {
      questionnaire: { id: this.questionnaire.id, version: this.questionnaire.version, title: this.questionnaire.title },
      respondents: this.respondents,
      completed: { ...this.completed },
      overall: this.overall.summary(),
      sections,
      items: this.items.map((item) => item.summary()),
      grouping: this.groups ? summariseGroups(this.groups, sections, this.options.minGroup ?? DEFAULT_MIN_GROUP) : null,
      redFlags,
      comments,
    };
  }
}

/** The TeamSummary of a sequence of scorecards (any iterable, consumed once). */
export function aggregateScorecards(questionnaire: Questionnaire, scorecards: Iterable<Scorecard>, options: TeamOptions = {}): TeamSummary {
  const accumulator = new TeamAccumulator(questionnaire, options);
  for (const scorecard of scorecards) accumulator.add(scorecard);
  return accumulator.summary();
}
