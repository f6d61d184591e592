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
  // By sheet, then by row number: no key string built per row and per issue.
  const unitOfRow = new Map<string, Map<number, string>>([
    [SHEET.staff, new Map()],
    [SHEET.children, new Map()],
  ]);
  for (const member of staff) {
    const entry = progress.get(member.unit);
    if (entry) entry.staff += 1;
    unitOfRow.get(SHEET.staff)!.set(member.row, member.unit);
  }
  for (const child of children) {
    if (!child.parent) continue;
    const entry = progress.get(child.parent.unit);
    if (entry) entry.children += 1;
    unitOfRow.get(SHEET.children)!.set(child.row, child.parent.unit);
  }
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.row === null) continue;
    const unit = unitOfRow.get(issue.sheet)?.get(issue.row);
    const entry = unit === undefined ? undefined : progress.get(unit);
    if (entry) entry.errors += 1;
  }
  return [...progress.values()];
}
