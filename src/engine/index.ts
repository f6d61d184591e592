/** The engine's public surface: adapters and faces import from here only. */
export type { Cell, CellError, SheetGrid, WorkbookSnapshot } from "./cell";
export { isExcelErrorLiteral } from "./cell";
export type { IsoDate } from "./dates";
export { formatDayMonthYear, fromExcelSerial, parseDateText, toExcelSerial } from "./dates";
export type { Issue, IssueCode, Severity } from "./issues";
export type { Locale } from "./messages";
export { formatVnd } from "./money";
export { SHEET, GENERATED_SHEETS, INPUT_SHEETS, ACTIVITY_TYPES } from "./schema";
export type { CampaignSettings } from "./settings";
export { runCampaign } from "./campaign/run-campaign";
export type { CampaignOptions, CampaignResult } from "./campaign/run-campaign";
export { campaignSummary } from "./campaign/summary";
export type { CampaignSummary, OutputPaths } from "./campaign/summary";
export { buildReportModel } from "./campaign/report-model";
export type { ReportModel } from "./campaign/report-model";
export type { ActivityItem, SourceTotal } from "./roster/activities";
export type {
  SheetPlan,
  PlanCell,
  PlanColumn,
  PlanRow,
  PlanLink,
  PlanMerge,
  RowKind,
  RowLook,
  CellFormat,
  CellLookOverride,
  PlanRule,
  PageMargins,
  PagePlan,
  PageHeaderFooter,
  HeaderFooterSections,
} from "./sheets/sheet-plan";
export { isPlanLink, planCellText, spanningRow } from "./sheets/sheet-plan";
export {
  planCellLook,
  NUMBER_FORMAT,
  ROW_STYLE,
  TEXT_FORMAT,
  GENERAL_FORMAT,
  BORDER_COLOR,
  LINK_COLOR,
  PRINT_MARGINS,
  RULE_COLOR,
  MM_PER_INCH,
  planMargins,
  printAreaAddress,
} from "./sheets/plan-look";
export type { CellLook, RowStyle } from "./sheets/plan-look";
export { PREPARED_ROWS, INPUT_COLUMN_FORMAT, DROP_DOWN_ERROR } from "./sheets/input-look";
export { issuesSheet } from "./sheets/issues-sheet";
export { giftListSheet, awardListSheet } from "./sheets/list-sheets";
export type { GiftList, GiftEntry } from "./lists/gift-list";
export type { AwardList, AwardEntry } from "./lists/award-list";
export { inputTemplates, CATALOG_SHEET, CATALOG_LISTS, DATE_SETTING_KEYS } from "./sheets/input-template";
export type { SheetTemplate, TemplateColumn, ListSource } from "./sheets/input-template";
export type { ColumnKind, ColumnSpec, InputSheetName } from "./schema";
export { locateHeaderRow, findSheet } from "./table";
export { inputSheetSpec } from "./schema";
export type { InputSheetSpec } from "./schema";
export {
  STAMP_SHEET,
  STAMP_HEADER,
  valuesStamp,
  planStamp,
  readStamps,
  stampOf,
  isAsStamped,
  stampRows,
} from "./sheets/sheet-stamp";
export type { SheetStamp } from "./sheets/sheet-stamp";
export { agencyReport, consolidate, consolidationSheets, notAReport } from "./consolidation";
export type {
  AgencyReport,
  AgencyRow,
  Consolidation,
  ConsolidationTotals,
  CrossAgencyChild,
  UnreadableFile,
} from "./consolidation";
export { rollOver, campaignYearOf } from "./next-year/rollover";
export type { NextYearWorkbook } from "./next-year/rollover";
export { nextGrade } from "./next-year/grade";
export { REVIEW_COLUMN, REVIEW_MARK, REVIEWED_SETTING_KEYS, isReviewMark } from "./next-year/review-mark";
