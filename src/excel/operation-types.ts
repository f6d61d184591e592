import type { CampaignResult, IsoDate, Issue, Locale, ReportModel, SheetPlan } from "../engine";
import type { EnginePort } from "./engine-port";
import type { ExcelFeatures } from "./features";
import type { ProgressListener } from "./session";

export interface OperationOptions {
  /** The clerk's calendar day (yyyy-mm-dd): the report date when `Ngày báo cáo` is blank. */
  readonly today: IsoDate;
  readonly locale: Locale;
  readonly onProgress?: ProgressListener;
  /** Replace generated sheets even where someone edited them by hand (see EditedSheetsError). */
  readonly replaceEditedSheets?: boolean;
  /** Where the engine runs: the pane passes its Web Worker; in-process by default. */
  readonly engine?: EnginePort;
}

/**
 * A newer API the host lacks, and what was done without it:
 * - `pageLayout` (ExcelApi 1.9): sheets keep Excel's default print setup (no A4/orientation/fit/print titles);
 * - `screenUpdating` (ExcelApi 1.9): the screen may redraw during a long write; nothing else changes;
 * - `dropDowns` (ExcelApi 1.8): new input sheets have no drop-down lists; the engine still checks every value;
 * - `createWorkbook` (ExcelApi 1.8): the report cannot open as a new workbook; it is in this workbook's sheets.
 */
export type Fallback = "pageLayout" | "screenUpdating" | "dropDowns" | "createWorkbook";

export function fallbacksOf(features: ExcelFeatures, used: readonly Fallback[]): Fallback[] {
  const missing: Record<Fallback, boolean> = {
    pageLayout: !features.pageLayout,
    screenUpdating: !features.suspendScreenUpdating,
    dropDowns: !features.dataValidation,
    createWorkbook: !features.createWorkbook,
  };
  return used.filter((fallback) => missing[fallback]);
}

export interface OperationReport {
  /** `context.sync()` round trips made. */
  readonly syncs: number;
  readonly fallbacks: readonly Fallback[];
}

export interface SetUpReport extends OperationReport {
  /** Input sheets created, in workbook order (existing ones are left as they are). */
  readonly created: readonly string[];
  readonly existing: readonly string[];
  readonly catalog: "created" | "updated" | "unchanged";
  /** `Cấu hình` was created and is now the active sheet, its "Cơ quan" value selected for the clerk to check. */
  readonly settingsOpened: boolean;
  readonly dropDownsSkipped: readonly {
    readonly sheet: string;
    readonly column: string;
    readonly reason: "unsupported" | "sourceMissing";
  }[];
  /** COLUMN_MISSING issues of existing sheets: reported, never repaired by moving the clerks' data. */
  readonly missingColumns: readonly Issue[];
}

export interface ValidateReport extends OperationReport {
  readonly result: CampaignResult;
}

export interface ComputeReport extends OperationReport {
  readonly result: CampaignResult;
  readonly model: ReportModel;
  /** The generated sheets as written: Export opens the report's three as a new workbook from these. */
  readonly plans: readonly SheetPlan[];
  /** Errors remain: the report sheet carries the DỰ THẢO stamp. */
  readonly draft: boolean;
  readonly sheets: readonly string[];
}

/** The report workbook Export opens where the .docx cannot be saved. */
export interface ExportReport extends OperationReport {
  /** False where `Excel.createWorkbook` is missing (see `fallbacks`). */
  readonly opened: boolean;
  readonly sheets: readonly string[];
  readonly bytes: number;
}

export interface ClearReport extends OperationReport {
  readonly deleted: readonly string[];
}
