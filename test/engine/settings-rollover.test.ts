/**
 * `Cấu hình` carried into a new year, on rows written by hand: leap days on the calendar's own rules, the review
 * column placed beside the clerk's own columns, the year row added only when missing, and a sheet the engine
 * cannot read carried unchanged.
 */
import type { Cell } from "../../src/engine";
import { rollOver } from "../../src/engine";
import { rollSettings } from "../../src/engine/next-year/settings-rollover";
import { baseSheets, headerOf, run, snapshotOf } from "../support/workbook-builder";

const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const valueOf = (rows: readonly (readonly Cell[])[], key: string): Cell | undefined =>
  rows.find((row) => row[0] === key)?.[1];

describe("rollSettings", () => {
  test.each([
    [2024, 2025, serial(2025, 2, 28)],
    [2024, 2028, serial(2028, 2, 29)],
    [2096, 2100, serial(2100, 2, 28)], // a century: not a leap year
    [1996, 2000, serial(2000, 2, 29)], // but every fourth century is
  ])("29/02/%i rolled into %i falls on the day that year has", (from, to, expected) => {
    const rows = [
      ["Mục", "Giá trị"],
      ["Năm tổ chức", from],
      ["Hạn báo cáo", serial(from, 2, 29)],
    ];
    expect(valueOf(rollSettings(rows, from, to).rows, "Hạn báo cáo")).toBe(expected);
  });

  test("the review column goes after the clerk's last used column, on every row", () => {
    const rows: Cell[][] = [
      ["Mục", "Giá trị", null, "Ghi chú"],
      ["Năm tổ chức", 2024],
      ["Người ký", "Triệu Ngọc Trung", null, null, "nhắc: đổi người ký"],
      ["Giá trị quà", 200_000],
    ];
    const { rows: next, reviewed } = rollSettings(rows, 2024, 2025);
    expect(next[0]).toEqual(["Mục", "Giá trị", null, "Ghi chú", null, "Xem lại"]);
    expect(next[2]).toEqual([
      "Người ký",
      "Triệu Ngọc Trung",
      null,
      null,
      "nhắc: đổi người ký",
      "Cần xem lại",
    ]);
    expect(next[3]).toEqual(["Giá trị quà", 200_000, null, null, null, null]);
    expect(reviewed).toEqual(["Người ký"]);
  });

  test("the year row is added when missing, right under the header, and not added twice", () => {
    const missing = rollSettings(
      [
        ["Mục", "Giá trị"],
        ["Giá trị quà", 200_000],
      ],
      2024,
      2025,
    ).rows;
    expect(missing).toEqual([
      ["Mục", "Giá trị", "Xem lại"],
      ["Năm tổ chức", 2025],
      ["Giá trị quà", 200_000, null],
    ]);
    const present = rollSettings(
      [
        ["Mục", "Giá trị"],
        ["Năm tổ chức", 2024],
      ],
      2024,
      2025,
    ).rows;
    expect(present.filter((row) => row[0] === "Năm tổ chức")).toEqual([["Năm tổ chức", 2025, null]]);
  });

  test("a sheet without its headers is carried as it is, with nothing to review", () => {
    const rows: Cell[][] = [["Ghi chú"], ["Người ký", "Triệu Ngọc Trung"]];
    expect(rollSettings(rows, 2024, 2025)).toEqual({ rows, reviewed: [] });
  });
});

describe("rollOver", () => {
  test("a sheet that starts below and right of A1 keeps its place", () => {
    const sheets = baseSheets();
    const snapshot = snapshotOf(sheets);
    const slogans = snapshot.sheets.find((sheet) => sheet.name === "Khẩu hiệu")!;
    const moved = { ...slogans, firstRow: 3, firstColumn: 3 };
    const next = rollOver({ sheets: snapshot.sheets.map((sheet) => (sheet === slogans ? moved : sheet)) });
    const rows = next.sheets.get("Khẩu hiệu" as never)!;
    expect(rows.slice(0, 2)).toEqual([[], []]);
    expect(rows[2].slice(0, 3)).toEqual([null, null, "Khẩu hiệu"]);
  });

  test("a child's row shorter than the title columns stays as long as it was", () => {
    const sheets = baseSheets();
    // Excel's ranges end at the last filled cell: the title, prize and grade columns lie beyond this row.
    sheets["Con"] = [headerOf("Con"), ["VP01", "Lê An", "02/06/2010"]];
    const rows = rollOver(snapshotOf(sheets)).sheets.get("Con" as never)!;
    expect(rows[1]).toEqual(["VP01", "Lê An", "02/06/2010"]);
    expect(rows[1]).toHaveLength(3);
  });

  test("refuses a year that is not after last year's, saying which", () => {
    expect(() => rollOver(snapshotOf(baseSheets()), 2023)).toThrow(
      "The next campaign year must come after 2024, not 2023.",
    );
    expect(run(baseSheets()).settings.year).toBe(2024);
  });
});
