import { baseSheets, issuesOf, run } from "../../support/workbook-builder";

describe("SHEET_MISSING", () => {
  it("is an error for the rosters the lists stand on", () => {
    const sheets = baseSheets();
    delete sheets["Cán bộ"];
    delete sheets["Con"];
    const result = run(sheets);
    expect(issuesOf(result, "SHEET_MISSING")).toEqual([
      expect.objectContaining({ sheet: "Cán bộ", row: null, cell: null, severity: "error" }),
      expect.objectContaining({ sheet: "Con", severity: "error" }),
    ]);
    expect(result.gifts.count).toBe(0);
  });

  it.each(["Cấu hình", "Mức khen thưởng", "Đơn vị", "Hoạt động", "Khẩu hiệu", "Ủng hộ"])(
    "is a warning for %s, and the defaults stand in",
    (name) => {
      const sheets = baseSheets();
      delete sheets[name];
      const result = run(sheets);
      expect(issuesOf(result, "SHEET_MISSING")).toEqual([
        expect.objectContaining({ sheet: name, severity: "warning" }),
      ]);
      expect(result.counts.error).toBe(0);
    },
  );

  it("uses the 2024 plan's settings when Cấu hình is absent", () => {
    const sheets = baseSheets();
    delete sheets["Cấu hình"];
    const { settings } = run(sheets);
    expect(settings.referenceDate).toBe("2024-06-01");
    expect(settings.giftValue).toBe(200_000);
    expect(settings.deadline).toBe("2024-07-22");
  });

  it("counts the plan's 12 slogans, none posted, when Khẩu hiệu is absent", () => {
    const sheets = baseSheets();
    delete sheets["Khẩu hiệu"];
    expect(run(sheets).slogans).toMatchObject({ total: 12, posted: 0 });
    expect(run(sheets).slogans.unposted.map((slogan) => slogan.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it("finds sheets whose names were typed without diacritics", () => {
    const sheets = baseSheets();
    sheets["Can bo"] = sheets["Cán bộ"];
    delete sheets["Cán bộ"];
    expect(run(sheets).issues).toEqual([]);
  });
});
