import { baseSheets, cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("GRADE_INVALID", () => {
  it.each([13, "lớp mười", -1, 2.5, "Nhà trẻ"])("refuses Lớp %p", (grade) => {
    expect(cellsOf(run(withChildren({ grade })), "GRADE_INVALID")).toEqual(["Con!E2"]);
  });

  it.each([0, "0", "Mầm non", "mam non", 5, "5", "Lớp 5", null])("accepts Lớp %p", (grade) => {
    const result = run(withChildren({ born: "02/06/2018", grade }));
    expect(cellsOf(result, "GRADE_INVALID")).toEqual([]);
  });

  it("refuses an unknown school level in Mức khen thưởng", () => {
    const sheets = baseSheets();
    sheets["Mức khen thưởng"].push(["Cháu ngoan Bác Hồ", "Đại học", 100000]);
    expect(cellsOf(run(sheets), "GRADE_INVALID")).toEqual(["Mức khen thưởng!B11"]);
  });
});
