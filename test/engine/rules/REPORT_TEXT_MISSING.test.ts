import { baseSheets, issuesOf, run } from "../../support/workbook-builder";

function withSettings(values: Record<string, string | null>) {
  const sheets = baseSheets();
  for (const [key, value] of Object.entries(values)) {
    const row = sheets["Cấu hình"].find((r) => r[0] === key);
    if (!row) throw new Error(`no setting ${key}`);
    row[1] = value;
  }
  return sheets;
}

describe("REPORT_TEXT_MISSING (blank Ưu điểm, Hạn chế, Đề xuất)", () => {
  it("warns once per blank key, on its Giá trị cell, before an official export prints dotted lines", () => {
    const result = run(withSettings({ "Ưu điểm": null, "Đề xuất": "   " }));
    const issues = issuesOf(result, "REPORT_TEXT_MISSING");
    const row = (key: string) => baseSheets()["Cấu hình"].findIndex((r) => r[0] === key) + 1;
    expect(issues).toEqual([
      expect.objectContaining({ sheet: "Cấu hình", cell: `B${row("Ưu điểm")}`, severity: "warning" }),
      expect.objectContaining({ sheet: "Cấu hình", cell: `B${row("Đề xuất")}`, severity: "warning" }),
    ]);
    expect(issues[0].message).toContain("Mục “Ưu điểm” còn trống");
    expect(result.counts.error).toBe(0);
  });

  it("is not raised when the three texts are filled", () => {
    expect(issuesOf(run(baseSheets()), "REPORT_TEXT_MISSING")).toEqual([]);
  });

  it("points at the sheet when the key's row is missing altogether", () => {
    const sheets = baseSheets();
    sheets["Cấu hình"] = sheets["Cấu hình"].filter((row) => row[0] !== "Hạn chế");
    expect(issuesOf(run(sheets), "REPORT_TEXT_MISSING")).toEqual([
      expect.objectContaining({
        sheet: "Cấu hình",
        cell: null,
        message: expect.stringContaining("“Hạn chế”"),
      }),
    ]);
  });
});
