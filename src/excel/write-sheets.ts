import { applyOp, opBytes } from "./apply-op";
import { isPayloadTooLarge } from "./office-errors";
import { packBatches, PAYLOAD_BUDGET_BYTES } from "./payload-budget";
import type { WorkbookListing } from "./read-workbook";
import type { Session } from "./session";
import type { SheetOp } from "./sheet-ops";

/**
 * Writes whole sheets so that a failure at any point leaves the previous version of each whole: every sheet is
 * built under a temporary hidden name, in as many syncs as the payload budget needs, and only the last sync swaps
 * (deletes the old sheet, renames the new one into its place). A temporary sheet left by a failed run is deleted
 * at the start of the next one.
 */

export interface SheetBuild {
  readonly name: string;
  /** Applied to the fresh temporary sheet. */
  readonly ops: readonly SheetOp[];
  /** Applied in the swap sync, once every sheet has its final name (drop-downs pointing at new sheets). */
  readonly afterSwap?: readonly SheetOp[];
  /** Stays hidden once in place (the drop-down catalog). */
  readonly hidden?: boolean;
}

export const TEMPORARY_PREFIX = "~tmp ";
export const temporaryName = (name: string): string => `${TEMPORARY_PREFIX}${name}`;

/** Ops that need the sheet in view: applied in the swap sync, after `visibility = "Visible"`. */
const isViewOp = (op: SheetOp): boolean => op.op === "freezeRows" || op.op === "page";

/** Deleting stale temporary sheets and adding the new ones: a few small actions per sheet. */
const PREPARE_BYTES = 2_000;

const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

type Step =
  { readonly kind: "prepare" } | { readonly kind: "op"; readonly sheet: string; readonly op: SheetOp };

export interface WriteResult {
  /** Sheets that replaced an earlier version. */
  readonly replaced: readonly string[];
  readonly created: readonly string[];
}

/** Ops on an existing add-in-owned sheet, applied in the swap sync (the catalog: deleting it would break drop-downs). */
export interface InPlaceWrite {
  readonly sheet: string;
  readonly ops: readonly SheetOp[];
}

/**
 * The stamp sheet's content (see sheet-stamps.ts). Added very hidden in the first sync when absent, before the
 * sheets being built so that they still end the workbook; written first in the swap sync, as text.
 */
export interface StampWrite {
  readonly sheet: string;
  readonly create: boolean;
  readonly rows: readonly (readonly string[])[];
}

export interface WriteOptions {
  readonly inPlace?: readonly InPlaceWrite[];
  readonly stamps?: StampWrite;
  /** A sheet to bring to the front once swapped in, and the cell to select there. */
  readonly activate?: { readonly sheet: string; readonly cell: string };
}

