import type { WorkbookSnapshot } from "../cell";
import type { IssueLog } from "../issues";
import { RowCheck } from "../row-check";
import { inputSheetSpec, SHEET } from "../schema";
import { readTable } from "../table";
import { foldKeyUpper, nameKey } from "../text";
import type { UnitCatalog } from "./units";

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  /** The unit as the `Đơn vị` sheet spells it (or as typed when that sheet is absent or lacks it). */
  readonly unit: string;
  readonly gender: string | null;
  readonly position: string | null;
  readonly row: number;
  /** Position among the staff rows: "the parent whose Cán bộ row comes first". */
  readonly index: number;
  readonly hasError: boolean;
}

export interface StaffRoster {
  /** Every readable staff row, in sheet order. */
  readonly members: readonly StaffMember[];
  /** Staff ID (case-insensitive) → the first row with it. */
  byId(id: string): StaffMember | undefined;
  /** The staff member with this exact name, when exactly one has it. */
  byUniqueName(name: string): StaffMember | undefined;
  /** Staff rows with no error: the head count behind participation. */
  readonly count: number;
}

export function staffKey(id: string): string {
  return foldKeyUpper(id);
}

function membersByName(members: readonly StaffMember[]): Map<string, StaffMember[]> {
  const byName = new Map<string, StaffMember[]>();
  for (const member of members) {
    if (member.name === "") continue;
    const key = nameKey(member.name);
    const sameName = byName.get(key);
    if (sameName) sameName.push(member);
    else byName.set(key, [member]);
  }
  return byName;
}

export function readStaff(snapshot: WorkbookSnapshot, log: IssueLog, units: UnitCatalog): StaffRoster {
  const table = readTable(snapshot, inputSheetSpec(SHEET.staff), log);
  const members: StaffMember[] = [];
  const byId = new Map<string, StaffMember>();

  if (table && table.rowCount === 0) log.add("ROSTER_EMPTY", { sheet: table.sheet });
  const rowCheck = table && new RowCheck(table, log);
  for (let index = 0; index < (table?.rowCount ?? 0); index += 1) {
    if (!rowCheck) break;
    const check = rowCheck.start(index);
    const id = check.text("Mã CB", true);
    const name = check.text("Họ và tên", true);
    const typedUnit = check.text("Đơn vị", true);
    let unit = typedUnit ?? "";
    if (typedUnit !== null && units.declared) {
      const canonical = units.canonical(typedUnit);
      if (canonical === null) check.flag("UNIT_UNKNOWN", "Đơn vị", { value: typedUnit });
      else unit = canonical;
    }
    const key = id === null ? null : staffKey(id);
    const first = key === null ? undefined : byId.get(key);
    if (id !== null && first)
      check.flag("STAFF_ID_DUPLICATE", "Mã CB", { value: id, other: String(first.row) });
    const gender = check.text("Giới tính");
    const position = check.text("Chức vụ");
    if (id === null || key === null) continue;
    const member: StaffMember = {
      id,
      name: name ?? "",
      unit,
      gender,
      position,
      row: check.excelRow,
      index: members.length,
      hasError: check.hasError,
    };
    members.push(member);
    if (!first) byId.set(key, member);
  }

  // Made on the first lookup by name: only contributions without an ID need it.
  let byName: Map<string, StaffMember[]> | undefined;
  return {
    members,
    byId: (id) => byId.get(staffKey(id)),
    byUniqueName: (name) => {
      byName ??= membersByName(members);
      const matches = byName.get(nameKey(name));
      return matches?.length === 1 ? matches[0] : undefined;
    },
    count: members.filter((member) => !member.hasError).length,
  };
}
