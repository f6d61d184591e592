/**
 * What the report says beyond the lists, on a tracker built by hand: whether it is a draft and why, the activities
 * sorted into the report's sections, whether the spend includes the gifts and awards, and each unit's progress —
 * every figure derived here from the rows written below.
 */
import { buildReportModel } from "../../src/engine";
import { baseSheets, childRow, headerOf, run, UNIT_OFFICE, UNIT_SCIENCE } from "../support/workbook-builder";

const activity = (type: string, content: string, cost: number | null): (string | number | null)[] => [
  "03/06/2024",
  type,
  content,
  UNIT_OFFICE,
  null,
  null,
  cost,
  cost === null ? null : "Công đoàn",
  null,
];

function tracker() {
  const sheets = baseSheets();
  sheets["Hoạt động"] = [
    headerOf("Hoạt động"),
    activity("Tin bài trên website", "Tin khai mạc", null),
    activity("Khẩu hiệu, băng rôn", "Băng rôn tại cổng", 500_000),
    activity("Tặng quà", "Quà 1/6", 0),
    activity("Vui chơi, văn hóa, thể thao", "Ngày hội", 1_000_000),
    activity("Khen thưởng", "Tuyên dương học sinh giỏi", 300_000),
  ];
  sheets["Con"] = [
    headerOf("Con"),
    childRow({ id: "VP01", name: "Nguyễn Minh Châu", born: "02/06/2015" }),
    childRow({ id: "VP02", name: "Trần Bảo Ngọc", born: "12/03/2016" }),
    childRow({ id: "QL01", name: "Lê Gia Hân", born: "31/02/2017" }), // no such day: an error on this row
  ];
  return sheets;
}

describe("buildReportModel", () => {
  const result = run(tracker());
  const model = buildReportModel(result);

  test("an error anywhere makes the report a draft, and the model lists the errors only", () => {
    expect(result.counts.error).toBe(1);
    expect(model.draft).toBe(true);
    expect(model.errors.map((issue) => [issue.code, issue.cell])).toEqual([["DATE_INVALID", "C4"]]);
    const clean = tracker();
    clean["Con"].pop();
    const cleanModel = buildReportModel(run(clean));
    expect(cleanModel.draft).toBe(false);
    expect(cleanModel.errors).toEqual([]);
  });

  test("news posts and banners go to the propaganda section; the rest are the events", () => {
    expect(model.propaganda.newsItems.map((item) => item.text)).toEqual(["Tin khai mạc"]);
    expect(model.propaganda.bannerItems.map((item) => item.text)).toEqual(["Băng rôn tại cổng"]);
    expect(model.propaganda.newsPosts).toBe(1);
    expect(model.propaganda.bannerActivities).toBe(1);
    expect(model.activities.events.map((item) => item.text)).toEqual([
      "Quà 1/6",
      "Ngày hội",
      "Tuyên dương học sinh giỏi",
    ]);
  });

  test("the spend includes awards when an award activity has a cost, not gifts given at no cost", () => {
    expect(model.spend.total).toBe(500_000 + 1_000_000 + 300_000);
    expect(model.spend.includesAwards).toBe(true);
    expect(model.spend.includesGifts).toBe(false);
    const withGiftCost = tracker();
    withGiftCost["Hoạt động"][3] = activity("Tặng quà", "Quà 1/6", 400_000);
    expect(buildReportModel(run(withGiftCost)).spend.includesGifts).toBe(true);
    const noAwards = tracker();
    noAwards["Hoạt động"].pop();
    expect(buildReportModel(run(noAwards)).spend.includesAwards).toBe(false);
  });

  test("each unit's staff, children and errors, in the units' order", () => {
    expect(result.unitProgress).toEqual([
      { unit: UNIT_OFFICE, staff: 2, children: 2, errors: 0 },
      { unit: UNIT_SCIENCE, staff: 1, children: 1, errors: 1 },
    ]);
  });

  test("a warning is not counted as a unit's error, nor an error on a sheet outside the lists", () => {
    const sheets = tracker();
    sheets["Con"].pop();
    // A nine-year-old in Lớp 12: a warning (AGE_GRADE_MISMATCH) on a science child's row, not an error.
    sheets["Con"].push(childRow({ id: "QL01", name: "Lê Gia Hân", born: "02/06/2015", grade: 12 }));
    // A contribution with no amount: an error on `Ủng hộ`, which no unit's progress counts.
    sheets["Ủng hộ"] = [
      headerOf("Ủng hộ"),
      ["01/06/2024", "VP01", null, null, "năm trăm", "Quỹ Bảo trợ trẻ em"],
    ];
    const progress = run(sheets);
    const errors = progress.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => issue.code)).toEqual(["AMOUNT_INVALID"]);
    expect(progress.issues.map((issue) => issue.code)).toContain("AGE_GRADE_MISMATCH");
    expect(progress.unitProgress.map((unit) => unit.errors)).toEqual([0, 0]);
  });
});
