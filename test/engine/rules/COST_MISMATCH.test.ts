import type { Cell } from "../../../src/engine";
import {
  baseSheets,
  headerOf,
  issuesOf,
  run,
  type Sheets,
  withChildren,
} from "../../support/workbook-builder";

/** A `Hoạt động` row in the template's column order. */
const activity = (type: string, cost: Cell, source: Cell = null): Cell[] => [
  "01/06/2024",
  type,
  `${type} cho con cán bộ`,
  "Văn phòng",
  10,
  2,
  cost,
  source,
  null,
];

function withActivities(sheets: Sheets, ...rows: Cell[][]): Sheets {
  sheets["Hoạt động"] = [headerOf("Hoạt động"), ...rows];
  return sheets;
}

/** Two children under 16, one with an award of 200 000: gift list 400 000, award list 200 000. */
const twoChildren = () =>
  withChildren(
    { name: "Nguyễn Minh Châu", born: "02/06/2015", grade: 3, title: "Hoàn thành xuất sắc" },
    { name: "Nguyễn Minh Khôi", born: "02/06/2017" },
  );

describe("COST_MISMATCH (an activity's Kinh phí against its list's total)", () => {
  it("warns on the gift activity's Kinh phí cell, naming both figures", () => {
    const result = run(withActivities(twoChildren(), activity("Tặng quà", 500_000)));
    expect(result.gifts.total).toBe(400_000);
    expect(issuesOf(result, "COST_MISMATCH")).toEqual([
      expect.objectContaining({
        sheet: "Hoạt động",
        row: 2,
        cell: "G2",
        column: "Kinh phí",
        severity: "warning",
      }),
    ]);
    const message = issuesOf(result, "COST_MISMATCH")[0].message;
    expect(message).toContain("500.000");
    expect(message).toContain("400.000");
    expect(message).toContain("danh sách tặng quà");
  });

  it("warns on the award activity the same way, against the award list", () => {
    const result = run(
      withActivities(twoChildren(), activity("Tặng quà", 400_000), activity("khen thuong", 250_000)),
    );
    expect(issuesOf(result, "COST_MISMATCH")).toEqual([
      expect.objectContaining({ cell: "G3", message: expect.stringContaining("danh sách khen thưởng") }),
    ]);
  });

  it("is not raised when the figures agree, when no Kinh phí is given, or for other activity types", () => {
    const agree = run(
      withActivities(twoChildren(), activity("Tặng quà", "400.000"), activity("Khen thưởng", 200_000)),
    );
    expect(issuesOf(agree, "COST_MISMATCH")).toEqual([]);
    const blank = run(withActivities(twoChildren(), activity("Tặng quà", null)));
    expect(issuesOf(blank, "COST_MISMATCH")).toEqual([]);
    const play = run(withActivities(twoChildren(), activity("Vui chơi, văn hóa, thể thao", 9_000_000)));
    expect(issuesOf(play, "COST_MISMATCH")).toEqual([]);
  });

  it("compares several gift activities by their sum, reported on the first", () => {
    const split = run(
      withActivities(twoChildren(), activity("Tặng quà", 200_000), activity("Tặng quà", 200_000)),
    );
    expect(issuesOf(split, "COST_MISMATCH")).toEqual([]);
    const short = run(
      withActivities(baseSheets(), activity("Tặng quà", 100_000), activity("Tặng quà", 100_000)),
    );
    expect(issuesOf(short, "COST_MISMATCH").map((issue) => issue.cell)).toEqual(["G2"]);
  });
});
