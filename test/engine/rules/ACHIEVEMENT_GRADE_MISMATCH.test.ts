import { cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("ACHIEVEMENT_GRADE_MISMATCH", () => {
  it("warns when a title's Cấp học does not fit Lớp, and still pays it", () => {
    const result = run(
      withChildren(
        { born: "10/01/2011", grade: 7, title: "Hoàn thành xuất sắc" },
        { name: "Lê Gia Bảo", born: "10/01/2016", grade: 2, title: "Học sinh Giỏi" },
        { name: "Phạm Gia Huy", born: "10/01/2021", title: "Hoàn thành xuất sắc" },
        { name: "Vũ Hà My", born: "10/01/2011", grade: 7, title: "Học sinh Giỏi" },
        { name: "Đỗ An Nhiên", born: "10/01/2016", grade: 2, title: "Học sinh Xuất sắc" },
      ),
    );
    expect(cellsOf(result, "ACHIEVEMENT_GRADE_MISMATCH")).toEqual(["Con!G2", "Con!G3", "Con!G4"]);
    expect(result.awards.count).toBe(5);
    expect(result.counts.error).toBe(0);
  });
});
