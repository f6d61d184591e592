/**
 * The printed lists (`DS tặng quà`, `DS khen thưởng`): what clerks hand round for signatures. Every figure below is
 * worked out by hand from the rows of the workbook.
 */
import { awardListSheet, giftListSheet, planCellText, type SheetPlan } from "../../src/engine";
import { run, withChildren } from "../support/workbook-builder";

const result = run(
  withChildren(
    // Văn phòng: VP01 Nguyễn Văn An, VP02 Trần Thị Bình; Phòng Quản lý khoa học: QL01 Lê Văn Cường.
    {
      id: "VP01",
      name: "Nguyễn Thu Hà",
      born: "02/06/2015",
      gender: "Nữ",
      grade: 3,
      title: "Hoàn thành xuất sắc",
    },
    { id: "QL01", name: "Nguyễn Thu Hà", born: "02/06/2015", gender: "Nữ", grade: 3, prize: "Giải cấp tỉnh" },
    { id: "VP02", name: "Trần Minh Đức", born: "10/01/2012", gender: "Nam", grade: 7 },
    {
      id: "QL01",
      name: "Lê Gia Bảo",
      born: "10/01/2010",
      grade: 8,
      title: "Học sinh Giỏi",
      prize: "Giải cấp huyện",
    },
  ),
);
const table = (plan: SheetPlan) => plan.rows.map((row) => [row.kind, ...row.cells.map(planCellText)]);

describe("the printed lists", () => {
  it("DS tặng quà: a heading and a subtotal per unit, children numbered across units, and the grand total", () => {
    const plan = giftListSheet(result);
    const rows = table(plan);
    expect(rows[0]).toEqual(["title", "DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/2024", ...Array(8).fill(null)]);
    expect(rows[1][1]).toBe(
      "Con của công chức, viên chức, người lao động dưới 16 tuổi tính đến ngày 01/06/2024",
    );
    expect(rows.slice(2).map((row) => [row[0], row[1], row[2], row[4], row[6], row[8]])).toEqual([
      ["header", "STT", "Họ và tên con", "Tuổi", "Cha/mẹ", "Giá trị quà"],
      ["group", "Văn phòng", null, null, null, null],
      // Ordered by given name (Đức before Hà). Đức: 12 on 01/06/2024; Hà: 8 (born 02/06/2015), both parents.
      ["data", 1, "Trần Minh Đức", 12, "Trần Thị Bình", 200_000],
      ["data", 2, "Nguyễn Thu Hà", 8, "Nguyễn Văn An, Lê Văn Cường", 200_000],
      ["subtotal", null, "Cộng Văn phòng: 2 cháu", null, null, 400_000],
      ["group", "Phòng Quản lý khoa học", null, null, null, null],
      ["data", 3, "Lê Gia Bảo", 14, "Lê Văn Cường", 200_000],
      ["subtotal", null, "Cộng Phòng Quản lý khoa học: 1 cháu", null, null, 200_000],
      ["total", null, "TỔNG CỘNG: 3 cháu", null, null, 600_000],
    ]);
    // 02/06/2015 is Excel serial 42157; the date column holds the serial, formatted as a date.
    expect(rows[5][3]).toBe(42157);
    expect(plan.merges).toEqual([
      { row: 0, column: 0, columns: 9 },
      { row: 1, column: 0, columns: 9 },
      { row: 3, column: 0, columns: 9 },
      { row: 7, column: 0, columns: 9 },
    ]);
    expect(plan.headerRow).toBe(2);
  });

  it("DS khen thưởng: the achievement that earned it, and the amounts summed per unit and in all", () => {
    const rows = table(awardListSheet(result));
    expect(rows[1][1]).toBe("Cách tính: mỗi cháu một mức thưởng cao nhất");
    expect(rows.slice(3).map((row) => [row[0], row[1], row[2], row[4], row[6], row[7]])).toEqual([
      ["group", "Văn phòng", null, null, null, null],
      // Hà: 200.000 đ on VP01's row, 500.000 đ on QL01's: the better row.
      ["data", 1, "Nguyễn Thu Hà", "3", "Giải cấp tỉnh", 500_000],
      ["subtotal", null, "Cộng Văn phòng: 1 cháu", null, null, 500_000],
      ["group", "Phòng Quản lý khoa học", null, null, null, null],
      // Bảo: Học sinh Giỏi 200.000 đ against Giải cấp huyện 300.000 đ.
      ["data", 2, "Lê Gia Bảo", "8", "Giải cấp huyện", 300_000],
      ["subtotal", null, "Cộng Phòng Quản lý khoa học: 1 cháu", null, null, 300_000],
      ["total", null, "TỔNG CỘNG: 2 cháu", null, null, 800_000],
    ]);
  });
});
