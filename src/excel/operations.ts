import {
  type SheetPlan,
  CATALOG_SHEET,
  findSheet,
  GENERATED_SHEETS,
  inputTemplates,
  SHEET,
  STAMP_SHEET,
  type WorkbookSnapshot,
} from "../engine";
import { SETTING_KEYS } from "../engine/settings";
import { type EngineAnswers, type EngineJob, type EngineJobOf, inProcessEngine } from "./engine-port";
import { EditedSheetsError } from "./edited-sheets";
import { detectFeatures } from "./features";
import { buildReportWorkbookBase64, REPORT_WORKBOOK_SHEETS, reportWorkbookPlans } from "./report-workbook";
import { friendlyError } from "./office-errors";
import {
  type ClearReport,
  type ComputeReport,
  type ExportReport,
  fallbacksOf,
  type OperationOptions,
  type SetUpReport,
  type ValidateReport,
} from "./operation-types";
import { INPUT_SHEET_NAMES, readWorkbook, SETUP_SHEET_NAMES, type WorkbookRead } from "./read-workbook";
import { runSession, type Session } from "./session";
import { editedSheets, ownedSheetsFor, stampWriteOf } from "./sheet-stamps";
import { planSetUp } from "./setup-plan";
import { TEMPORARY_PREFIX, writeSheets } from "./write-sheets";

/**
 * What the task pane and the ribbon call. Each operation is one `Excel.run` that reads what it needs afresh
 * (co-authors may have changed anything since the last one), returns plain data with the number of syncs it made,
 * and throws an OfficeOperationError whose message the clerk can act on.
 */

async function operation<T>(
  options: Pick<OperationOptions, "locale" | "onProgress">,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  try {
    return await runSession(options.onProgress, work);
  } catch (error) {
    throw friendlyError(error, options.locale);
  }
}

/** Reads the input sheets, and the generated sheets named in `replacing` with their stamps. */
async function readInputs(session: Session, replacing: readonly string[] = []): Promise<WorkbookRead> {
  session.report("reading", 0);
  const read = await readWorkbook(session, INPUT_SHEET_NAMES, ownedSheetsFor(replacing));
  session.report("checking", 0.3);
  return read;
}

/** Runs an engine job on what was read, through the pane's Worker or in this thread, reporting its stages. */
function runJob<K extends EngineJob["kind"]>(
  session: Session,
  options: OperationOptions,
  kind: K,
  snapshot: WorkbookSnapshot,
): Promise<EngineAnswers[K]> {
  const engine = options.engine ?? inProcessEngine;
  const job = {
    kind,
    snapshot,
    options: { today: options.today, locale: options.locale, pageLayout: session.features.pageLayout },
  } as EngineJobOf<K>;
  return engine(job, (stage) => session.report(stage, stage === "computing" ? 0.45 : 0.3));
}

/**
 * Stops before anything is written when a sheet about to be replaced was edited by hand since the add-in wrote it,
 * unless the clerk said to replace it (the pane asks, then runs again with `replaceEditedSheets`).
 */
function guardEdits(
  read: WorkbookRead,
  plans: readonly { readonly name: string }[],
  options: OperationOptions,
): void {
  if (options.replaceEditedSheets === true) return;
  const edited = editedSheets(
    read.owned,
    plans.map((plan) => plan.name),
  );
  if (edited.length > 0) throw EditedSheetsError.of(edited, options.locale);
}

/** `Cấu hình`'s "Cơ quan" value: keys start on row 2 under the header, values in column B. */
const AGENCY_CELL = `B${SETTING_KEYS.findIndex((key) => key.field === "agency") + 2}`;

/**
 * Set up: creates the missing input sheets (tables with the contract's headers, seed rows, formats, frozen header,
 * drop-downs) and the hidden catalog. Existing sheets are not touched: running it again changes nothing.
 */
