import type { IssueCode } from "../../src/engine/issues";

/** Every issue code, once: the record's type makes the compiler name any code added to the engine and not here. */
const EVERY_CODE: Record<IssueCode, true> = {
  SHEET_MISSING: true,
  COLUMN_MISSING: true,
  SETTING_INVALID: true,
  SETTING_MISSING: true,
  REQUIRED: true,
  VALUE_ERROR: true,
  DATE_INVALID: true,
  DATE_FUTURE: true,
  STAFF_ID_DUPLICATE: true,
  UNIT_UNKNOWN: true,
  PARENT_UNKNOWN: true,
  CONTRIBUTOR_UNKNOWN: true,
  AMOUNT_INVALID: true,
  GRADE_INVALID: true,
  ACHIEVEMENT_UNKNOWN: true,
  CHILD_DUPLICATE: true,
  ACHIEVEMENT_GRADE_MISMATCH: true,
  AGE_GRADE_MISMATCH: true,
  NOT_ELIGIBLE_AGE: true,
  ROSTER_EMPTY: true,
  COST_MISMATCH: true,
  REPORT_TEXT_MISSING: true,
  SETTING_REVIEW: true,
};

export const ISSUE_CODES = Object.keys(EVERY_CODE) as IssueCode[];
