/** The report's public surface: the .docx, the `Báo cáo` sheet, and the shared text they are both made from. */
export { renderReportDocx } from "./docx-report";
export { reportSheet } from "./report-sheet";
export { buildReportDocument, blockText } from "./report-document";
export type {
  Annex,
  AnnexColumn,
  AnnexRow,
  BodyBlock,
  CentredLine,
  Closing,
  ReportDocument,
  Run,
} from "./report-document";
export { numberInWords, vndInWords } from "./number-words";
export { buildConsolidationDocument, defaultReceivingAgency } from "./consolidation-document";
export type { ReceivingAgency } from "./consolidation-document";
export { renderConsolidationDocx } from "./consolidation-docx";