export function setUp(options: OperationOptions): Promise<SetUpReport> {
  return operation(options, async (session) => {
    session.report("reading", 0);
    const { listing, snapshot } = await readWorkbook(session, SETUP_SHEET_NAMES);
    session.report("checking", 0.3);
    const result = await runJob(session, options, "campaign", snapshot);
    const existing = new Map<string, string>();
    for (const name of INPUT_SHEET_NAMES) {
      const found = listing.found.get(name);
      if (found) existing.set(name, found.name);
    }
    const catalogSheet = listing.found.get(CATALOG_SHEET);
    const catalogGrid = catalogSheet ? findSheet(snapshot, catalogSheet.name) : undefined;
    const plan = planSetUp({
      templates: inputTemplates(result.settings.year),
      snapshot,
      existing,
      catalog: catalogSheet ? { name: catalogSheet.name, values: catalogGrid?.rows ?? [] } : null,
      tableNames: listing.tableNames,
      dataValidation: session.features.dataValidation,
      pageLayout: session.features.pageLayout,
    });
    const settingsCreated = plan.builds.some((build) => build.name === SHEET.settings);
    await writeSheets(session, listing, plan.builds, {
      // The clerk's first job after Set up: the plan's sample agency, signer and dates are there to be checked.
      // Queued into the swap sync: no round trip of its own.
      activate: settingsCreated ? { sheet: SHEET.settings, cell: AGENCY_CELL } : undefined,
      inPlace:
        plan.catalogUpdate && catalogSheet ? [{ sheet: catalogSheet.name, ops: plan.catalogUpdate }] : [],
    });
    session.report("finishing", 1);
    return {
      settingsOpened: settingsCreated,
      created: plan.builds.map((build) => build.name).filter((name) => name !== CATALOG_SHEET),
      existing: [...existing.keys()],
      catalog: !catalogSheet ? "created" : plan.catalogUpdate ? "updated" : "unchanged",
      dropDownsSkipped: plan.skippedDropDowns,
      missingColumns: result.issues.filter((issue) => issue.code === "COLUMN_MISSING"),
      syncs: session.syncs,
      fallbacks: fallbacksOf(session.features, ["dropDowns", "pageLayout", "screenUpdating"]),
    };
  });
}

/** Validate: reads the input sheets, runs the engine, rewrites `Kiểm tra` (one linked row per issue). */
export function validate(
  options: OperationOptions & { readonly activate?: boolean },
): Promise<ValidateReport> {
  return operation(options, async (session) => {
    const read = await readInputs(session, [SHEET.issues]);
    const { listing } = read;
    const { result, sheets } = await runJob(session, options, "validate", read.snapshot);
    guardEdits(read, sheets, options);
    await writeSheets(session, listing, sheets, {
      // A2 holds the one-line summary: selected, it is what the formula bar shows.
      activate: options.activate ? { sheet: SHEET.issues, cell: "A2" } : undefined,
      stamps: stampWriteOf(read.owned, sheets),
    });
    session.report("finishing", 1);
    return {
      result,
      syncs: session.syncs,
      fallbacks: fallbacksOf(session.features, ["pageLayout", "screenUpdating"]),
    };
  });
}

/**
 * Compute & fill: reads, runs the engine, rewrites the four generated sheets together (a draft while errors remain).
 * `activateReport` brings `Báo cáo` to the front in the same sync (Export where no new workbook can be opened).
 */
export function computeAndFill(
  options: OperationOptions & { readonly activateReport?: boolean },
): Promise<ComputeReport> {
  return operation(options, async (session) => {
    const read = await readInputs(session, GENERATED_SHEETS);
    const { listing } = read;
    const { result, model, plans, sheets } = await runJob(session, options, "compute", read.snapshot);
    guardEdits(read, sheets, options);
    await writeSheets(session, listing, sheets, {
      stamps: stampWriteOf(read.owned, sheets),
      // Where the clerk looks next; queued into the swap sync, no round trip of its own.
      activate: options.activateReport ? { sheet: SHEET.report, cell: "A1" } : undefined,
    });
    session.report("finishing", 1);
    return {
      result,
      model,
      plans,
      draft: model.draft,
      sheets: sheets.map((sheet) => sheet.name),
      syncs: session.syncs,
      fallbacks: fallbacksOf(session.features, ["pageLayout", "screenUpdating"]),
    };
  });
}

/**
 * Opens the whole report — `Báo cáo`, `DS tặng quà`, `DS khen thưởng`, each laid out for A4 — as a new workbook
 * (`Excel.createWorkbook`, ExcelApi 1.8), for hosts where the .docx cannot be saved. `plans` are the sheets this
 * export just wrote, so the new workbook and this one agree. Without createWorkbook, `opened` is false: the same
 * sheets are in this workbook.
 */
