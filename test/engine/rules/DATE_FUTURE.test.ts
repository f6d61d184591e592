import { cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("DATE_FUTURE", () => {
  it("refuses a birth after the report date, not one on it", () => {
    const result = run(
      withChildren({ born: "06/07/2024" }, { name: "Phạm Gia Huy", born: "05/07/2024" }),
      "2024-07-05",
    );
    expect(cellsOf(result, "DATE_FUTURE")).toEqual(["Con!C2"]);
  });
});
