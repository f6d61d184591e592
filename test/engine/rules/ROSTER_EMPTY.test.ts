import { baseSheets, headerOf, issuesOf, run } from "../../support/workbook-builder";

describe("ROSTER_EMPTY (nothing to report)", () => {
  it("is an error when Cán bộ holds its header and no data row: no official report of zeros", () => {
    const sheets = baseSheets();
    sheets["Cán bộ"] = [headerOf("Cán bộ"), [null, null, null, null, null, null]];
    const result = run(sheets);
    expect(issuesOf(result, "ROSTER_EMPTY")).toEqual([
      expect.objectContaining({ sheet: "Cán bộ", severity: "error", row: null, cell: null }),
    ]);
    expect(issuesOf(result, "ROSTER_EMPTY")[0].message).toContain("Trang tính “Cán bộ” chưa có cán bộ nào");
    expect(result.counts.error).toBe(1);
  });

  it("is not raised for a roster with one staff member, nor when the sheet is missing (SHEET_MISSING says so)", () => {
    const one = baseSheets();
    one["Cán bộ"] = one["Cán bộ"].slice(0, 2);
    expect(issuesOf(run(one), "ROSTER_EMPTY")).toEqual([]);
    const missing = baseSheets();
    delete missing["Cán bộ"];
    const result = run(missing);
    expect(issuesOf(result, "ROSTER_EMPTY")).toEqual([]);
    expect(issuesOf(result, "SHEET_MISSING").map((issue) => issue.sheet)).toContain("Cán bộ");
  });

  it("speaks English when the pane does", () => {
    const sheets = baseSheets();
    sheets["Cán bộ"] = [headerOf("Cán bộ")];
    expect(issuesOf(run(sheets, "2024-07-05", "en"), "ROSTER_EMPTY")[0].message).toBe(
      'Sheet "Cán bộ" has no staff yet: enter the staff list before making the report (no official report until then).',
    );
  });
});
