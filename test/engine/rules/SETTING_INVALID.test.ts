import { baseSheets, issuesOf, run } from "../../support/workbook-builder";

function withSetting(key: string, value: string | number | null) {
  const sheets = baseSheets();
  const row = sheets["Cấu hình"].find((r) => r[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  row[1] = value;
  return sheets;
}

describe("SETTING_INVALID", () => {
  it.each([
    ["Ngày tính tuổi", "31/02/2024", "B6"],
    ["Tuổi nhận quà (dưới)", "mười sáu", "B7"],
    ["Giá trị quà", "-5", "B8"],
    ["Năm học", "2023-2025", "B9"],
    ["Cách tính khen thưởng", "Trung bình", "B10"],
  ])("flags %s = %p at its value cell and falls back to the default", (key, value, cell) => {
    const result = run(withSetting(key, value));
    expect(issuesOf(result, "SETTING_INVALID")).toEqual([
      expect.objectContaining({ sheet: "Cấu hình", cell, column: "Giá trị", severity: "error" }),
    ]);
    expect(result.settings.referenceDate).toBe("2024-06-01");
  });

  it("reads a valid Cộng dồn rule, a 2025 campaign and its derived defaults", () => {
    const sheets = withSetting("Năm tổ chức", 2025);
    for (const key of ["Ngày bắt đầu", "Ngày kết thúc", "Ngày tính tuổi", "Hạn báo cáo", "Năm học"]) {
      sheets["Cấu hình"] = sheets["Cấu hình"].filter((row) => row[0] !== key);
    }
    sheets["Cấu hình"].find((r) => r[0] === "Cách tính khen thưởng")![1] = "cong don";
    const result = run(sheets, "2025-07-01");
    expect(result.settings).toMatchObject({
      year: 2025,
      awardRule: "cumulative",
      referenceDate: "2025-06-01",
      endDate: "2025-06-30",
      deadline: "2025-07-22",
      schoolYear: { first: 2024, last: 2025 },
    });
    expect(issuesOf(result, "SETTING_MISSING").map((i) => i.severity)).toEqual(Array(5).fill("warning"));
  });

  it("treats a blank optional key (Ngày báo cáo) as 'use today', silently", () => {
    const result = run(withSetting("Ngày báo cáo", null), "2024-07-10");
    expect(result.reportDate).toBe("2024-07-10");
    expect(result.daysToDeadline).toBe(12);
    expect(result.issues).toEqual([]);
  });

  it("uses a filled Ngày báo cáo over today, and shows an overdue report as negative days", () => {
    const result = run(withSetting("Ngày báo cáo", "25/07/2024"), "2024-07-05");
    expect(result.reportDate).toBe("2024-07-25");
    expect(result.daysToDeadline).toBe(-3);
  });
});
