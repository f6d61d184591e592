import type { CampaignResult } from "../campaign/run-campaign";
import type { IsoDate } from "../dates";
import { sameChildKey } from "../lists/same-child";
import { SHEET } from "../schema";
import { schoolYearLabel } from "../settings";

/** Money and a count, as the consolidation table shows them. */
export interface CountTotal {
  readonly count: number;
  readonly total: number;
}

/**
 * One agency's figures, as read from its own file by the engine: what the receiving agency's table shows in one
 * row. Plain data (no class, no Map), so it crosses a worker boundary (worker_threads, Web Worker) as it is.
 */
export interface AgencyRow {
  /** The file it was read from, as given (the CLI's path, the page's file name). */
  readonly file: string;
  /** `Cấu hình.Cơ quan`. */
  readonly agency: string;
  readonly parentAgency: string;
  readonly year: number;
  readonly schoolYear: string;
  readonly reportDate: IsoDate;
  readonly deadline: IsoDate;
  /** The report date is on or before `Hạn báo cáo`. */
  readonly onTime: boolean;
  /** Validation errors left in the file: its figures leave those rows out. */
  readonly errors: number;
  readonly staff: number;
  /** Distinct children entered (the same-child rule applied within the agency). */
  readonly children: number;
  readonly gifts: CountTotal;
  readonly awards: CountTotal;
  readonly contributions: ContributionFigures;
  /** Total spend: the activities' `Kinh phí`, summed once (SPEC §3). */
  readonly spend: number;
  readonly activities: number;
  readonly slogans: { readonly posted: number; readonly total: number };
}

/** Contributions as an agency reports them, and as the province adds them up. */
export interface ContributionFigures {
  readonly total: number;
  readonly contributors: number;
  readonly staffContributors: number;
  /** Staff contributors / staff, to 4 decimals (for the province: of all agencies' staff, not an average of rates). */
  readonly participation: number;
  readonly byPurpose: readonly ({ readonly purpose: string } & CountTotal)[];
}

/** A child on one agency's gift or award list, for the cross-agency same-child rule. */
export interface ListedChild {
  readonly name: string;
  readonly birthDate: IsoDate;
}

/** What one agency's file contributes to the consolidation. */
export interface AgencyReport {
  readonly row: AgencyRow;
  readonly children: readonly ListedChild[];
}

/** The consolidation's view of one agency's engine result. */
export function agencyReport(file: string, result: CampaignResult): AgencyReport {
  const { settings, contributions } = result;
  const children = new Map<string, ListedChild>();
  // A child is paid by the agency when it is on its gift list or its award list; each list holds it once.
  for (const entry of [...result.gifts.entries, ...result.awards.entries]) {
    children.set(sameChildKey(entry.name, entry.birthDate), { name: entry.name, birthDate: entry.birthDate });
  }
  return {
    row: {
      file,
      agency: settings.agency,
      parentAgency: settings.parentAgency,
      year: settings.year,
      schoolYear: schoolYearLabel(settings.schoolYear),
      reportDate: result.reportDate,
      deadline: settings.deadline,
      onTime: result.daysToDeadline >= 0,
      errors: result.counts.error,
      staff: result.staff.count,
      children: result.children.unique,
      gifts: { count: result.gifts.count, total: result.gifts.total },
      awards: { count: result.awards.count, total: result.awards.total },
      contributions: {
        total: contributions.total,
        contributors: contributions.contributors,
        staffContributors: contributions.staffContributors,
        participation: contributions.participation,
        byPurpose: contributions.byPurpose.map(({ purpose, count, total }) => ({ purpose, count, total })),
      },
      spend: result.activities.cost,
      activities: result.activities.count,
      slogans: { posted: result.slogans.posted, total: result.slogans.total },
    },
    children: [...children.values()],
  };
}

/**
 * A workbook without the tracker's core sheets is not an agency's report (a stray spreadsheet in the folder, the
 * wrong attachment): listed as unreadable with the engine's own message rather than as an agency of defaults.
 */
const CORE_SHEETS: readonly string[] = [SHEET.settings, SHEET.staff, SHEET.children];

export function notAReport(result: CampaignResult): string | null {
  const missing = result.issues.filter(
    (issue) => issue.code === "SHEET_MISSING" && CORE_SHEETS.includes(issue.sheet),
  );
  if (missing.length === 0) return null;
  return `không phải sổ theo dõi Tháng hành động (thiếu trang tính ${missing.map((issue) => issue.sheet).join(", ")})`;
}
