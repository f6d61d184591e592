import { CATALOG_SHEET, findSheet, INPUT_SHEETS, type SheetGrid, type WorkbookSnapshot } from "../engine";
import { gridFromUsedRange } from "./office-cells";
import { isPayloadTooLarge } from "./office-errors";
import {
  packBatches,
  PAYLOAD_BUDGET_BYTES,
  PIECE_BYTES,
  READ_BYTES_PER_CELL,
  rowPieces,
} from "./payload-budget";
import { Session } from "./session";

export interface SheetEntry {
  readonly name: string;
  readonly position: number;
  readonly visible: boolean;
}

export interface UsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The workbook as the first sync sees it. Valid for the rest of this operation only. */
export interface WorkbookListing {
  readonly sheets: readonly SheetEntry[];
  readonly activeSheet: string;
  readonly tableNames: readonly string[];
  /** By the contract name asked for: the sheet that answers to it (SPEC §2 matching), or null when absent. */
  readonly found: ReadonlyMap<string, { readonly name: string; readonly used: UsedRange | null } | null>;
  /**
   * Add-in-owned sheets by the name asked for, matched as Excel matches names (case aside, exactly): only a sheet of
   * that very name is replaced by a write, so only it is worth reading. Null when absent.
   */
  readonly owned: ReadonlyMap<string, { readonly name: string; readonly used: UsedRange | null } | null>;
}

/** An add-in-owned sheet as read: its used range (values only) and their values, to stamp it. */
export interface OwnedSheetRead {
  readonly name: string;
  readonly used: UsedRange | null;
  readonly values: readonly (readonly unknown[])[];
}

export interface WorkbookRead {
  readonly listing: WorkbookListing;
  /** The wanted (input) sheets only: what the engine sees. */
  readonly snapshot: WorkbookSnapshot;
  /** The owned sheets asked for, by the name asked for; absent when the workbook has none of that name. */
  readonly owned: ReadonlyMap<string, OwnedSheetRead>;
}

/**
 * What Validate and Compute hand the engine: the input sheets only. The generated sheets they replace are read
 * apart, as owned sheets, to check their stamps (sheet-stamps.ts), and never reach the engine.
 */
export const INPUT_SHEET_NAMES: readonly string[] = INPUT_SHEETS.map((sheet) => sheet.name);
/** Set up also reads the drop-down catalog, to rewrite it only when it differs. */
export const SETUP_SHEET_NAMES: readonly string[] = [...INPUT_SHEET_NAMES, CATALOG_SHEET];

const usedRangeOf = (range: Excel.Range): UsedRange | null =>
  range.isNullObject
    ? null
    : {
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      };

/** Excel compares sheet names without regard to case. */
const sameSheetName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Sync 1: the worksheets, the active one, the table names, the used range of each wanted sheet looked up by its
 * contract name, and the used range (with its values when `ownedValues` is given) of each owned sheet. A sheet that matches only after SPEC §2's folding (`Can bo` for `Cán bộ`) costs one more
 * sync for its used range; that depends on how sheets are named, never on how much they hold.
 */
export async function listWorkbook(
  session: Session,
  wanted: readonly string[],
  ownedNames: readonly string[] = [],
  ownedValues: Map<string, unknown[][]> | null = null,
): Promise<WorkbookListing> {
  const { context } = session;
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const tables = workbook.tables;
  tables.load("items/name");
  // A null worksheet gives a null used range: the OrNullObject chain answers "absent" without failing the batch.
  const probes = wanted.map((name) => {
    const range = worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return { name, range };
  });
  // The owned sheets' values come in this first sync: the generated lists are about as large as the input they
  // come from, and two 5 MB responses hold twice what one does (10 000 staff: 2.3 MB here, 3.1 MB of input next).
  const ownedProbes = ownedNames.map((name) => {
    const range = worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    if (ownedValues) range.load("values");
    return { name, range };
  });
  await context.sync();
  const activeSheet = active.name;
  const tableNames = tables.items.map((table) => table.name);

  const sheets = worksheets.items.map((sheet) => ({
    name: sheet.name,
    position: sheet.position,
    visible: sheet.visibility === "Visible",
  }));
  const names: WorkbookSnapshot = { sheets: sheets.map((sheet) => ({ name: sheet.name, rows: [] })) };
  const found = new Map<string, { name: string; used: UsedRange | null } | null>();
  const unresolved: { wanted: string; name: string; range: Excel.Range }[] = [];
  for (const probe of probes) {
    const sheet = findSheet(names, probe.name);
    if (!sheet) found.set(probe.name, null);
    else if (sameSheetName(sheet.name, probe.name))
      found.set(probe.name, { name: sheet.name, used: usedRangeOf(probe.range) });
    else {
      const range = worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
      range.load("address,rowIndex,columnIndex,rowCount,columnCount");
      unresolved.push({ wanted: probe.name, name: sheet.name, range });
    }
  }
  if (unresolved.length > 0) {
    await context.sync();
    for (const item of unresolved) found.set(item.wanted, { name: item.name, used: usedRangeOf(item.range) });
  }
  const owned = new Map<string, { name: string; used: UsedRange | null } | null>();
  for (const probe of ownedProbes) {
    const sheet = sheets.find((entry) => sameSheetName(entry.name, probe.name));
    owned.set(probe.name, sheet ? { name: sheet.name, used: usedRangeOf(probe.range) } : null);
    if (sheet && ownedValues && !probe.range.isNullObject) ownedValues.set(sheet.name, probe.range.values);
  }
  return { sheets, activeSheet, tableNames, found, owned };
}

