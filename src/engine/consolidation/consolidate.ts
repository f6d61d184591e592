import type { IsoDate } from "../dates";
import { sameChildKey } from "../lists/same-child";
import { compareVietnamese, foldKey } from "../text";
import type { AgencyReport, AgencyRow, ContributionFigures, CountTotal } from "./agency-report";

/** A file that could not be read as a tracker or a report workbook, and why, in the clerk's words. */
export interface UnreadableFile {
  readonly file: string;
  readonly reason: string;
}

/** A child on the lists of more than one agency (typically the mother in one, the father in another). */
export interface CrossAgencyChild {
  readonly name: string;
  readonly dateOfBirth: IsoDate;
  /** The agencies that list the child, in the table's order. */
  readonly agencies: readonly string[];
}

export interface ConsolidationTotals {
  readonly agencies: number;
  readonly errors: number;
  readonly staff: number;
  readonly children: number;
  readonly gifts: CountTotal;
  readonly awards: CountTotal;
  readonly contributions: ContributionFigures;
  readonly spend: number;
  readonly activities: number;
  /** Agencies that reported after their deadline. */
  readonly late: number;
}

/** The receiving agency's view of every agency's report (SPEC §5, `consolidate`). */
export interface Consolidation {
  /** One row per readable file, ordered by agency name (Vietnamese collation), then file. */
  readonly agencies: readonly AgencyRow[];
  readonly totals: ConsolidationTotals;
  readonly crossAgencyChildren: readonly CrossAgencyChild[];
  /** Agency names given by more than one file, as written in the first of them. */
  readonly duplicateAgencies: readonly string[];
  readonly unreadable: readonly UnreadableFile[];
}

const sumOf = <T>(items: readonly T[], value: (item: T) => number): number =>
  items.reduce((sum, item) => sum + value(item), 0);

const countTotal = (rows: readonly AgencyRow[], pick: (row: AgencyRow) => CountTotal): CountTotal => ({
  count: sumOf(rows, (row) => pick(row).count),
  total: sumOf(rows, (row) => pick(row).total),
});

function purposesOf(rows: readonly AgencyRow[]): ConsolidationTotals["contributions"]["byPurpose"] {
  const byPurpose = new Map<string, { purpose: string; count: number; total: number }>();
  for (const row of rows) {
    for (const { purpose, count, total } of row.contributions.byPurpose) {
      const line = byPurpose.get(purpose) ?? { purpose, count: 0, total: 0 };
      line.count += count;
      line.total += total;
      byPurpose.set(purpose, line);
    }
  }
  return [...byPurpose.values()];
}

function totalsOf(rows: readonly AgencyRow[]): ConsolidationTotals {
  const staff = sumOf(rows, (row) => row.staff);
  const staffContributors = sumOf(rows, (row) => row.contributions.staffContributors);
  return {
    agencies: rows.length,
    errors: sumOf(rows, (row) => row.errors),
    staff,
    children: sumOf(rows, (row) => row.children),
    gifts: countTotal(rows, (row) => row.gifts),
    awards: countTotal(rows, (row) => row.awards),
    contributions: {
      total: sumOf(rows, (row) => row.contributions.total),
      contributors: sumOf(rows, (row) => row.contributions.contributors),
      staffContributors,
      participation: staff === 0 ? 0 : Math.round((staffContributors / staff) * 10_000) / 10_000,
      byPurpose: purposesOf(rows),
    },
    spend: sumOf(rows, (row) => row.spend),
    activities: sumOf(rows, (row) => row.activities),
    late: rows.filter((row) => !row.onTime).length,
  };
}

const agencyKey = (agency: string): string => foldKey(agency);

function duplicateAgencies(rows: readonly AgencyRow[]): string[] {
  const seen = new Map<string, { name: string; files: number }>();
  for (const row of rows) {
    const entry = seen.get(agencyKey(row.agency)) ?? { name: row.agency, files: 0 };
    entry.files += 1;
    seen.set(agencyKey(row.agency), entry);
  }
  return [...seen.values()].filter((entry) => entry.files > 1).map((entry) => entry.name);
}

/**
 * The same-child rule (SPEC §3) across agencies: one agency already lists such a child once; two agencies each
 * list it, and only the receiving agency can see that. The same agency's name in two files is not two agencies:
 * that is reported as a duplicate agency instead.
 */
function crossAgencyChildren(reports: readonly AgencyReport[]): CrossAgencyChild[] {
  const byChild = new Map<string, { name: string; dateOfBirth: IsoDate; agencies: Map<string, string> }>();
  for (const report of reports) {
    for (const child of report.children) {
      const key = sameChildKey(child.name, child.birthDate);
      const entry = byChild.get(key) ?? {
        name: child.name,
        dateOfBirth: child.birthDate,
        agencies: new Map(),
      };
      if (!entry.agencies.has(agencyKey(report.row.agency)))
        entry.agencies.set(agencyKey(report.row.agency), report.row.agency);
      byChild.set(key, entry);
    }
  }
  return [...byChild.values()]
    .filter((entry) => entry.agencies.size > 1)
    .map((entry) => ({
      name: entry.name,
      dateOfBirth: entry.dateOfBirth,
      agencies: [...entry.agencies.values()],
    }))
    .sort((a, b) => compareVietnamese(a.name, b.name) || a.dateOfBirth.localeCompare(b.dateOfBirth));
}

const byAgencyThenFile = (a: AgencyReport, b: AgencyReport): number =>
  compareVietnamese(a.row.agency, b.row.agency) || compareVietnamese(a.row.file, b.row.file);

/**
 * Adds up the agencies' reports. Pure and deterministic: the order files were read in (workers finish in any
 * order) does not change the result.
 */
export function consolidate(
  reports: readonly AgencyReport[],
  unreadable: readonly UnreadableFile[] = [],
): Consolidation {
  const ordered = [...reports].sort(byAgencyThenFile);
  const rows = ordered.map((report) => report.row);
  return {
    agencies: rows,
    totals: totalsOf(rows),
    crossAgencyChildren: crossAgencyChildren(ordered),
    duplicateAgencies: duplicateAgencies(rows),
    unreadable: [...unreadable].sort((a, b) => compareVietnamese(a.file, b.file)),
  };
}
