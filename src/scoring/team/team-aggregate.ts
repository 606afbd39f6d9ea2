import type { Response } from '../../answers/schema.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { commentsOf } from '../comments.js';
import { ticksOf } from '../ticks.js';
import { emptySheet, scoreAnswers, scoringPlan, type PlannedSection, type ScoreSheet, type ScoringPlan } from '../scoring-plan.js';
import { GroupAccumulator } from './group-accumulator.js';
import { DEFAULT_MIN_GROUP, summariseGroups } from './groups.js';
import { ItemAccumulator } from './item-accumulator.js';
import { ReliabilityAccumulator } from './reliability-accumulator.js';
import { ScoreAccumulator } from './score-accumulator.js';
import { FeedbackAccumulator } from './feedback-accumulator.js';
import { TickAccumulator } from './tick-accumulator.js';
import type { TeamEntry } from './team-entry.js';
import type { TeamSummary } from './team-summary.js';

/** How team aggregation groups respondents (the `team` command's own options are TeamOptions). */
export interface AggregationOptions {
  /** Respondent attribute to compare groups by (role, team, site...). */
  groupBy?: string;
  /** Smallest group shown on its own (default 3). */
  minGroup?: number;
}

/**
 * Team statistics in one pass: each respondent's score sheet updates running means, variances,
 * co-moments and counts, and is then dropped. What stays per respondent is only what the report
 * lists or needs for medians (compact numbers) and the free-text answers. Pure: no I/O, clock or
 * randomness.
 */
export class TeamAccumulator {
  private respondents = 0;
  private readonly completed: TeamSummary['completed'] = { first: null, last: null };
  private readonly plan: ScoringPlan;
  private readonly overall: ScoreAccumulator;
  private readonly sections: { planned: PlannedSection; score: ScoreAccumulator; reliability: ReliabilityAccumulator }[];
  /** Every item by slot, in questionnaire order (the order of the summary). */
  private readonly items: ItemAccumulator[];
  private readonly groups: GroupAccumulator | undefined;
  private readonly feedback: FeedbackAccumulator;
  private readonly ticks: TickAccumulator;
  /** addResponse scores every respondent into this one sheet: add reads it and keeps nothing of it. */
  private readonly scratch: ScoreSheet;

  constructor(
    private readonly questionnaire: Questionnaire,
    private readonly options: AggregationOptions = {},
  ) {
    this.plan = scoringPlan(questionnaire);
    this.overall = new ScoreAccumulator(questionnaire.rubric);
    this.items = this.plan.items.map(({ question, section }) => new ItemAccumulator(question, section.id, questionnaire));
    this.sections = this.plan.sections.map((planned) => ({
      planned,
      score: new ScoreAccumulator(planned.rubric),
      reliability: new ReliabilityAccumulator(this.plan.items.slice(planned.start, planned.end).map((item) => item.question.id)),
    }));
    this.groups = options.groupBy ? new GroupAccumulator(options.groupBy, questionnaire.sections.length) : undefined;
    this.feedback = new FeedbackAccumulator(this.plan);
    this.ticks = new TickAccumulator(this.plan);
    this.scratch = emptySheet(this.plan);
  }

  /** Scores one response against this accumulator's questionnaire and adds it. */
  addResponse(response: Response): void {
    const answers = response.answers;
    this.add({ respondent: response.respondent, completed: response.completed, sheet: scoreAnswers(this.plan, answers, this.scratch), comments: commentsOf(this.plan, answers), ticks: ticksOf(this.plan, answers) });
  }

  /** Adds one respondent. The entry is read here and not kept, so a caller may reuse its sheet. */
  add(entry: TeamEntry): void {
    this.respondents++;
    // ISO dates (and date-times) order as text.
    const date = entry.completed;
    if (date && (this.completed.first === null || date < this.completed.first)) this.completed.first = date;
    if (date && (this.completed.last === null || date > this.completed.last)) this.completed.last = date;
    const sheet = entry.sheet;
    this.overall.add(sheet.overall, sheet.overallCoverage);
    // Plain loops over the sheet's arrays: this runs for every item of every respondent.
    for (let index = 0; index < this.sections.length; index++) {
      const section = this.sections[index] as (typeof this.sections)[number];
      section.score.add(sheet.sections[index] as number, sheet.coverage[index] as number);
      section.reliability.add(sheet.items, section.planned.start);
    }
    for (let slot = 0; slot < this.items.length; slot++) (this.items[slot] as ItemAccumulator).add(sheet.items[slot] as number);
    this.groups?.add(entry);
    this.feedback.add(entry);
    this.ticks.add(entry);
  }

  get count(): number {
    return this.respondents;
  }

  summary(): TeamSummary {
    const sections = this.sections.map(({ planned: { section }, score, reliability }) => ({
      id: section.id,
      title: section.title,
      weight: section.weight,
      ...score.summary(),
      reliability: reliability.summary(),
    }));
    const { redFlags, respondentsWithRedFlags, comments } = this.feedback.summary();
    const minGroup = this.options.minGroup ?? DEFAULT_MIN_GROUP;
    return {
      questionnaire: { id: this.questionnaire.id, version: this.questionnaire.version, title: this.questionnaire.title },
      respondents: this.respondents,
      completed: { ...this.completed },
      overall: this.overall.summary(),
      sections,
      items: this.items.map((item) => item.summary()),
      grouping: this.groups ? summariseGroups(this.groups, sections, minGroup) : null,
      minGroup,
      redFlags,
      respondentsWithRedFlags,
      comments,
      ticks: this.ticks.summary(minGroup),
    };
  }
}

/** The TeamSummary of a sequence of scorecards, or any team entries (any iterable, consumed once). */
export function aggregateScorecards(questionnaire: Questionnaire, scorecards: Iterable<TeamEntry>, options: AggregationOptions = {}): TeamSummary {
  const accumulator = new TeamAccumulator(questionnaire, options);
  for (const scorecard of scorecards) accumulator.add(scorecard);
  return accumulator.summary();
}
