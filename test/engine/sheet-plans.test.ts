/**
 * The generated sheets' plans beyond their figures: how tall a list's row must be for its wrapped unit name, the
 * lists' titles and joined cells, the `Kiểm tra` sheet in both languages, and each cell's look as both adapters
 * apply it — derived here from the plans' column widths and the row kinds' styles.
 */
import {
  awardListSheet,
  giftListSheet,
  issuesSheet,
  planCellLook,
  printAreaAddress,
  type SheetPlan,
} from "../../src/engine";
import { baseSheets, childRow, headerOf, run, UNIT_OFFICE } from "../support/workbook-builder";

/** 47 characters: 23 + 1 + 23 at the gift list's 24-wide `Đơn vị` (23 per line), three lines at the award list's 20. */
const LONG_UNIT = "Phòng Quản lý công nghệ và Thị trường công nghệ";

function tracker() {
  const sheets = baseSheets();
  sheets["Đơn vị"].push([3, LONG_UNIT]);
  sheets["Cán bộ"].push(
    ["CN01", "Đỗ Văn Tâm", "Nam", null, LONG_UNIT, null],
    ["CN02", "Đỗ Thị Hoa", "Nữ", null, LONG_UNIT, null],
  );
  sheets["Con"] = [
    headerOf("Con"),
    childRow({
      id: "VP01",
      name: "Nguyễn Thị Ngọc Bảo Châu Anh",
      born: "02/06/2015",
      grade: 3,
      title: "Hoàn thành xuất sắc",
      prize: "Giải cấp huyện",
    }),
    childRow({ id: "CN01", name: "Đỗ Minh Khôi", born: "02/06/2012", grade: 6, title: "Học sinh Giỏi" }),
    childRow({ id: "CN02", name: "Đỗ Minh Khôi", born: "02/06/2012", grade: 6, title: "Học sinh Giỏi" }),
  ];
  return sheets;
}

const dataRows = (plan: SheetPlan) => plan.rows.filter((row) => row.kind === "data");

describe("list sheets", () => {
  const result = run(tracker());
  const gifts = giftListSheet(result);
  const awards = awardListSheet(result);

  test("a row is as tall as its wrapped unit name: a line fits exactly, a long child's name does not wrap", () => {
    // Gift list: "Văn phòng" one line (no height, however long the child's name); LONG_UNIT two lines of 23.
    expect(dataRows(gifts).map((row) => row.look?.height)).toEqual([undefined, 31]);
    // Award list, 19 a line: "Phòng Quản lý công" / "nghệ và Thị trường" / "công nghệ".
    expect(dataRows(awards).map((row) => row.look?.height)).toEqual([undefined, 46]);
  });

  test("a child of two staff parents lists both; achievements paid are joined", () => {
    const [first, second] = dataRows(awards);
    expect(second.cells[7]).toBe("Đỗ Văn Tâm, Đỗ Thị Hoa");
    // The highest title only by default; every one, joined, when the awards add up.
    expect(first.cells[5]).toBe("Giải cấp huyện");
    const cumulative = tracker();
    cumulative["Cấu hình"].find((row) => row[0] === "Cách tính khen thưởng")![1] = "Cộng dồn";
    expect(dataRows(awardListSheet(run(cumulative)))[0].cells[5]).toBe("Hoàn thành xuất sắc; Giải cấp huyện");
    expect(first.cells[8]).toBe(UNIT_OFFICE);
  });

  test("titles name the year and the school year; the subtitle names the award rule", () => {
    expect(gifts.rows[0].cells[0]).toBe("DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/2024");
    expect(awards.rows[0].cells[0]).toBe(
      "DANH SÁCH KHEN THƯỞNG CON CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG ĐẠT THÀNH TÍCH NĂM HỌC 2023-2024",
    );
    const rules = [result.awards.rule];
    const other = tracker();
    const ruleRow = other["Cấu hình"].find((row) => row[0] === "Cách tính khen thưởng")!;
    ruleRow[1] = result.awards.rule === "highest" ? "Cộng dồn" : "Cao nhất";
    const otherResult = run(other);
    rules.push(otherResult.awards.rule);
    const subtitles = [awards, awardListSheet(otherResult)].map((plan) => plan.rows[1].cells[0]);
    expect(Object.fromEntries(rules.map((rule, i) => [rule, subtitles[i]]))).toEqual({
      highest: "Cách tính: mỗi cháu một mức thưởng cao nhất",
      cumulative: "Cách tính: cộng dồn danh hiệu và giải thưởng",
    });
    expect(gifts.page).toEqual({ orientation: "landscape", fitToWidth: true });
  });
});

