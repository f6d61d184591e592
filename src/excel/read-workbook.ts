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
  /** Null when the sheet was too large to read (see OWNED_READ_MAX_CELLS) or Excel answered null: edited. */
  readonly values: readonly (readonly unknown[])[] | null;
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
 * The listing in two syncs. Sync 1: the worksheets, the active one, the table names. Sync 2: the used range of each
 * wanted sheet that exists (found by SPEC §2 matching on the names sync 1 brought), and of each owned sheet, with
 * its values when `ownedValues` is given. Only sheets known to exist are asked for, with `getItem`: Microsoft
 * documents `isNullObject` on what an OrNullObject method returns, never a call chained on a null object
 * (`getItemOrNullObject(…).getUsedRangeOrNullObject()`), so the add-in does not rely on one.
 */
export async function listWorkbook(
  session: Session,
  wanted: readonly string[],
  ownedNames: readonly string[] = [],
  ownedValues: Map<string, unknown[][] | null> | null = null,
): Promise<WorkbookListing> {
  const { context } = session;
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const tables = workbook.tables;
  tables.load("items/name");
  await context.sync();
  const activeSheet = active.name;
  const tableNames = tables.items.map((table) => table.name);
  const sheets = worksheets.items.map((sheet) => ({
    name: sheet.name,
    position: sheet.position,
    visible: sheet.visibility === "Visible",
  }));

  const names: WorkbookSnapshot = { sheets: sheets.map((sheet) => ({ name: sheet.name, rows: [] })) };
  const usedRange = (name: string): Excel.Range => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return range;
  };
  const probes = wanted.map((asked) => {
    const sheet = findSheet(names, asked);
    return { asked, name: sheet?.name ?? null, range: sheet ? usedRange(sheet.name) : null };
  });
  // The owned sheets' values come in this same sync: the generated lists are about as large as the input they
  // come from, and two 5 MB responses hold twice what one does (10 000 staff: 2.3 MB here, 3.1 MB of input next).
  const ownedProbes = ownedNames.map((asked) => {
    const sheet = sheets.find((entry) => sameSheetName(entry.name, asked));
    const range = sheet ? usedRange(sheet.name) : null;
    if (range && ownedValues) range.load("values");
    return { asked, name: sheet?.name ?? null, range };
  });
  if (probes.some((probe) => probe.range) || ownedProbes.some((probe) => probe.range)) await context.sync();

  const found = new Map<string, { name: string; used: UsedRange | null } | null>();
  for (const probe of probes)
    found.set(
      probe.asked,
      probe.name && probe.range ? { name: probe.name, used: usedRangeOf(probe.range) } : null,
    );
  const owned = new Map<string, { name: string; used: UsedRange | null } | null>();
  for (const probe of ownedProbes) {
    if (!probe.name || !probe.range) {
      owned.set(probe.asked, null);
      continue;
    }
    owned.set(probe.asked, { name: probe.name, used: usedRangeOf(probe.range) });
    // Excel answers null for a read beyond its cell limit: kept as null, read as "cannot tell", never as empty.
    if (ownedValues && !probe.range.isNullObject) ownedValues.set(probe.name, probe.range.values ?? null);
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
 * The most cells of one add-in-owned sheet read for its stamp when it did not come with the sheet list: far above
 * any generated list (30 000 staff: ~400 000 cells) and far below Excel's 5 million cell read limit. A sheet beyond
 * it was typed into far below or to the right of what the add-in wrote, so it counts as edited without reading it.
 */
export const OWNED_READ_MAX_CELLS = 1_000_000;

const cellsOf = (used: UsedRange): number => used.rowCount * used.columnCount;

/**
 * Reads the wanted sheets (by contract name) into the engine's snapshot, and the owned sheets' values (generated
 * sheets about to be replaced, and their stamps) in the same bulk read: three syncs for any normal workbook.
 */
export async function readWorkbook(
  session: Session,
  wanted: readonly string[] = INPUT_SHEET_NAMES,
  ownedNames: readonly string[] = [],
): Promise<WorkbookRead> {
  const early = new Map<string, unknown[][] | null>();
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
  const oversized = new Set(
    ownedPresent
      .filter((sheet) => sheet.used !== null && cellsOf(sheet.used) > OWNED_READ_MAX_CELLS)
      .map((sheet) => sheet.name),
  );
  const withValues = [...present, ...ownedPresent.filter((sheet) => !oversized.has(sheet.name))].filter(
    (sheet): sheet is { name: string; used: UsedRange } => sheet.used !== null,
  );
  const values =
    withValues.length > 0 ? await readValues(session, withValues) : new Map<string, unknown[][]>();
  const grids: SheetGrid[] = present.map((sheet) =>
    sheet.used === null
      ? { name: sheet.name, rows: [] }
      : gridFromUsedRange(sheet.name, sheet.used, values.get(sheet.name) ?? []),
  );
  const owned = new Map<string, OwnedSheetRead>();
  for (const [asked, sheet] of listing.owned) {
    if (!sheet) continue;
    const read = early.has(sheet.name)
      ? early.get(sheet.name)
      : oversized.has(sheet.name)
        ? null
        : (values.get(sheet.name) ?? []);
    owned.set(asked, { ...sheet, values: read ?? null });
  }
  return { listing, snapshot: { sheets: grids }, owned };
}

/** The input sheets of the workbook behind `context`, as the engine's snapshot (three syncs). */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const features = {
    dataValidation: false,
    createWorkbook: false,
    pageLayout: false,
    suspendScreenUpdating: false,
  };
  return (await readWorkbook(new Session(context, features))).snapshot;
}
