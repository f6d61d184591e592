import { baseSheets, cellsOf, childRow, headerOf, run } from "../support/workbook-builder";

describe("the header row", () => {
  it("may sit below title rows and merged-title blanks, within the first 10 rows", () => {
    const sheets = baseSheets();
    sheets["Con"] = [
      ["DANH SÁCH CON CÁN BỘ"],
      [],
      ["(kèm theo Kế hoạch 63/KH-KHCN)"],
      headerOf("Con"),
      childRow({ born: "31/02/2015" }),
    ];
    const result = run(sheets);
    expect(cellsOf(result, "DATE_INVALID")).toEqual(["Con!C5"]);
  });

  it("matches reordered headers typed without diacritics or in capitals", () => {
    const sheets = baseSheets();
    sheets["Con"] = [
      ["NGAY SINH", "ho va ten con", "Ghi chú", "ma cb"],
      ["02/06/2015", "Nguyễn Minh Châu", "mới vào", "VP01"],
      ["xx/06/2015", "Trần Minh Đức", null, "VP02"],
    ];
    const result = run(sheets);
    expect(result.children.rows).toBe(2);
    expect(result.gifts.count).toBe(1);
    expect(cellsOf(result, "DATE_INVALID")).toEqual(["Con!A3"]);
  });

  it("reports each missing required column, pointing at the best candidate header row", () => {
    const sheets = baseSheets();
    sheets["Con"] = [["Danh sách"], ["Mã CB", "Họ tên", "Ngày sinh"], childRow({})];
    const result = run(sheets);
    expect(result.issues.filter((i) => i.code === "COLUMN_MISSING")).toEqual([
      expect.objectContaining({
        sheet: "Con",
        row: 2,
        column: "Họ và tên con",
        cell: "A2",
        severity: "error",
      }),
    ]);
    expect(result.children.rows).toBe(0);
  });

  it("does not look below row 10 for the header", () => {
    const sheets = baseSheets();
    sheets["Con"] = [...Array.from({ length: 10 }, () => ["ghi chú"]), headerOf("Con"), childRow({})];
    expect(cellsOf(run(sheets), "COLUMN_MISSING")).toHaveLength(3);
  });

  it("skips blank rows, and rows whose only content is outside the contract's columns", () => {
    const sheets = baseSheets();
    sheets["Cán bộ"] = [
      ["STT", ...headerOf("Cán bộ")],
      [1, "VP01", "Nguyễn Văn An", "Nam", null, "Văn phòng", null],
      [2, null, null, null, null, null, null],
      [],
      [3, "  ", "", null, null, null, null],
      [4, "QL01", "Lê Văn Cường", "Nam", null, "Phòng Quản lý khoa học", null],
    ];
    const result = run(sheets);
    expect(result.issues).toEqual([]);
    expect(result.staff.count).toBe(2);
  });

  it("keeps its addresses right when the sheet's values start below A1", () => {
    const result = run(baseSheets());
    expect(result.issues).toEqual([]);
    const sheets = baseSheets();
    const { runCampaign } = jest.requireActual("../../src/engine") as typeof import("../../src/engine");
    const offset = runCampaign(
      {
        sheets: Object.entries(sheets).map(([name, rows]) =>
          name === "Con"
            ? { name, rows: [headerOf("Con"), childRow({ born: "hôm qua" })], firstRow: 4, firstColumn: 2 }
            : { name, rows },
        ),
      },
      { today: "2024-07-05" },
    );
    expect(offset.issues.map((i) => i.cell)).toEqual(["D5"]);
  });
});
