import { cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("ACHIEVEMENT_UNKNOWN", () => {
  it("flags a title or prize not on Mức khen thưởng, matching known ones without diacritics", () => {
    const result = run(
      withChildren(
        { grade: 3, title: "hoan thanh xuat sac" },
        { name: "Lê Gia Bảo", grade: 3, title: "Học sinh giỏi toàn diện" },
        { name: "Phạm Gia Huy", grade: 3, prize: "Giải nhất" },
      ),
    );
    expect(cellsOf(result, "ACHIEVEMENT_UNKNOWN")).toEqual(["Con!G3", "Con!H4"]);
    expect(result.awards.count).toBe(1);
  });
});
