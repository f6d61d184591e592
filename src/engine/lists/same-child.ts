import type { IsoDate } from "../dates";
import type { IssueLog } from "../issues";
import type { ChildRow } from "../roster/children";
import type { StaffMember } from "../roster/staff";
import { SHEET } from "../schema";
import { nameKey } from "../text";

/** A child as listed: possibly entered on several rows of `Con`, once per staff parent. */
export interface Child {
  readonly name: string;
  readonly birthDate: IsoDate;
  /** The child's error-free rows, in sheet order; the first is the one issues about the child point to. */
  readonly rows: readonly ChildRow[];
  /** Every staff parent, in `Cán bộ` order. */
  readonly parents: readonly StaffMember[];
  /** The unit of the parent whose `Cán bộ` row comes first. */
  readonly unit: string;
}

export interface SameChildResult {
  readonly listed: readonly Child[];
  /** Distinct children among all rows: rows minus the repeated ones. */
  readonly unique: number;
}

/**
 * The same-child key (SPEC §3): normalised name and date of birth. One key for one agency's rows and, at the
 * receiving agency, for children across agencies (consolidation), so the two can never disagree.
 */
export function sameChildKey(name: string, birthDate: IsoDate): string {
  return `${nameKey(name)}|${birthDate}`;
}

/**
 * Same child (SPEC §3): rows with equal normalised name and equal date of birth are one child — typically both
 * parents are staff. Later rows get CHILD_DUPLICATE; the child is listed once if any of its rows is error-free.
 */
export function mergeSameChildren(rows: readonly ChildRow[], log: IssueLog): SameChildResult {
  const groups = new Map<string, ChildRow[]>();
  let repeated = 0;
  for (const row of rows) {
    if (row.name === null || row.birthDate === null) continue;
    const key = sameChildKey(row.name, row.birthDate);
    const group = groups.get(key);
    if (group) {
      repeated += 1;
      log.add(
        "CHILD_DUPLICATE",
        { sheet: SHEET.children, row: row.row, column: "Họ và tên con", cell: row.cell("Họ và tên con") },
        { value: row.name, other: String(group[0].row) },
      );
      group.push(row);
    } else {
      groups.set(key, [row]);
    }
  }

  const listed: Child[] = [];
  for (const group of groups.values()) {
    const valid = group.filter((row) => !row.hasError && row.parent !== null);
    if (valid.length === 0) continue;
    const parents = [...new Map(valid.map((row) => [row.parent!.index, row.parent!])).values()].sort(
      (a, b) => a.index - b.index,
    );
    listed.push({
      name: valid[0].name!,
      birthDate: valid[0].birthDate!,
      rows: valid,
      parents,
      unit: parents[0].unit,
    });
  }
  return { listed, unique: rows.length - repeated };
}
