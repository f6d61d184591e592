import type { IsoDate } from "../dates";
import type { IssueLog } from "../issues";
import type { ChildRow } from "../roster/children";
import { SHEET } from "../schema";
import { nameKey, nameKeyHash } from "../text";

/**
 * A child as listed: possibly entered on several rows of `Con`, once per staff parent. What both lists say of it
 * is worked out here once, shared by its gift and award entries: at province scale every array per child is
 * copied by each young-generation collection while the lists are built.
 */
export interface Child {
  readonly name: string;
  readonly birthDate: IsoDate;
  /** The child's first error-free row: the one issues about the child point to. */
  readonly first: ChildRow;
  /** Its later error-free rows, in sheet order: empty for most children. */
  readonly later: readonly ChildRow[];
  /** Every staff parent's name, in `Cán bộ` order. */
  readonly parents: readonly string[];
  /** The first gender given on the child's rows, or null. */
  readonly gender: string | null;
  /** The unit of the parent whose `Cán bộ` row comes first. */
  readonly unit: string;
}

export interface SameChildResult {
  readonly listed: readonly Child[];
  /** Distinct children among all rows: rows minus the repeated ones. */
  readonly unique: number;
}

/**
 * The same-child rule (SPEC §3): equal normalised name and equal date of birth. One rule for one agency's rows
 * (mergeSameChildren, which compares) and, at the receiving agency, for children across agencies (consolidation,
 * which keys a map with sameChildKey), so the two can never disagree.
 */
export function isSameChild(
  name: string,
  birthDate: IsoDate,
  otherName: string,
  otherBirthDate: IsoDate,
): boolean {
  return birthDate === otherBirthDate && (name === otherName || nameKey(name) === nameKey(otherName));
}

/** The same-child rule as a key: equal exactly when isSameChild holds. */
export function sameChildKey(name: string, birthDate: IsoDate): string {
  return `${nameKey(name)}|${birthDate}`;
}

/**
 * Same child (SPEC §3): rows with equal normalised name and equal date of birth are one child — typically both
 * parents are staff. Later rows get CHILD_DUPLICATE; the child is listed once if any of its rows is error-free.
 */
export function mergeSameChildren(rows: readonly ChildRow[], log: IssueLog): SameChildResult {
  // By the hash of the name's key (sameChildKey's first part), the positions of the first rows of the children
  // of that name: one for most names, several for namesakes born on different days (or names sharing a hash).
  const byName = new Map<number, number | number[]>();
  // At the position of each child's first row, its rows: most children have one, and no array.
  const children: (ChildRow | ChildRow[] | undefined)[] = new Array<undefined>(rows.length);
  let repeated = 0;
  rows.forEach((row, position) => {
    if (row.name === null || row.birthDate === null) return;
    const key = nameKeyHash(row.name);
    const known = byName.get(key);
    const first = known === undefined ? -1 : firstRowOfSameChild(rows, known, row);
    if (first < 0) {
      children[position] = row;
      if (known === undefined) byName.set(key, position);
      else if (typeof known === "number") byName.set(key, [known, position]);
      else known.push(position);
      return;
    }
    repeated += 1;
    log.add(
      "CHILD_DUPLICATE",
      { sheet: SHEET.children, row: row.row, column: "Họ và tên con", cell: row.cell("Họ và tên con") },
      { value: row.name, other: String(rows[first].row) },
    );
    const group = children[first]!;
    if (Array.isArray(group)) group.push(row);
    else children[first] = [group, row];
  });

  const listed: Child[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const group = children[i];
    if (group === undefined) continue;
    const child = Array.isArray(group) ? childOfRows(group) : childOfRow(group);
    if (child) listed.push(child);
  }
  return { listed, unique: rows.length - repeated };
}

/** Of the first rows at `positions`, the one of the same child as `row`; -1 when none. */
function firstRowOfSameChild(rows: readonly ChildRow[], positions: number | number[], row: ChildRow): number {
  const same = (position: number): boolean =>
    isSameChild(rows[position].name!, rows[position].birthDate!, row.name!, row.birthDate!);
  if (typeof positions === "number") return same(positions) ? positions : -1;
  return positions.find(same) ?? -1;
}

const listable = (row: ChildRow): boolean => !row.hasError && row.parent !== null;

const NO_LATER_ROWS: readonly ChildRow[] = [];

function childOfRow(row: ChildRow): Child | null {
  if (!listable(row)) return null;
  return {
    name: row.name!,
    birthDate: row.birthDate!,
    first: row,
    later: NO_LATER_ROWS,
    parents: [row.parent!.name],
    gender: row.gender,
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
    first: valid[0],
    later: valid.slice(1),
    parents: parents.map((parent) => parent.name),
    gender: valid.find((row) => row.gender !== null)?.gender ?? null,
    unit: parents[0].unit,
  };
}
