import { issuesSheet, planCellText } from "../../src/engine";
import { cellsOf, run, withChildren } from "../support/workbook-builder";

/** Three children with impossible birth dates: three DATE_INVALID errors, then a CHILD_DUPLICATE warning. */
const result = run(
  withChildren(
    { name: "Lê Gia Bảo", born: "31/02/2015" },
    { name: "Vũ Hà My", born: "30/02/2016" },
    { name: "Đỗ An Nhiên", born: "32/01/2014" },
    { name: "Phạm Gia Huy", born: "02/06/2015" },
    { id: "QL01", name: "Phạm Gia Huy", born: "02/06/2015" },
  ),
);
const texts = (plan: ReturnType<typeof issuesSheet>) => plan.rows.map((row) => row.cells.map(planCellText));

describe("Kiểm tra listing only the first issues", () => {
  it("has the issues this test relies on", () => {
    expect(cellsOf(result, "DATE_INVALID")).toHaveLength(3);
    expect(result.issues).toHaveLength(4);
  });

  it("lists every issue, and no note, by default", () => {
    const plan = issuesSheet(result);
    expect(plan.rows.filter((row) => row.kind === "data")).toHaveLength(4);
    expect(plan.rows.some((row) => row.kind === "note")).toBe(false);
    expect(plan.merges).toHaveLength(2);
  });

  it("lists the first ones and says in a merged last row how many more the pane lists", () => {
    const plan = issuesSheet(result, "vi", 1);
    const rows = texts(plan);
    expect(plan.rows.filter((row) => row.kind === "data")).toHaveLength(1);
    expect(rows[3].slice(0, 3)).toEqual([1, "Lỗi", "Con"]);
    expect(rows[3].at(-1)).toBe("DATE_INVALID");
    expect(plan.rows[4].kind).toBe("note");
    expect(rows[4][0]).toBe(
      "Còn 3 vấn đề khác không ghi vào trang tính này (quá nhiều cho một lần ghi); " +
        "ngăn tác vụ liệt kê đủ. Hãy sửa các lỗi ở trên rồi Kiểm tra lại.",
    );
    expect(plan.merges).toContainEqual({ row: 4, column: 0, columns: 6 });
    expect(plan.rows).toHaveLength(5);
  });

  it("says it in English too", () => {
    const rows = texts(issuesSheet(result, "en", 0));
    expect(rows[rows.length - 1][0]).toBe(
      "4 more issues are not listed on this sheet (too many to write at once); the task pane lists them all. " +
        "Fix the errors above, then run Validate again.",
    );
  });
});
