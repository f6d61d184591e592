/** The receiving agency's consolidation: many agencies' engine results in, one province-level table out. */
export { agencyReport, notAReport } from "./agency-report";
export type { AgencyReport, AgencyRow, CountTotal, ListedChild } from "./agency-report";
export { consolidate } from "./consolidate";
export type { Consolidation, ConsolidationTotals, CrossAgencyChild, UnreadableFile } from "./consolidate";
export { consolidationSheets } from "./consolidation-sheets";
