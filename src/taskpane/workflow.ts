import type { CampaignResult } from "../engine";

/** The guided steps in order; `clear` is not one of them, it sits apart under "Sau đợt". */
export type StepKey = "setup" | "review" | "validate" | "compute" | "export";

export const STEPS: readonly StepKey[] = ["setup", "review", "validate", "compute", "export"];

/**
 * Where the workbook stands, as far as the pane knows:
 * - `empty`: input sheets are missing (a new workbook) → Set up;
 * - `review`: just set up, `Cấu hình` holds the plan's defaults → the clerk reviews agency, signer and dates;
 * - `enter-data`: `Cán bộ` has no staff row → type the roster, then check (never a green success);
 * - `unchecked`: data, not checked in this pane yet → Validate;
 * - `errors`: the last check found errors → fix them, then check again;
 * - `clean`: checked, no error → Export.
 */
export type WorkbookState = "empty" | "review" | "enter-data" | "unchecked" | "errors" | "clean";

export const NEXT_STEP: Readonly<Record<WorkbookState, StepKey>> = {
  empty: "setup",
  review: "review",
  "enter-data": "validate",
  unchecked: "validate",
  errors: "validate",
  clean: "export",
};

/*
 * Re-checking after the clerk fixes a cell is a click ("Kiểm tra lại" in the message bar, and the Validate step stays
 * primary while errors remain), not a re-check on `onChanged`: Validate rewrites `Kiểm tra`, which would itself
 * change the workbook; co-authors' edits would fire it too; each check rereads every input sheet (about a second of
 * round trips at 30 000 staff on the web), far too often while someone types; and a list that reshuffles under the
 * clerk's pointer loses their place. The clerk decides when the list is fresh.
 */

/** What the pane learnt from a read of the workbook. */
export interface WorkbookFacts {
  /** An input sheet the engine requires is absent (SHEET_MISSING at error level). */
  readonly sheetsMissing: boolean;
  readonly staffRows: number;
  readonly errors: number;
}

export function factsOf(result: Pick<CampaignResult, "issues" | "staff" | "counts">): WorkbookFacts {
  return {
    sheetsMissing: result.issues.some(
      (issue) => issue.code === "SHEET_MISSING" && issue.severity === "error",
    ),
    staffRows: result.staff.rows,
    errors: result.counts.error,
  };
}

/**
 * The state from the facts and what happened in this pane: `checked` once Validate, Compute or Export ran on these
 * facts, `reviewPending` between Set up and the clerk opening `Cấu hình`. Zero staff rows is "enter data" whatever
 * the engine's error count says: an empty roster is never a success.
 */
export function workbookState(
  facts: WorkbookFacts,
  pane: { readonly checked: boolean; readonly reviewPending: boolean },
): WorkbookState {
  if (facts.sheetsMissing) return "empty";
  if (pane.reviewPending) return "review";
  if (facts.staffRows === 0) return "enter-data";
  if (!pane.checked) return "unchecked";
  return facts.errors > 0 ? "errors" : "clean";
}
