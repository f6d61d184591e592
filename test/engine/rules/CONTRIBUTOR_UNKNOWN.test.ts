import { baseSheets, cellsOf, contributionRow, headerOf, run } from "../../support/workbook-builder";

describe("CONTRIBUTOR_UNKNOWN", () => {
  it("flags a Mã CB not on Cán bộ; a name-only supporter from outside is fine", () => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [
      headerOf("Ủng hộ"),
      contributionRow({ id: "ZZ01", amount: 200000 }),
      contributionRow({ name: "Hội Cựu chiến binh cơ quan", amount: 1000000 }),
    ];
    const result = run(sheets);
    expect(cellsOf(result, "CONTRIBUTOR_UNKNOWN")).toEqual(["Ủng hộ!B2"]);
    expect(result.contributions.total).toBe(1_000_000);
  });
});
