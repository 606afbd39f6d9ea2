import { ownValue } from '../../util/own.js';
import type { Scorecard } from '../scorecard.js';
import { Welford } from './stats.js';

/** One value of the grouping attribute and its members' running section means. */
export interface GroupTally {
  /** Spellings seen (values differing only in case form one group). */
  names: Set<string>;
  n: number;
  overall: Welford;
  sections: Welford[];
}

/** Splits respondents by one attribute (role, team, site...), keeping only means and counts. */
export class GroupAccumulator {
  private readonly tallies = new Map<string, GroupTally>();

  constructor(
    readonly attribute: string,
    private readonly sectionCount: number,
  ) {}

  add(scorecard: Scorecard): void {
    // An own key only: --group-by constructor must find no value, not Object's constructor.
    const value = ownValue(scorecard.respondent, this.attribute)?.replace(/\s+/g, ' ').trim() ?? '';
    const name = value === '' ? `(no ${this.attribute})` : value;
    const key = name.toLowerCase();
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = newTally(this.sectionCount);
      this.tallies.set(key, tally);
    }
    tally.names.add(name);
    tally.n++;
    if (scorecard.overall.score !== null) tally.overall.add(scorecard.overall.score);
    scorecard.sections.forEach((section, i) => {
      if (section.score !== null) tally.sections[i]?.add(section.score);
    });
  }

  all(): GroupTally[] {
    return [...this.tallies.values()];
  }
}

export function newTally(sectionCount: number): GroupTally {
  return { names: new Set(), n: 0, overall: new Welford(), sections: Array.from({ length: sectionCount }, () => new Welford()) };
}

/** The name a group is shown by: the first of its spellings in code-unit order, whatever the input order. */
export function displayName(tally: GroupTally): string {
  return [...tally.names].sort()[0] ?? '';
}

export function mergeTallies(into: GroupTally, from: GroupTally): void {
  for (const name of from.names) into.names.add(name);
  into.n += from.n;
  into.overall.merge(from.overall);
  from.sections.forEach((section, i) => into.sections[i]?.merge(section));
}
