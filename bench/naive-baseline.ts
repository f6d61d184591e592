/// <reference types="office-js" />
import {
  awardListSheet,
  buildReportModel,
  giftListSheet,
  inputTemplates,
  issuesSheet,
  planCellText,
  runCampaign,
  type SheetGrid,
  type SheetPlan,
  type WorkbookSnapshot,
} from "../src/engine";
import { gridFromUsedRange } from "../src/excel/office-cells";
import { listsWorkbookBase64 } from "../src/excel/lists-workbook";
import { INPUT_SHEET_NAMES } from "../src/excel/read-workbook";
import { generatedSheets } from "../src/report/generated-sheets";
import { ExcelFake } from "../test/support/excel-fake";
import { syntheticWorkbook } from "../test/support/synthetic-workbook";
import { OPTIONS, type RoundTrips, roundTripsOf, withFake } from "./round-trips";

/**
 * The baseline the adapter is measured against: the same operations written the way a first Office.js add-in
 * often is, one row per `context.sync()` — read each row of each input sheet with its own sync, write each row of
 * each generated sheet with its own sync, values only (no formats, merges or links, which would only add syncs).
 */

export const NAIVE_OPERATIONS = ["setup", "validate", "compute", "export"] as const;
export type NaiveOperation = (typeof NAIVE_OPERATIONS)[number];

/* eslint-disable office-addins/no-context-sync-in-loop -- a sync per row is what this baseline measures */

async function readSheetRowByRow(context: Excel.RequestContext, name: string): Promise<SheetGrid | null> {
  const used = context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return null;
  const sheet = context.workbook.worksheets.getItem(name);
  const rows: unknown[][] = [];
  for (let row = 0; row < used.rowCount; row += 1) {
    const range = sheet.getRangeByIndexes(used.rowIndex + row, used.columnIndex, 1, used.columnCount);
    range.load("values");
    await context.sync();
    rows.push(range.values[0]);
  }
  return gridFromUsedRange(name, used, rows);
}

async function readRowByRow(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets: SheetGrid[] = [];
  for (const name of INPUT_SHEET_NAMES) {
    const grid = await readSheetRowByRow(context, name);
    if (grid) sheets.push(grid);
  }
  return { sheets };
}

/** Adds the sheet (one sync; each operation runs on a fresh workbook without it), then writes a sync per row. */
async function writeRowByRow(
  context: Excel.RequestContext,
  name: string,
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  const sheet = context.workbook.worksheets.add(name);
  await context.sync();
  for (const [index, row] of rows.entries()) {
    if (row.length === 0) continue;
    sheet.getRangeByIndexes(index, 0, 1, row.length).values = [row.map((cell) => cell ?? "")];
    await context.sync();
  }
}

const planValues = (plan: SheetPlan): (string | number | null)[][] =>
  plan.rows.map((row) => row.cells.map(planCellText));

async function writePlans(context: Excel.RequestContext, plans: readonly SheetPlan[]): Promise<void> {
  for (const plan of plans) await writeRowByRow(context, plan.name, planValues(plan));
}

/* eslint-enable office-addins/no-context-sync-in-loop */

async function setUpRowByRow(context: Excel.RequestContext): Promise<void> {
  for (const template of inputTemplates())
    await writeRowByRow(context, template.name, [
      template.columns.map((column) => column.header),
      ...template.seedRows.map((row) => row.map((cell) => (typeof cell === "object" ? null : cell))),
    ]);
}

/** Runs `work` in one `Excel.run` on `fake`, and counts its syncs. */
async function onFake<T>(
  fake: ExcelFake,
  work: (context: Excel.RequestContext) => Promise<T>,
): Promise<{ value: T; trips: RoundTrips }> {
  const value = await withFake(fake, () => Excel.run((context) => work(context)));
  return { value, trips: roundTripsOf(fake) };
}

const plus = (a: RoundTrips, b: RoundTrips): RoundTrips => ({
  syncs: a.syncs + b.syncs,
  maxPayloadBytes: Math.max(a.maxPayloadBytes, b.maxPayloadBytes),
  maxResponseBytes: Math.max(a.maxResponseBytes, b.maxResponseBytes),
});

/**
 * The naive operations. Set up runs on an empty workbook. Validate, Compute and Export each begin with the same
 * row-by-row read of the tracker, so it runs once and its counts are added to each one's writes, made on a fresh
 * workbook (the baseline adds its sheets, so what else the workbook holds changes nothing): at 30 000 staff the
 * read alone is ~96 000 syncs, and doing it three times would cost the bench ~40 s for the same numbers. Export
 * writes nothing through `context.sync()`: its lists go to `Excel.createWorkbook`, as in the adapter.
 */
export async function naiveRoundTrips(
  staff: number,
  snapshot: WorkbookSnapshot = syntheticWorkbook({ staff }),
): Promise<Record<NaiveOperation, RoundTrips>> {
  const setup = await onFake(ExcelFake.fromSheets([]), setUpRowByRow);
  const read = await onFake(ExcelFake.fromSheets(snapshot.sheets), readRowByRow);
  const result = runCampaign(read.value, OPTIONS);
  const model = buildReportModel(result);
  const validateWrites = await onFake(ExcelFake.fromSheets([]), (context) =>
    writePlans(context, [issuesSheet(result, OPTIONS.locale)]),
  );
  const computeWrites = await onFake(ExcelFake.fromSheets([]), (context) =>
    writePlans(context, generatedSheets(result, model, { locale: OPTIONS.locale, draft: model.draft })),
  );
  const exportWrites = await onFake(ExcelFake.fromSheets([]), async () => {
    await Excel.createWorkbook(await listsWorkbookBase64([giftListSheet(result), awardListSheet(result)]));
  });
  return {
    setup: setup.trips,
    validate: plus(read.trips, validateWrites.trips),
    compute: plus(read.trips, computeWrites.trips),
    export: plus(read.trips, exportWrites.trips),
  };
}
