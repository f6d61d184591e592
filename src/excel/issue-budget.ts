import { type SheetPlan, SHEET } from "../engine";
import { opBytes } from "./apply-op";
import { PAYLOAD_BUDGET_BYTES } from "./payload-budget";
import { sheetPlanOps } from "./plan-ops";

/**
 * Validate and Compute & fill build their sheets in one sync (SPEC: a constant number of syncs whatever the
 * roster). The lists always fit a 10 000-staff roster; the issues need not: 13 000 invalid birth dates make 8 MB
 * of `Kiểm tra` (a long message and a link per row). So the issue rows get what the other sheets leave of the
 * budget, errors first, and the sheet says how many more the task pane lists.
 */

/** Room kept for the sync's other actions: deleting stale temporary sheets, adding the new ones. */
const BUILD_RESERVE_BYTES = 16 * 1024;

const planBytes = (plan: SheetPlan, pageLayout: boolean): number =>
  sheetPlanOps(plan, { pageLayout }).reduce((sum, op) => sum + opBytes(op), 0);

/**
 * The plans to write, with `Kiểm tra` listing as many issues as fit in one build request beside the other sheets.
 * `plansListing(n)` gives the plans with the first n issues listed; `issueCount` is how many there are.
 */
export function plansWithinBudget(
  plansListing: (listed: number) => SheetPlan[],
  issueCount: number,
  options: { readonly pageLayout: boolean; readonly budget?: number },
): SheetPlan[] {
  const budget = (options.budget ?? PAYLOAD_BUDGET_BYTES) - BUILD_RESERVE_BYTES;
  const all = plansListing(issueCount);
  const issues = all.find((plan) => plan.name === SHEET.issues);
  const others = all
    .filter((plan) => plan !== issues)
    .reduce((sum, plan) => sum + planBytes(plan, options.pageLayout), 0);
  if (!issues || others + planBytes(issues, options.pageLayout) <= budget) return all;

  // A first guess from the average row, then fewer until it fits: the rows differ in length, not in kind.
  const empty = planBytes(
    plansListing(0).find((plan) => plan.name === SHEET.issues)!,
    options.pageLayout,
  );
  const perIssue = Math.max(1, (planBytes(issues, options.pageLayout) - empty) / issueCount);
  let listed = Math.max(0, Math.min(issueCount, Math.floor((budget - others - empty) / perIssue)));
  for (;;) {
    const plans = plansListing(listed);
    const bytes = plans.reduce((sum, plan) => sum + planBytes(plan, options.pageLayout), 0);
    if (bytes <= budget || listed === 0) return plans;
    listed = Math.floor(listed * 0.95);
  }
}
