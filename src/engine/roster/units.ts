import type { WorkbookSnapshot } from "../cell";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { RowCheck } from "../row-check";
import { inputSheetSpec, SHEET } from "../schema";
import { readTable } from "../table";
import { remembered } from "../remembered";
import { foldKey } from "../text";

/** The `Đơn vị` sheet: the units' official spelling and their order in every list. */
export interface UnitCatalog {
  /** False when the sheet is absent: then any unit is accepted and order follows `Cán bộ`. */
  readonly declared: boolean;
  /** Official spelling of a unit typed any way (case, diacritics, spaces), or null if not declared. */
  canonical(name: string): string | null;
  readonly names: readonly string[];
}

export function readUnits(snapshot: WorkbookSnapshot, log: IssueLog): UnitCatalog {
  const table = readTable(snapshot, inputSheetSpec(SHEET.units), log, WORDS[log.locale].unitsFromStaff);
  if (!table) return { declared: false, canonical: () => null, names: [] };

  const units: { name: string; order: number | null; index: number }[] = [];
  const seen = new Set<string>();
  const rowCheck = new RowCheck(table, log);
  for (let index = 0; index < table.rowCount; index += 1) {
    const check = rowCheck.start(index);
    const name = check.text("Đơn vị", true);
    const order = check.count("Thứ tự");
    if (name === null || seen.has(foldKey(name))) continue;
    seen.add(foldKey(name));
    units.push({ name, order, index });
  }
  // Numbered units first, by number; unnumbered ones after, in sheet order.
  units.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.index - b.index);

  const byKey = new Map(units.map((unit) => [foldKey(unit.name), unit.name]));
  return {
    declared: true,
    // Every staff and contribution row names its unit, spelt the same way a few hundred times over.
    canonical: remembered((name: string) => byKey.get(foldKey(name)) ?? null),
    names: units.map((unit) => unit.name),
  };
}
