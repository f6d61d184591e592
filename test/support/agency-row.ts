import type { AgencyRow } from "../../src/engine/consolidation/agency-report";

/** One agency's row of a consolidation, written by hand: an ordinary on-time report unless `overrides` say else. */
export function agencyRow(agency: string, overrides: Partial<AgencyRow> = {}): AgencyRow {
  return {
    file: `${agency}.xlsx`,
    agency,
    parentAgency: "UBND TỈNH BẮC GIANG",
    year: 2024,
    schoolYear: "2023-2024",
    reportDate: "2024-07-05",
    deadline: "2024-07-10",
    onTime: true,
    errors: 0,
    staff: 40,
    children: 25,
    gifts: { count: 20, total: 4_000_000 },
    awards: { count: 5, total: 1_000_000 },
    contributions: {
      total: 6_000_000,
      contributors: 31,
      staffContributors: 30,
      participation: 0.75,
      byPurpose: [],
    },
    spend: 2_500_000,
    activities: 3,
    slogans: { posted: 10, total: 12 },
    ...overrides,
  };
}
