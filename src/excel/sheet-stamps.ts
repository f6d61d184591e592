import {
  isAsStamped,
  planStamp,
  readStamps,
  type SheetPlan,
  STAMP_SHEET,
  stampOf,
  stampRows,
  valuesStamp,
} from "../engine";
import type { OwnedSheetRead } from "./read-workbook";
import type { StampWrite } from "./write-sheets";

/**
 * The add-in's side of the stamps (src/engine/sheets/sheet-stamp.ts): which generated sheets were edited by hand,
 * from what this operation's bulk read found, and what to write into the stamp sheet with the new sheets.
 */

/** The owned sheets an operation that writes `names` reads: those sheets and the stamp sheet. */
export const ownedSheetsFor = (names: readonly string[]): string[] =>
  names.length > 0 ? [...names, STAMP_SHEET] : [];

const stampsOf = (owned: ReadonlyMap<string, OwnedSheetRead>) =>
  readStamps(owned.get(STAMP_SHEET)?.values ?? []);

/**
 * The sheets among `names` whose values no longer hash to their stamp, or that could not be read whole. A sheet without a stamp (written by an older
 * version, or by hand) counts as unedited, as before stamps existed; so does an empty one, as nothing would be lost.
 */
export function editedSheets(owned: ReadonlyMap<string, OwnedSheetRead>, names: readonly string[]): string[] {
  const stamps = stampsOf(owned);
  return names.flatMap((name) => {
    const sheet = owned.get(name);
    if (!sheet?.used) return [];
    // Too large to read, or read as null: something was typed far from the list. Never taken for empty.
    if (sheet.values === null) return [sheet.name];
    return isAsStamped(valuesStamp(sheet.used, sheet.values), stampOf(stamps, name)) ? [] : [sheet.name];
  });
}

/** The stamp sheet's new content once `plans` are written (the other generated sheets' stamps kept). */
export function stampWrite(
  owned: ReadonlyMap<string, OwnedSheetRead>,
  plans: readonly SheetPlan[],
): StampWrite {
  return stampWriteOf(
    owned,
    plans.map((plan) => ({ name: plan.name, stamp: planStamp(plan) })),
  );
}

/** The same, from sheets stamped already (the engine's job stamps what it prepares). */
export function stampWriteOf(
  owned: ReadonlyMap<string, OwnedSheetRead>,
  stamped: readonly { readonly name: string; readonly stamp: string }[],
): StampWrite {
  const existing = owned.get(STAMP_SHEET);
  return {
    sheet: existing?.name ?? STAMP_SHEET,
    create: !existing,
    rows: stampRows(stampsOf(owned), stamped),
  };
}