interface Piece {
  readonly sheet: string;
  readonly used: UsedRange;
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/** Row pieces of what is left to read of each sheet, `done` rows of it being read already. */
function planPieces(
  sheets: readonly { name: string; used: UsedRange }[],
  done: ReadonlyMap<string, number>,
  bytesPerCell: number,
): Piece[] {
  return sheets.flatMap(({ name, used }) => {
    const from = done.get(name) ?? 0;
    const bytesPerRow = used.columnCount * bytesPerCell;
    return rowPieces(used.rowCount - from, bytesPerRow, PIECE_BYTES).map((piece): Piece => ({
      sheet: name,
      used,
      start: from + piece.start,
      count: piece.count,
      bytes: piece.count * bytesPerRow,
    }));
  });
}

/** A payload-too-large answer quadruples the bytes assumed per cell, this many times before the clerk sees it. */
const MAX_SHRINKS = 4;

/**
 * Sync 2 (and more only beyond ~4 MB of cells): the values of the used ranges, in row pieces packed into batches
 * under the payload budget. If Excel still finds a response too large (a sheet of long texts), what is left is
 * planned again at four times the bytes per cell.
 */
async function readValues(
  session: Session,
  sheets: readonly { name: string; used: UsedRange }[],
): Promise<Map<string, unknown[][]>> {
  const { context } = session;
  const rows = new Map<string, unknown[][]>(sheets.map((sheet) => [sheet.name, []]));
  const done = new Map<string, number>();
  let bytesPerCell = READ_BYTES_PER_CELL;
  let shrinks = 0;
  let pending = planPieces(sheets, done, bytesPerCell);
  while (pending.length > 0) {
    const [batch] = packBatches(pending, (piece) => piece.bytes, PAYLOAD_BUDGET_BYTES);
    const worksheets = context.workbook.worksheets;
    const loads = batch.map((piece) => {
      const { rowIndex, columnIndex, columnCount } = piece.used;
      const range = worksheets
        .getItem(piece.sheet)
        .getRangeByIndexes(rowIndex + piece.start, columnIndex, piece.count, columnCount);
      range.load("values");
      return { piece, range };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one pass per ~4 MB batch: once for any realistic roster
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || shrinks >= MAX_SHRINKS) throw error;
      shrinks += 1;
      bytesPerCell *= 4;
      pending = planPieces(sheets, done, bytesPerCell);
      continue;
    }
    for (const { piece, range } of loads) {
      rows.get(piece.sheet)!.push(...range.values);
      done.set(piece.sheet, piece.start + piece.count);
    }
    pending = pending.slice(batch.length);
  }
  return rows;
}

type Present = { name: string; used: UsedRange | null };

/**
 * Reads the wanted sheets (by contract name) into the engine's snapshot, and the owned sheets' values (generated
 * sheets about to be replaced, and their stamps) in the same bulk read: two syncs for any normal workbook.
 */
export async function readWorkbook(
  session: Session,
  wanted: readonly string[] = INPUT_SHEET_NAMES,
  ownedNames: readonly string[] = [],
): Promise<WorkbookRead> {
  const early = new Map<string, unknown[][]>();
  let listing: WorkbookListing;
  try {
    listing = await listWorkbook(session, wanted, ownedNames, ownedNames.length > 0 ? early : null);
  } catch (error) {
    // Owned sheets too large for one response (someone typed far below a list): read them in batches instead.
    if (!isPayloadTooLarge(error) || ownedNames.length === 0) throw error;
    early.clear();
    listing = await listWorkbook(session, wanted, ownedNames, null);
  }
  const present = [...listing.found.values()].filter((sheet): sheet is Present => sheet !== null);
  const ownedPresent = [...listing.owned.values()].filter(
    (sheet): sheet is Present => sheet !== null && !early.has(sheet.name),
  );
  const withValues = [...present, ...ownedPresent].filter(
    (sheet): sheet is { name: string; used: UsedRange } => sheet.used !== null,
  );
  const values =
    withValues.length > 0 ? await readValues(session, withValues) : new Map<string, unknown[][]>();
  for (const [name, rows] of early) values.set(name, rows);
  const grids: SheetGrid[] = present.map((sheet) =>
    sheet.used === null
      ? { name: sheet.name, rows: [] }
      : gridFromUsedRange(sheet.name, sheet.used, values.get(sheet.name) ?? []),
  );
  const owned = new Map<string, OwnedSheetRead>();
  for (const [asked, sheet] of listing.owned) {
    if (sheet) owned.set(asked, { ...sheet, values: values.get(sheet.name) ?? [] });
  }
  return { listing, snapshot: { sheets: grids }, owned };
}

/** The input sheets of the workbook behind `context`, as the engine's snapshot (two syncs). */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const features = {
    dataValidation: false,
    createWorkbook: false,
    pageLayout: false,
    suspendScreenUpdating: false,
  };
  return (await readWorkbook(new Session(context, features))).snapshot;
}