export async function openReportWorkbook(
  plans: readonly SheetPlan[],
  options: Pick<OperationOptions, "locale">,
): Promise<ExportReport> {
  const chosen = reportWorkbookPlans(plans);
  const sheets = chosen.map((plan) => plan.name);
  if (!detectFeatures().createWorkbook)
    return { opened: false, sheets, bytes: 0, syncs: 0, fallbacks: ["createWorkbook"] };
  try {
    const base64 = await buildReportWorkbookBase64(chosen);
    await Excel.createWorkbook(base64);
    return { opened: true, sheets, bytes: Math.floor((base64.length * 3) / 4), syncs: 0, fallbacks: [] };
  } catch (error) {
    throw friendlyError(error, options.locale);
  }
}

/**
 * Export's workbook on its own (the benchmarks, and a caller without a fresh Compute & fill): reads the input
 * sheets afresh, runs the engine, and opens the whole report as a new workbook (see openReportWorkbook).
 */
export async function exportReportWorkbook(options: OperationOptions): Promise<ExportReport> {
  const { plans, syncs } = await operation(options, async (session) => {
    const read = await readInputs(session);
    const { plans: all } = await runJob(session, options, "compute", read.snapshot);
    session.report("writing", 0.6);
    return { plans: all.filter((plan) => REPORT_WORKBOOK_SHEETS.includes(plan.name)), syncs: session.syncs };
  });
  const report = await openReportWorkbook(plans, options);
  options.onProgress?.("finishing", 1);
  return { ...report, syncs };
}

/** Brings a sheet to the front and selects a cell (an issue's link in the pane); `cell` null selects nothing. */
export function selectIssueCell(
  sheet: string,
  cell: string | null,
  options: Pick<OperationOptions, "locale"> = { locale: "vi" },
): Promise<{ syncs: number }> {
  return operation(options, async (session) => {
    const { context } = session;
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    if (cell) worksheet.getRange(cell).select();
    await context.sync();
    return { syncs: session.syncs };
  });
}

/** The review step: `Cấu hình` to the front with its "Cơ quan" value selected (one sync, as an issue's link). */
export function openSettings(
  options: Pick<OperationOptions, "locale"> = { locale: "vi" },
): Promise<{ syncs: number }> {
  return selectIssueCell(SHEET.settings, AGENCY_CELL, options);
}

const sameSheetName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * The end-of-campaign clean-up of personal data: deletes the four generated sheets and any temporary sheet a failed
 * run left, and the very hidden stamp sheet (not listed in `deleted`: it holds hashes, no personal data, and the
 * clerk never saw it). The input sheets are the clerks' and stay. A generated sheet edited by hand since the add-in
 * wrote it is not deleted unless `replaceEditedSheets` says so (EditedSheetsError, as for Compute): the first sync
 * reads the generated sheets' values and stamps with the sheet list it needed anyway, so the syncs stay two.
 */
export function clearGeneratedSheets(
  options: Pick<OperationOptions, "locale" | "onProgress" | "replaceEditedSheets"> = { locale: "vi" },
): Promise<ClearReport> {
  return operation(options, async (session) => {
    const { context } = session;
    const { listing, owned } = await readWorkbook(session, [], ownedSheetsFor(GENERATED_SHEETS));
    if (options.replaceEditedSheets !== true) {
      const edited = editedSheets(owned, GENERATED_SHEETS);
      if (edited.length > 0) throw EditedSheetsError.of(edited, options.locale);
    }
    const worksheets = context.workbook.worksheets;
    const generated = GENERATED_SHEETS.map((name) => name.toLocaleLowerCase());
    const doomed = listing.sheets
      .map((sheet) => sheet.name)
      .filter((name) => {
        const key = name.toLocaleLowerCase();
        return (
          generated.includes(key) ||
          (key.startsWith(TEMPORARY_PREFIX) && generated.includes(key.slice(TEMPORARY_PREFIX.length)))
        );
      });
    for (const name of doomed) worksheets.getItem(name).delete();
    // The stamps go with the sheets they describe. Excel refuses to delete a very hidden sheet: hide it first.
    const stampEntry = listing.sheets.find((sheet) => sameSheetName(sheet.name, STAMP_SHEET));
    if (stampEntry) {
      const stamps = worksheets.getItem(stampEntry.name);
      stamps.visibility = "Hidden";
      stamps.delete();
    }
    if (doomed.length > 0 || stampEntry) await context.sync();
    return { deleted: doomed, syncs: session.syncs, fallbacks: [] };
  });
}
