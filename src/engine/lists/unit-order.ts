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

  comparePeople(
    a: { unit: string; name: string; birthDate: string },
    b: { unit: string; name: string; birthDate: string },
  ): number {
    return (
      this.rankOf(a.unit) - this.rankOf(b.unit) ||
      compareVietnamese(givenName(a.name), givenName(b.name)) ||
      compareVietnamese(a.name, b.name) ||
      (a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0)
    );
  }
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
