import { type Locale, renderMessage, type MessageParams } from "./messages";

export type Severity = "error" | "warning" | "info";

/** SPEC §3's codes, plus SETTING_MISSING: a `Cấu hình` key left out, so its default is used (warning). */
export type IssueCode =
  | "SHEET_MISSING"
  | "COLUMN_MISSING"
  | "SETTING_INVALID"
  | "SETTING_MISSING"
  | "REQUIRED"
  | "VALUE_ERROR"
  | "DATE_INVALID"
  | "DATE_FUTURE"
  | "STAFF_ID_DUPLICATE"
  | "UNIT_UNKNOWN"
  | "PARENT_UNKNOWN"
  | "CONTRIBUTOR_UNKNOWN"
  | "AMOUNT_INVALID"
  | "GRADE_INVALID"
  | "ACHIEVEMENT_UNKNOWN"
  | "CHILD_DUPLICATE"
  | "ACHIEVEMENT_GRADE_MISMATCH"
  | "AGE_GRADE_MISMATCH"
  | "NOT_ELIGIBLE_AGE"
  | "ROSTER_EMPTY"
  | "COST_MISMATCH"
  | "REPORT_TEXT_MISSING"
  | "SETTING_REVIEW";

const SEVERITY: Record<IssueCode, Severity> = {
  SHEET_MISSING: "error",
  COLUMN_MISSING: "error",
  SETTING_INVALID: "error",
  SETTING_MISSING: "warning",
  REQUIRED: "error",
  VALUE_ERROR: "error",
  DATE_INVALID: "error",
  DATE_FUTURE: "error",
  STAFF_ID_DUPLICATE: "error",
  UNIT_UNKNOWN: "error",
  PARENT_UNKNOWN: "error",
  CONTRIBUTOR_UNKNOWN: "error",
  AMOUNT_INVALID: "error",
  GRADE_INVALID: "error",
  ACHIEVEMENT_UNKNOWN: "error",
  CHILD_DUPLICATE: "warning",
  ACHIEVEMENT_GRADE_MISMATCH: "warning",
  AGE_GRADE_MISMATCH: "warning",
  NOT_ELIGIBLE_AGE: "info",
  ROSTER_EMPTY: "error",
  COST_MISMATCH: "warning",
  REPORT_TEXT_MISSING: "warning",
  SETTING_REVIEW: "warning",
};

export function severityOf(code: IssueCode): Severity {
  return SEVERITY[code];
}

export interface Issue {
  readonly sheet: string;
  /** Excel row number, or null for an issue about a whole sheet. */
  readonly row: number | null;
  /** The column's header as the contract spells it, or null. */
  readonly column: string | null;
  /** A1 address, or null for an issue about a whole sheet. */
  readonly cell: string | null;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
}

export interface IssueLocation {
  readonly sheet: string;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly cell?: string | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Collects issues in the order they are found and renders their messages in one language. */
export class IssueLog {
  private readonly found: Issue[] = [];

  constructor(readonly locale: Locale) {}

  add(
    code: IssueCode,
    where: IssueLocation,
    params: MessageParams = {},
    severity: Severity = SEVERITY[code],
  ): Issue {
    const issue: Issue = {
      sheet: where.sheet,
      row: where.row ?? null,
      column: where.column ?? null,
      cell: where.cell ?? null,
      code,
      severity,
      message: renderMessage(code, this.locale, {
        sheet: where.sheet,
        cell: where.cell ?? undefined,
        ...params,
      }),
    };
    this.found.push(issue);
    return issue;
  }

  /** Errors first, then warnings, then infos; within a severity, the order of the workbook. */
  sorted(): Issue[] {
    return this.found
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => SEVERITY_RANK[a.issue.severity] - SEVERITY_RANK[b.issue.severity] || a.index - b.index)
      .map(({ issue }) => issue);
  }
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