describe("Kiểm tra", () => {
  const sheets = baseSheets();
  sheets["Con"] = [headerOf("Con"), childRow({ id: "XX01", born: "31/02/2015" })];
  const result = run(sheets);

  test("title and counts in the pane's language; printed landscape, one page wide", () => {
    const vi = issuesSheet(result, "vi");
    const en = issuesSheet(result, "en");
    const { error, warning, info } = result.counts;
    expect(vi.rows[0].cells[0]).toBe("KẾT QUẢ KIỂM TRA DỮ LIỆU");
    expect(vi.rows[1].cells[0]).toBe(
      `Kiểm tra ngày 05/07/2024: ${error} lỗi, ${warning} cảnh báo, ${info} lưu ý.`,
    );
    expect(en.rows[0].cells[0]).toBe("DATA CHECK RESULTS");
    expect(en.rows[1].cells[0]).toBe(
      `Checked on 05/07/2024: ${error} errors, ${warning} warnings, ${info} notes.`,
    );
    expect(vi.page).toEqual({ orientation: "landscape", fitToWidth: true });
  });
});

describe("planCellLook", () => {
  const plan: SheetPlan = {
    name: "Thử",
    columns: [
      { header: "STT", width: 5, format: "integer", align: "center" },
      { header: "Tên", width: 20, format: "text", wrap: true },
      { header: "Tiền", width: 12, format: "vnd", align: "right" },
    ],
    rows: [
      { kind: "title", cells: ["TIÊU ĐỀ", null, null] },
      { kind: "header", cells: ["STT", "Tên", "Tiền"] },
      { kind: "data", cells: [1, { text: "Con!C7", sheet: "Con", cell: "C7" }, 200_000] },
      { kind: "group", cells: [2, null, 300_000], rules: [{ column: 1, columns: 1 }] },
      {
        kind: "text",
        cells: ["Đoạn văn", null, null],
        look: { size: 13, italic: false },
        cellLooks: [{ bold: true, align: "justify" }],
      },
    ],
    headerRow: 1,
    merges: [],
    page: { orientation: "portrait", fitToWidth: true, printRows: 5 },
    font: { name: "Times New Roman", size: 12 },
  };
  const look = (row: number, column: number) => planCellLook(plan, row, column);

  test("text where the row or the cell is text, else the column's number format", () => {
    expect([look(2, 0).numberFormat, look(2, 2).numberFormat, look(1, 0).numberFormat]).toEqual([
      "0",
      "#,##0",
      "@",
    ]);
    expect(look(3, 0).numberFormat).toBe("@"); // a unit heading is text whatever its cells
    expect(look(0, 0).numberFormat).toBe("@");
  });

  test("fonts: the row kind's size and weight, the row's and the cell's own look over them, else the plan's", () => {
    expect(look(0, 0)).toMatchObject({
      fontName: "Times New Roman",
      fontSize: 14,
      bold: true,
      horizontal: "center",
    });
    expect(look(2, 2)).toMatchObject({
      fontSize: 12,
      bold: false,
      italic: false,
      horizontal: "right",
      border: true,
    });
    expect(look(4, 0)).toMatchObject({ fontSize: 13, bold: true, italic: false, horizontal: "justify" });
    expect(look(4, 1)).toMatchObject({ bold: false, horizontal: undefined });
  });

  test("a link is underlined in the link colour; text rows wrap at the top; headers and wrapped columns wrap", () => {
    expect(look(2, 1)).toMatchObject({ underline: true, fontColor: "0563C1", wrap: true });
    expect(look(2, 0)).toMatchObject({
      underline: false,
      fontColor: undefined,
      wrap: false,
      vertical: "middle",
    });
    expect(look(4, 2)).toMatchObject({ vertical: "top", wrap: true });
    expect(look(1, 2)).toMatchObject({ wrap: true, fill: "DDEBF7" });
  });

  test("a rule runs under its columns only", () => {
    expect([look(3, 0).rule, look(3, 1).rule, look(3, 2).rule]).toEqual([false, true, false]);
  });

  test("the print area covers the columns down to printRows; none when unset, zero or without columns", () => {
    expect(printAreaAddress(plan)).toBe("$A$1:$C$5");
    expect(printAreaAddress({ ...plan, page: { ...plan.page, printRows: undefined } })).toBeNull();
    expect(printAreaAddress({ ...plan, page: { ...plan.page, printRows: 0 } })).toBeNull();
    expect(printAreaAddress({ ...plan, columns: [] })).toBeNull();
  });
});