/** Builds and swaps in the given sheets; `listing` is this operation's first look at the workbook. */
export async function writeSheets(
  session: Session,
  listing: WorkbookListing,
  builds: readonly SheetBuild[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  if (builds.length === 0 && !options.inPlace?.length) return { replaced: [], created: [] };
  const stale = listing.sheets.filter((sheet) =>
    builds.some((build) => sameName(sheet.name, temporaryName(build.name))),
  );
  const { context } = session;
  // Frozen panes and print setup belong to a sheet's window: applied in the swap, once the sheet is visible
  // (some Excel builds fail `freezeRows` on a hidden sheet, OfficeDev/office-js#1463, #2196).
  const steps: Step[] = [
    { kind: "prepare" },
    ...builds.flatMap((build) =>
      build.ops.filter((op) => !isViewOp(op)).map((op): Step => ({ kind: "op", sheet: build.name, op })),
    ),
  ];
  const stepBytes = (step: Step): number => (step.kind === "prepare" ? PREPARE_BYTES : opBytes(step.op));
  let batches = builds.length === 0 ? [] : packBatches(steps, stepBytes, PAYLOAD_BUDGET_BYTES);
  let retried = false;

  for (let index = 0; index < batches.length; index += 1) {
    const batch = batches[index];
    session.report("writing", index / (batches.length + 1));
    session.suspendForBulkWrite();
    const worksheets = context.workbook.worksheets;
    const sheets = new Map<string, Excel.Worksheet>();
    const sheetFor = (name: string): Excel.Worksheet => {
      let sheet = sheets.get(name);
      if (!sheet) sheets.set(name, (sheet = worksheets.getItem(temporaryName(name))));
      return sheet;
    };
    for (const step of batch) {
      if (step.kind === "op") {
        applyOp(sheetFor(step.sheet), step.op);
        continue;
      }
      for (const sheet of stale) worksheets.getItem(sheet.name).delete();
      if (options.stamps?.create) {
        // Very hidden: not in Excel's Unhide list, so nobody edits the stamps by mistake.
        worksheets.add(options.stamps.sheet).visibility = "VeryHidden";
      }
      for (const build of builds) {
        const sheet = worksheets.add(temporaryName(build.name));
        // Hidden while it is built: co-authors see no half-written sheet, and a failed run leaves nothing in view.
        sheet.visibility = "Hidden";
        sheets.set(build.name, sheet);
      }
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one pass per ~4 MB batch: once for any realistic roster
      await context.sync();
    } catch (error) {
      // Excel refuses an oversized request before running any of it (the estimate was off: long texts, many
      // paths): what is left is packed again at half the budget, once. Only hidden temporary sheets were touched.
      if (!isPayloadTooLarge(error) || retried) throw error;
      retried = true;
      const done = batches.slice(0, index).flat().length;
      const rest = packBatches(steps.slice(done), stepBytes, PAYLOAD_BUDGET_BYTES / 2);
      batches = [...batches.slice(0, index), ...rest];
      index -= 1;
    }
  }

  session.report("finishing", batches.length / (batches.length + 1));
  return swap(
    session,
    listing,
    builds,
    options,
    stale.map((sheet) => sheet.position),
  );
}

/**
 * The last sync: each new sheet takes the old one's place (position, then delete, then name) and becomes visible.
 * Calculation is not suspended here: deleting a sheet must recalculate whatever referred to it.
 */
async function swap(
  session: Session,
  listing: WorkbookListing,
  builds: readonly SheetBuild[],
  options: WriteOptions,
  stalePositions: readonly number[],
): Promise<WriteResult> {
  const { context } = session;
  const worksheets = context.workbook.worksheets;
  if (session.features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const olds = new Map(
    builds.map((build) => [build.name, listing.sheets.find((sheet) => sameName(sheet.name, build.name))]),
  );
  // Old sheets in workbook order: moving a new sheet to p and deleting the old one (now at p + 1) leaves every later
  // position as it was. Positions were read before the stale temporary sheets were deleted.
  const shift = (position: number): number =>
    position - stalePositions.filter((stale) => stale < position).length;
  const ordered = [...builds].sort(
    (a, b) => (olds.get(a.name)?.position ?? Infinity) - (olds.get(b.name)?.position ?? Infinity),
  );
  const replaced: string[] = [];
  const created: string[] = [];
  const placed: { build: SheetBuild; sheet: Excel.Worksheet }[] = [];
  if (options.stamps) writeStamps(worksheets.getItem(options.stamps.sheet), options.stamps.rows);
  for (const build of ordered) {
    const sheet = worksheets.getItem(temporaryName(build.name));
    const old = olds.get(build.name);
    if (!build.hidden) sheet.visibility = "Visible";
    if (old) {
      sheet.position = shift(old.position);
      worksheets.getItem(old.name).delete();
      replaced.push(build.name);
    } else {
      created.push(build.name);
    }
    sheet.name = build.name;
    placed.push({ build, sheet });
    const wanted = options.activate?.sheet === build.name;
    // Deleting the active sheet sends the clerk elsewhere: bring its new version back.
    if (!build.hidden && (wanted || (old && sameName(listing.activeSheet, old.name)))) sheet.activate();
    if (wanted) sheet.getRange(options.activate!.cell).select();
  }
  // Once every sheet has its final name, so that references between new sheets resolve; and once visible, the
  // panes and print setup (a hidden sheet keeps them for when it is shown: left out, as nobody prints it).
  for (const { build, sheet } of placed) {
    if (!build.hidden) for (const op of build.ops.filter(isViewOp)) applyOp(sheet, op);
    for (const op of build.afterSwap ?? []) applyOp(sheet, op);
  }
  for (const write of options.inPlace ?? []) {
    const sheet = worksheets.getItem(write.sheet);
    for (const op of write.ops) applyOp(sheet, op);
  }
  await context.sync();
  return { replaced, created };
}

/** Before the swaps: a batch that dies half-way leaves old sheets that match the stamps' previous column. */
function writeStamps(sheet: Excel.Worksheet, rows: readonly (readonly string[])[]): void {
  const columns = Math.max(...rows.map((row) => row.length));
  const range = sheet.getRangeByIndexes(0, 0, rows.length, columns);
  range.numberFormat = [["@"]];
  range.values = rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? ""));
}
