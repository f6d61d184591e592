import { SHEET, type SheetPlan } from "../engine";
import { listsWorkbookBase64 } from "./lists-workbook";

/**
 * The sheets of the report workbook Export opens where the .docx cannot be saved, in this order: the printable
 * report first (what the clerk prints or saves as PDF), then its two annexes.
 */
export const REPORT_WORKBOOK_SHEETS: readonly string[] = [SHEET.report, SHEET.giftList, SHEET.awardList];

/** Of the generated sheets' plans, those the report workbook holds, in its order. */
export function reportWorkbookPlans(plans: readonly SheetPlan[]): SheetPlan[] {
  return REPORT_WORKBOOK_SHEETS.flatMap((name) => plans.filter((plan) => plan.name === name));
}

/**
 * The one place the report workbook's .xlsx is written, as base64 for `Excel.createWorkbook`: the writer behind it
 * (the file layer's new-workbook writer, in a chunk of its own) can change here without the callers knowing. Each plan carries its own
 * A4 page setup, print titles and frozen header, so the file prints as the sheets in this workbook do.
 */
export function buildReportWorkbookBase64(plans: readonly SheetPlan[]): Promise<string> {
  return listsWorkbookBase64(plans);
}
