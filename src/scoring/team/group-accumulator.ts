import { ownValue } from '../../util/own.js';
import type { TeamEntry } from './team-entry.js';
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
  /** Each spelling's shown name and key, worked out once: a team has a few spellings and many members. */
  private readonly spellings = new Map<string, { name: string; key: string }>();

  constructor(
    readonly attribute: string,
    private readonly sectionCount: number,
  ) {}

  add(entry: TeamEntry): void {
    // An own key only: --group-by constructor must find no value, not Object's constructor.
    const { name, key } = this.spelling(ownValue(entry.respondent, this.attribute) ?? '');
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = newTally(this.sectionCount);
      this.tallies.set(key, tally);
    }
    tally.names.add(name);
    tally.n++;
    const sheet = entry.sheet;
    if (!Number.isNaN(sheet.overall)) tally.overall.add(sheet.overall);
    for (let i = 0; i < sheet.sections.length; i++) {
      const score = sheet.sections[i] as number;
      if (!Number.isNaN(score)) tally.sections[i]?.add(score);
    }
  }

  private spelling(raw: string): { name: string; key: string } {
    let known = this.spellings.get(raw);
    if (!known) {
      const value = raw.replace(/\s+/g, ' ').trim();
      const name = value === '' ? `(no ${this.attribute})` : value;
      known = { name, key: name.toLowerCase() };
      this.spellings.set(raw, known);
    }
    return known;
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
