/** The Office.js adapter's public surface: what the task pane and the ribbon commands call. */
export {
  setUp,
  validate,
  computeAndFill,
  exportReportWorkbook,
  openReportWorkbook,
  selectIssueCell,
  openSettings,
  clearGeneratedSheets,
} from "./operations";
export { inProcessEngine, runEngineJob } from "./engine-port";
export type { EngineAnswers, EngineJob, EnginePort, EngineStage } from "./engine-port";
export type {
  ClearReport,
  ComputeReport,
  ExportReport,
  Fallback,
  OperationOptions,
  OperationReport,
  SetUpReport,
  ValidateReport,
} from "./operation-types";
export type { OperationStep, ProgressListener } from "./session";
export { OfficeOperationError } from "./office-errors";
export { EditedSheetsError } from "./edited-sheets";
export { officeLocale } from "./office-locale";
export { detectFeatures, type ExcelFeatures } from "./features";
export { REPORT_WORKBOOK_SHEETS } from "./report-workbook";
export { readSnapshot } from "./read-workbook";
export { prepareNextYear } from "./next-year";
export type { NextYearReport } from "./next-year";
