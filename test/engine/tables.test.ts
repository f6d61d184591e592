/**
 * Finding a sheet and its header row, and reading a row's cells, on workbooks written by hand: the exact sheet name
 * before one that matches only without case and marks, a contributions sheet with names only, the better of two
 * candidate header rows, and the messages for cells of the wrong kind.
 */
import type { Cell } from "../../src/engine";
import { baseSheets, childRow, headerOf, issuesOf, run, snapshotOf } from "../support/workbook-builder";
import { runCampaign } from "../../src/engine";

describe("sheets and header rows", () => {
  test("the sheet named exactly is read before one that matches only without case and marks", () => {
    const sheets = baseSheets();
    const exact = [headerOf("Con"), childRow({ id: "VP01", name: "Lê An", born: "02/06/2015" })];
    const lookalike = [headerOf("Con"), childRow({ id: "VP01", name: "Lê Bình", born: "02/06/2015" })];
    delete sheets["Con"];
    const snapshot = snapshotOf({ ...sheets, CON: lookalike, Con: exact });
    const result = runCampaign(snapshot, { today: "2024-07-05" });
    expect(result.gifts.byUnit.flatMap((unit) => unit.entries.map((entry) => entry.name))).toEqual(["Lê An"]);
  });

  test("contributions with names only need no Mã CB column", () => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [
      ["Ngày", "Họ và tên", "Số tiền"],
      ["01/06/2024", "Hội Cựu chiến binh", 500_000],
    ];
    const result = run(sheets);
    expect(issuesOf(result, "COLUMN_MISSING")).toEqual([]);
    expect(result.contributions.total).toBe(500_000);
  });

  test("a missing optional sheet says what happens without it", () => {
    const sheets = baseSheets();
    delete sheets["Hoạt động"];
    const [missing] = issuesOf(run(sheets), "SHEET_MISSING");
    expect(missing.message).toBe("Không có trang tính “Hoạt động”: chưa có hoạt động nào được ghi nhận.");
  });

  test("missing headers are reported on the first of two equally good candidate rows", () => {
    const sheets = baseSheets();
    sheets["Con"] = [["Mã CB", "Họ và tên con"], ["Mã CB", "Họ và tên con"], childRow({})];
    expect(issuesOf(run(sheets), "COLUMN_MISSING").map((issue) => issue.cell)).toEqual(["A1"]);
  });
});

describe("cells of the wrong kind", () => {
  function activity(participants: Cell, cost: Cell) {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      ["01/06/2024", "Khác", "Ngày hội", null, participants, null, cost, null, null],
    ];
    return run(sheets);
  }

  test("an Excel error in a count column is named with its error", () => {
    const [error] = issuesOf(activity({ error: "#VALUE!" }, null), "VALUE_ERROR");
    expect(error).toMatchObject({ cell: "E2", column: "Số người tham gia" });
    expect(error.message).toContain("#VALUE!");
  });

  test("an amount that is not one names what was typed and what is expected", () => {
    const [invalid] = issuesOf(activity(null, "năm trăm"), "AMOUNT_INVALID");
    expect(invalid.message).toBe(
      "Cột “Kinh phí”: “năm trăm” không hợp lệ; cần số tiền nguyên không âm tính bằng đồng, ví dụ 500.000. Dòng này chưa được tính cho đến khi sửa.",
    );
  });

  test("a TRUE typed as a date is shown as Excel shows it", () => {
    const sheets = baseSheets();
    sheets["Con"] = [headerOf("Con"), childRow({ born: true })];
    expect(issuesOf(run(sheets), "DATE_INVALID")[0].message).toContain("“TRUE”");
  });
});
