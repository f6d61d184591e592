import {
  awardListSheet,
  type CampaignResult,
  giftListSheet,
  issuesSheet,
  type Locale,
  type ReportModel,
  type SheetPlan,
} from "../engine";
import { reportSheet } from "./report-sheet";

/**
 * The four add-in-owned sheets, in workbook order. The command line and the add-in both write exactly these
 * plans, so the same workbook gives the same lists in either.
 */
export function generatedSheets(
  result: CampaignResult,
  model: ReportModel,
  options: { locale: Locale; draft: boolean; listedIssues?: number },
): SheetPlan[] {
  return [
    issuesSheet(result, options.locale, options.listedIssues),
    giftListSheet(result),
    awardListSheet(result),
    reportSheet(model, { draft: options.draft }),
  ];
}
