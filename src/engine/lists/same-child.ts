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
  // Most children have one row: a group is that row until a second one comes (no array per child).
  const groups = new Map<string, ChildRow | ChildRow[]>();
  let repeated = 0;
  for (const row of rows) {
    if (row.name === null || row.birthDate === null) continue;
    const key = sameChildKey(row.name, row.birthDate);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, row);
      continue;
    }
    repeated += 1;
    const first = Array.isArray(group) ? group[0] : group;
    log.add(
      "CHILD_DUPLICATE",
      { sheet: SHEET.children, row: row.row, column: "Họ và tên con", cell: row.cell("Họ và tên con") },
      { value: row.name, other: String(first.row) },
    );
    if (Array.isArray(group)) group.push(row);
    else groups.set(key, [group, row]);
  }

  const listed: Child[] = [];
  for (const group of groups.values()) {
    const child = Array.isArray(group) ? childOfRows(group) : childOfRow(group);
    if (child) listed.push(child);
  }
  return { listed, unique: rows.length - repeated };
}

const listable = (row: ChildRow): boolean => !row.hasError && row.parent !== null;

function childOfRow(row: ChildRow): Child | null {
  if (!listable(row)) return null;
  return {
    name: row.name!,
    birthDate: row.birthDate!,
    rows: [row],
    parents: [row.parent!],
    unit: row.parent!.unit,
  };
}

function childOfRows(rows: readonly ChildRow[]): Child | null {
  const valid = rows.filter(listable);
  if (valid.length === 0) return null;
  const parents = [...new Map(valid.map((row) => [row.parent!.index, row.parent!])).values()].sort(
    (a, b) => a.index - b.index,
  );
  return {
    name: valid[0].name!,
    birthDate: valid[0].birthDate!,
    rows: valid,
    parents,
    unit: parents[0].unit,
  };
}
