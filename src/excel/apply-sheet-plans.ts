import type { SheetPlan } from "../engine";
import { sheetPlanOps } from "./plan-ops";
import type { WorkbookListing } from "./read-workbook";
import type { Session } from "./session";
import { type WriteOptions, type WriteResult, writeSheets } from "./write-sheets";

/**
 * Writes generated sheets from their plans, all together: one build sync per ~4 MB of requests (one for any
 * realistic roster), then one swap sync. The same plans the command line writes into its file.
 */
export function applySheetPlans(
  session: Session,
  listing: WorkbookListing,
  plans: readonly SheetPlan[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const pageLayout = session.features.pageLayout;
  return writeSheets(
    session,
    listing,
    plans.map((plan) => ({ name: plan.name, ops: sheetPlanOps(plan, { pageLayout }) })),
    options,
  );
}
