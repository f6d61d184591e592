import { baseSheets, issuesOf, run } from "../../support/workbook-builder";

describe("STAFF_ID_DUPLICATE", () => {
  it("reports the second row (IDs compare without case), naming the first", () => {
    const sheets = baseSheets();
    sheets["Cán bộ"].push(["vp01", "Hoàng Văn Dũng", "Nam", null, "Văn phòng", null]);
    const result = run(sheets);
    expect(issuesOf(result, "STAFF_ID_DUPLICATE")).toEqual([
      expect.objectContaining({ sheet: "Cán bộ", row: 5, cell: "A5", severity: "error" }),
    ]);
    expect(issuesOf(result, "STAFF_ID_DUPLICATE")[0].message).toContain("dòng 2");
    expect(result.staff.count).toBe(3);
  });
});
