import type { StaffRoster } from "../roster/staff";
import type { UnitCatalog } from "../roster/units";
import { compareVietnamese, givenName } from "../text";

/**
 * Lists are ordered by unit — the `Đơn vị` sheet's order, else first appearance in `Cán bộ` — then by the
 * Vietnamese collation of the given name, then the full name, then the date of birth (SPEC §2).
 */
export class UnitOrder {
  private readonly rank = new Map<string, number>();

  constructor(units: UnitCatalog, staff: StaffRoster) {
    for (const name of units.names) this.add(name);
    for (const member of staff.members) this.add(member.unit);
  }

  private add(unit: string): void {
    if (unit !== "" && !this.rank.has(unit)) this.rank.set(unit, this.rank.size);
  }

  rankOf(unit: string): number {
    return this.rank.get(unit) ?? this.rank.size;
  }

  /** Units in list order. */
  get units(): string[] {
    return [...this.rank.keys()];
  }

  /**
   * The entries in list order, sorted in place: unit rank, then the given name and the full name in Vietnamese
   * collation, then the date of birth. Each distinct name is collated once and ranked and the sort compares ranks:
   * at province scale a comparator calling the collator made over a million calls.
   */
  sortPeople<T extends Person>(entries: T[]): T[] {
    const givenRank = collationRanks(entries.map((e) => givenName(e.name)));
    const nameRank = collationRanks(entries.map((e) => e.name));
    const keyed = entries.map((entry, i) => ({
      entry,
      unit: this.rankOf(entry.unit),
      given: givenRank[i],
      name: nameRank[i],
    }));
    keyed.sort(
      (a, b) =>
        a.unit - b.unit ||
        a.given - b.given ||
        a.name - b.name ||
        (a.entry.birthDate < b.entry.birthDate ? -1 : a.entry.birthDate > b.entry.birthDate ? 1 : 0),
    );
    keyed.forEach((k, i) => (entries[i] = k.entry));
    return entries;
  }
}

interface Person {
  readonly unit: string;
  readonly name: string;
  readonly birthDate: string;
}

/** For each text, its place among the distinct texts in Vietnamese collation; texts the collator finds equal share one. */
function collationRanks(texts: readonly string[]): number[] {
  const distinct = [...new Set(texts)].sort(compareVietnamese);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && compareVietnamese(distinct[i - 1], text) !== 0) rank += 1;
    rankOf.set(text, rank);
  });
  return texts.map((text) => rankOf.get(text)!);
}

export interface UnitGroup<T> {
  readonly unit: string;
  readonly entries: readonly T[];
  readonly count: number;
  readonly total: number;
}

/** Groups entries already sorted by unit; one group per unit that has entries. */
export function groupByUnit<T extends { unit: string }>(
  entries: readonly T[],
  amount: (entry: T) => number,
): UnitGroup<T>[] {
  const groups: { unit: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.unit === entry.unit) last.entries.push(entry);
    else groups.push({ unit: entry.unit, entries: [entry] });
  }
  return groups.map((group) => ({
    unit: group.unit,
    entries: group.entries,
    count: group.entries.length,
    total: group.entries.reduce((sum, entry) => sum + amount(entry), 0),
  }));
}
