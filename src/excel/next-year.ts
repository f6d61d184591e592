import { inputTemplates, type NextYearWorkbook, rollOver } from "../engine";
import { toBase64 } from "./lists-workbook";
import { friendlyError } from "./office-errors";
import { fallbacksOf, type OperationOptions, type OperationReport } from "./operation-types";
import { INPUT_SHEET_NAMES, readWorkbook } from "./read-workbook";
import { runSession } from "./session";

export interface NextYearReport extends OperationReport {
  /** False where `Excel.createWorkbook` is missing (ExcelApi 1.7): nothing was read or made (see `fallbacks`). */
  readonly opened: boolean;
  /** Last year's campaign year and the new one; null when nothing was read. */
  readonly fromYear: number | null;
  readonly year: number | null;
  /** `Cấu hình` keys marked `Cần xem lại` in the new workbook. */
  readonly reviewed: readonly string[];
  readonly bytes: number;
}

/**
 * The new workbook as base64 for `Excel.createWorkbook`, made by the same writer as `action-month init --from`
 * (src/xlsx/tracker-workbook.ts). Loaded only here, as a separate chunk, like the lists' workbook.
 */
async function nextYearWorkbookBase64(next: NextYearWorkbook): Promise<string> {
  const { trackerWorkbookBytes } = await import("../xlsx/tracker-workbook");
  return toBase64(await trackerWorkbookBytes(inputTemplates(next.year), next.sheets));
}

/**
 * "Chuẩn bị năm sau": next year's tracker, from this workbook's input sheets, opened as a new workbook for the clerk
 * to save under a new name. This workbook is only read (two syncs), never written: it stays as the year's record.
 * Needs `Excel.createWorkbook` (ExcelApi 1.8); without it `opened` is false and nothing is read.
 */
export function prepareNextYear(
  options: Pick<OperationOptions, "locale" | "onProgress">,
): Promise<NextYearReport> {
  return runSession(options.onProgress, async (session) => {
    const fallbacks = fallbacksOf(session.features, ["createWorkbook"]);
    if (!session.features.createWorkbook) {
      return { opened: false, fromYear: null, year: null, reviewed: [], bytes: 0, syncs: 0, fallbacks };
    }
    session.report("reading", 0);
    const { snapshot } = await readWorkbook(session, INPUT_SHEET_NAMES);
    session.report("checking", 0.4);
    const next = rollOver(snapshot);
    session.report("writing", 0.6);
    const base64 = await nextYearWorkbookBase64(next);
    await Excel.createWorkbook(base64);
    session.report("finishing", 1);
    return {
      opened: true,
      fromYear: next.fromYear,
      year: next.year,
      reviewed: next.reviewed,
      bytes: Math.floor((base64.length * 3) / 4),
      syncs: session.syncs,
      fallbacks,
    };
  }).catch((error: unknown) => {
    throw friendlyError(error, options.locale);
  });
}
