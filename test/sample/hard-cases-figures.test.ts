/**
 * Gifts, awards and contributions of a small workbook holding the cases the bundled sample lacks — a staff name two
 * people share, a contributor known only by name, a staff row with an error, a child of two staff parents, a child
 * turning 16 on the reference date, a child row with an error — each figure worked out by hand below.
 */
import {
  baseSheets,
  cellsOf,
  contributionRow,
  headerOf,
  run,
  type Sheets,
} from "../support/workbook-builder";

const OFFICE = "Văn phòng";
const SCIENCE = "Phòng Quản lý khoa học";

function workbook(): Sheets {
  const sheets = baseSheets();
  // VP01 Nguyễn Văn An, VP02 Trần Thị Bình (Văn phòng), QL01 Lê Văn Cường (Phòng Quản lý khoa học), plus:
  sheets["Cán bộ"].push(
    ["QL02", "Nguyễn Văn An", "Nam", "Chuyên viên", SCIENCE, null], // the same name as VP01
    ["VP09", "Phạm Thị Dung", "Nữ", "Chuyên viên", "Phòng Không Có", null], // UNIT_UNKNOWN: a row with an error
  );
  sheets["Con"] = [
    headerOf("Con"),
    // One child entered by both parents: 200.000 đ on the first row, 500.000 đ on the second.
    ["VP01", "Nguyễn Thu Hà", "02/06/2015", "Nữ", 3, null, "Hoàn thành xuất sắc", null, null],
    ["QL01", "Nguyễn Thu Hà", "02/06/2015", "Nữ", 3, null, null, "Giải cấp tỉnh", null],
    // Another child: one diacritic apart, same day.
    ["VP02", "Nguyễn Thu Hạ", "02/06/2015", "Nữ", 3, null, null, null, null],
    // 16 on 01/06/2024: no gift, but an award (awards have no age limit).
    ["QL02", "Lê Minh Khôi", "01/06/2008", "Nam", 10, null, "Học sinh Giỏi", null, null],
    // 15 on 01/06/2024: a gift.
    ["QL02", "Lê Minh Khang", "02/06/2008", "Nam", 10, null, "Học sinh tiên tiến", null, null],
    // A child of the staff row with an error: its own row is clean and its Mã CB is in Cán bộ, so it is listed.
    ["VP09", "Phạm Bảo Ngọc", "10/10/2018", "Nữ", 0, null, null, null, null],
    // A child row with an error (31/02): in no list.
    ["VP02", "Vũ Hà My", "31/02/2016", "Nữ", 2, null, "Hoàn thành xuất sắc", null, null],
  ];
  sheets["Ủng hộ"] = [
    headerOf("Ủng hộ"),
    contributionRow({ id: "VP01", amount: 500_000 }),
    contributionRow({ id: "vp01", amount: 100_000, purpose: "Trẻ em khuyết tật" }), // VP01 again
    contributionRow({ name: "Nguyễn Văn An", amount: 300_000 }), // two staff have this name: not a staff member
    contributionRow({ name: "Trần Thị Bình", amount: 200_000 }), // exactly one staff member: VP02
    contributionRow({ name: "Hội Cựu chiến binh cơ quan", amount: 1_000_000 }), // known by name only
    contributionRow({ id: "VP09", amount: 400_000 }), // the staff row with an error
  ];
  return sheets;
}

describe("figures of a workbook with the hard cases, by hand", () => {
  const result = run(workbook());

  it("has exactly the errors planted: the unknown unit and the impossible date", () => {
    expect(result.counts.error).toBe(2);
    expect(cellsOf(result, "UNIT_UNKNOWN")).toEqual(["Cán bộ!E6"]);
    expect(cellsOf(result, "DATE_INVALID")).toEqual(["Con!C8"]);
  });

  it("gives 4 gifts: Hà once, Hạ, Khang (15) and the child of the staff row with an error", () => {
    // Hà (both parents) 1 + Hạ 1 + Khang 1 + Ngọc 1; Khôi is 16, My's row has an error.
    expect(result.gifts.count).toBe(4);
    expect(result.gifts.total).toBe(4 * 200_000);
    const unit = (name: string) => result.gifts.byUnit.find((group) => group.unit === name);
    // Hà is counted under VP01's unit (the first parent in Cán bộ), Hạ under VP02's; Khang under QL02's.
    expect(unit(OFFICE)).toMatchObject({ count: 2, total: 400_000 });
    expect(unit(SCIENCE)).toMatchObject({ count: 1, total: 200_000 });
  });

  it("pays 2 awards: Hà's better row (500.000 đ) and Khôi's title at 16 (200.000 đ)", () => {
    expect(result.awards.count).toBe(2);
    expect(result.awards.total).toBe(500_000 + 200_000);
    expect(result.awards.byAchievement).toEqual([
      { achievement: "Giải cấp tỉnh", count: 1, total: 500_000 },
      { achievement: "Học sinh Giỏi", count: 1, total: 200_000 },
    ]);
  });

  it("totals every contribution, counts each contributor once, and rates only staff without error", () => {
    const { contributions } = result;
    // 500 + 100 + 300 + 200 + 1 000 + 400 thousand.
    expect(contributions.total).toBe(2_500_000);
    // VP01 (twice), "Nguyễn Văn An" (a shared name), VP02 (by name), the veterans' group, VP09.
    expect(contributions.contributors).toBe(5);
    // Staff who gave, among the 4 staff rows without error: VP01 and VP02 → 2 / 4.
    expect(result.staff.count).toBe(4);
    expect(contributions.staffContributors).toBe(2);
    expect(contributions.participation).toBe(0.5);
    expect(contributions.byPurpose).toEqual([
      { purpose: "Quỹ Bảo trợ trẻ em", count: 5, total: 2_400_000 },
      { purpose: "Trẻ em khuyết tật", count: 1, total: 100_000 },
    ]);
  });
});
