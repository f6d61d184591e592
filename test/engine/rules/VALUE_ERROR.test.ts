import { cellsOf, issuesOf, run, withChildren } from "../../support/workbook-builder";

describe("VALUE_ERROR", () => {
  it("names the Excel error and its cell", () => {
    const result = run(withChildren({ born: { error: "#N/A" } }, { name: { error: "#REF!" } }));
    expect(cellsOf(result, "VALUE_ERROR")).toEqual(["Con!C2", "Con!B3"]);
    expect(issuesOf(result, "VALUE_ERROR")[0].message).toContain("#N/A");
    expect(result.gifts.count).toBe(0);
  });
});
