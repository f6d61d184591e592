/**
 * The receiving agency's consolidation, on the engine's own results: totals are the agencies' sums, the same child
 * in two agencies is found by the same-child rule (name normalised, date of birth equal), the same agency in two
 * files is flagged rather than counted as a cross-agency duplicate, and the order files arrive in changes nothing.
 */
import { type AgencyReport, agencyReport, consolidate, notAReport, runCampaign } from "../../src/engine";
import { agencyWorkbook } from "../support/agency-workbook";

const TODAY = "2024-07-05";

function agency(name: string, seed: number, child?: { name: string; birthDate: string }): AgencyReport {
  const snapshot = agencyWorkbook({
    agency: name,
    symbol: "X",
    staff: 40,
    seed,
    ...(child ? { sharedChild: child } : {}),
  });
  return agencyReport(`${name}.xlsx`, runCampaign(snapshot, { today: TODAY }));
}

describe("consolidate", () => {
  const a = agency("SỞ TÀI CHÍNH", 11, { name: "Trần Bảo Ngọc", birthDate: "2015-03-12" });
  // The other parent's clerk typed the name in another case and with a double space: still the same child.
  const b = agency("SỞ Y TẾ", 12, { name: "trần  bảo ngọc", birthDate: "2015-03-12" });
  const c = agency("SỞ NỘI VỤ", 13, { name: "Trần Bảo Ngọc", birthDate: "2015-03-13" });

  test("totals are the sums of the agencies' rows; participation is staff contributors over staff", () => {
    const { totals, agencies } = consolidate([a, b, c]);
    const sum = (pick: (row: (typeof agencies)[number]) => number): number =>
      agencies.reduce((total, row) => total + pick(row), 0);
    expect(totals.staff).toBe(sum((row) => row.staff));
    expect(totals.gifts).toEqual({
      count: sum((row) => row.gifts.count),
      total: sum((row) => row.gifts.total),
    });
    expect(totals.awards.total).toBe(sum((row) => row.awards.total));
    expect(totals.contributions.total).toBe(sum((row) => row.contributions.total));
    expect(totals.spend).toBe(sum((row) => row.spend));
    expect(totals.contributions.participation).toBeCloseTo(
      sum((row) => row.contributions.staffContributors) / sum((row) => row.staff),
      4,
    );
    expect(totals.contributions.byPurpose.reduce((total, line) => total + line.total, 0)).toBe(
      totals.contributions.total,
    );
  });

  test("the same child in two agencies is one cross-agency child; another birth date is another child", () => {
    const shared = consolidate([a, b, c]).crossAgencyChildren.filter((child) => /ngọc/i.test(child.name));
    expect(shared).toEqual([
      { name: "Trần Bảo Ngọc", dateOfBirth: "2015-03-12", agencies: ["SỞ TÀI CHÍNH", "SỞ Y TẾ"] },
    ]);
  });

  test("the same agency twice is a duplicate agency, not a cross-agency child", () => {
    const again = { ...a, row: { ...a.row, file: "ban-sao.xlsx", agency: "Sở Tài chính" } };
    const result = consolidate([a, again]);
    // Matched like headers (case aside); named as the first file in the table's order spells it.
    expect(result.duplicateAgencies.map((name) => name.toLocaleLowerCase("vi"))).toEqual(["sở tài chính"]);
    expect(result.crossAgencyChildren).toEqual([]);
  });

  test("the order the files were read in changes nothing", () => {
    expect(consolidate([c, a, b])).toEqual(consolidate([a, b, c]));
  });

  test("a workbook without the tracker's core sheets is not an agency", () => {
    const stray = runCampaign(
      { sheets: [{ name: "Sheet1", rows: [["Họ và tên"], ["Nguyễn Văn A"]] }] },
      { today: TODAY },
    );
    expect(notAReport(stray)).toMatch(/Cán bộ/);
    expect(
      notAReport(
        runCampaign(agencyWorkbook({ agency: "A", symbol: "A", staff: 5, seed: 1 }), { today: TODAY }),
      ),
    ).toBeNull();
  });
});
