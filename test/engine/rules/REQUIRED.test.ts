import {
  baseSheets,
  cellsOf,
  contributionRow,
  headerOf,
  run,
  withChildren,
} from "../../support/workbook-builder";

describe("REQUIRED", () => {
  it("flags each empty required cell of Con and leaves the row out of the lists", () => {
    const result = run(withChildren({ name: "  ", born: "" }, { name: "Trần Minh Đức" }));
    expect(cellsOf(result, "REQUIRED")).toEqual(["Con!B2", "Con!C2"]);
    expect(result.gifts.count).toBe(1);
    expect(result.issues[0].message).toMatch(/chưa được tính/);
  });

  it("needs Mã CB or Họ và tên on a contribution", () => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [headerOf("Ủng hộ"), contributionRow({ amount: 500000 })];
    const result = run(sheets);
    expect(cellsOf(result, "REQUIRED")).toEqual(["Ủng hộ!B2"]);
    expect(result.contributions.total).toBe(0);
  });
});
