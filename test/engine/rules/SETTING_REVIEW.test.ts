import { baseSheets, issuesOf, run, type Sheets } from "../../support/workbook-builder";

/** `Cấu hình` with the review column, and the mark beside the named keys. */
function marked(keys: readonly string[], mark = "Cần xem lại"): Sheets {
  const sheets = baseSheets();
  const [header, ...rows] = sheets["Cấu hình"];
  sheets["Cấu hình"] = [
    [header[0], header[1], "Xem lại"],
    ...rows.map((row) => [row[0], row[1], keys.includes(String(row[0])) ? mark : null]),
  ];
  return sheets;
}

const rowOf = (sheets: Sheets, key: string): number =>
  sheets["Cấu hình"].findIndex((row) => row[0] === key) + 1;

describe("SETTING_REVIEW (a setting carried into a new year, not yet confirmed)", () => {
  it("warns once per marked key, on the mark's cell, naming the key and its value", () => {
    const sheets = marked(["Cơ quan", "Người ký"]);
    sheets["Cấu hình"][rowOf(sheets, "Người ký") - 1][1] = "Triệu Ngọc Trung";
    const issues = issuesOf(run(sheets), "SETTING_REVIEW");
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: "Cấu hình",
        row: rowOf(sheets, "Cơ quan"),
        column: "Xem lại",
        cell: `C${rowOf(sheets, "Cơ quan")}`,
        severity: "warning",
      }),
      expect.objectContaining({ cell: `C${rowOf(sheets, "Người ký")}`, severity: "warning" }),
    ]);
    expect(issues[0].message).toContain("“Cơ quan”");
    expect(issues[0].message).toContain("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(issues[1].message).toContain("Triệu Ngọc Trung");
  });

  it("is gone once the clerk deletes the mark or writes something else over it", () => {
    expect(issuesOf(run(marked(["Cơ quan"], "")), "SETTING_REVIEW")).toEqual([]);
    expect(issuesOf(run(marked(["Cơ quan"], "Đã xem")), "SETTING_REVIEW")).toEqual([]);
  });

  it("matches the mark like a header (case, diacritics, spaces)", () => {
    expect(issuesOf(run(marked(["Cơ quan"], "  can XEM lai ")), "SETTING_REVIEW")).toHaveLength(1);
  });

  it("raises nothing on a workbook without the `Xem lại` column (older workbooks)", () => {
    const result = run(baseSheets());
    expect(issuesOf(result, "SETTING_REVIEW")).toEqual([]);
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("never blocks: the settings are read and used as they are", () => {
    const result = run(marked(["Cơ quan", "Nơi nhận báo cáo"]));
    expect(result.counts.error).toBe(0);
    expect(result.settings.agency).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
  });

  it("speaks English when asked", () => {
    const [issue] = issuesOf(run(marked(["Cơ quan"]), "2024-07-05", "en"), "SETTING_REVIEW");
    expect(issue.message).toMatch(
      /^Setting "Cơ quan" .*carried over from last year.*delete "Cần xem lại" in cell C\d+\.$/,
    );
  });
});
