import { cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("PARENT_UNKNOWN", () => {
  it("flags a child whose Mã CB is not on Cán bộ and leaves it out of the lists", () => {
    const result = run(withChildren({ id: "XX99" }, { id: " vp01 ", name: "Trần Minh Đức" }));
    expect(cellsOf(result, "PARENT_UNKNOWN")).toEqual(["Con!A2"]);
    expect(result.gifts.entries.map((e) => e.name)).toEqual(["Trần Minh Đức"]);
  });
});
