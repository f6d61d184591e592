import { baseSheets, cellsOf, contributionRow, headerOf, run } from "../../support/workbook-builder";

describe("AMOUNT_INVALID", () => {
  it.each(["1.5", -100000, 0, "5e5", "năm trăm nghìn"])("refuses %p as a contribution", (amount) => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [headerOf("Ủng hộ"), contributionRow({ id: "VP01", amount })];
    const result = run(sheets);
    expect(cellsOf(result, "AMOUNT_INVALID")).toEqual(["Ủng hộ!E2"]);
    expect(result.contributions.total).toBe(0);
  });

  it("refuses a negative award amount but accepts 0 for a title that earns nothing", () => {
    const sheets = baseSheets();
    sheets["Mức khen thưởng"].push(["Giải khuyến khích", null, -1], ["Giấy khen", null, 0]);
    expect(cellsOf(run(sheets), "AMOUNT_INVALID")).toEqual(["Mức khen thưởng!C11"]);
  });

  it("refuses a head count that is not a whole number", () => {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      [null, "Tặng quà", "Trao quà 1/6", null, "40 người", 2.5, null, null],
    ];
    expect(cellsOf(run(sheets), "AMOUNT_INVALID")).toEqual(["Hoạt động!E2", "Hoạt động!F2"]);
  });
});
