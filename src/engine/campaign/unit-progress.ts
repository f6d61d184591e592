import type { Issue } from "../issues";
import type { UnitOrder } from "../lists/unit-order";
import type { ChildRow } from "../roster/children";
import type { StaffMember } from "../roster/staff";
import { SHEET } from "../schema";

/** What a unit's clerk has entered so far, and how many errors remain on the unit's rows. */
export interface UnitProgress {
  readonly unit: string;
  readonly staff: number;
  readonly children: number;
  readonly errors: number;
}

export function summariseUnits(
  order: UnitOrder,
  staff: readonly StaffMember[],
  children: readonly ChildRow[],
  issues: readonly Issue[],
): UnitProgress[] {
  const progress = new Map(order.units.map((unit) => [unit, { unit, staff: 0, children: 0, errors: 0 }]));
  // Errors by row, per sheet: a few, where a map of every row to its unit would hold the whole roster.
  const errorsAt = { staff: new Map<number, number>(), children: new Map<number, number>() };
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.row === null) continue;
    const rows =
      issue.sheet === SHEET.staff
        ? errorsAt.staff
        : issue.sheet === SHEET.children
          ? errorsAt.children
          : null;
    rows?.set(issue.row, (rows.get(issue.row) ?? 0) + 1);
  }
  for (const member of staff) {
    const entry = progress.get(member.unit);
    if (!entry) continue;
    entry.staff += 1;
    entry.errors += errorsAt.staff.get(member.row) ?? 0;
  }
  for (const child of children) {
    const entry = child.parent ? progress.get(child.parent.unit) : undefined;
    if (!entry) continue;
    entry.children += 1;
    entry.errors += errorsAt.children.get(child.row) ?? 0;
  }
  return [...progress.values()];
}
