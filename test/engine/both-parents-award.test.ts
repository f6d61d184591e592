/**
 * A child entered by both parents may carry its achievements on either row; the README's decision is that the row
 * that earns more counts — not the first row that earns something.
 */
import { run, withChildren } from "../support/workbook-builder";

const lowerRow = { name: "Vũ Hà My", born: "10/01/2016", grade: 2, title: "Hoàn thành xuất sắc" }; // 200.000 đ
const higherRow = { name: "Vũ Hà My", born: "10/01/2016", grade: 2, prize: "Giải quốc gia" }; // 700.000 đ

describe("the award of a child entered by both parents", () => {
  it("pays the row that earns more when the first row earns less", () => {
    const { awards } = run(withChildren({ id: "VP01", ...lowerRow }, { id: "VP02", ...higherRow }));
    expect(awards.count).toBe(1);
    expect(awards.entries[0]).toMatchObject({
      name: "Vũ Hà My",
      amount: 700_000,
      paid: [{ achievement: "Giải quốc gia", amount: 700_000 }],
      parents: ["Nguyễn Văn An", "Trần Thị Bình"],
      row: 2,
    });
    expect(awards.total).toBe(700_000);
    expect(awards.byAchievement).toEqual([{ achievement: "Giải quốc gia", count: 1, total: 700_000 }]);
  });

  it("pays the same when the rows come the other way round", () => {
    const { awards } = run(withChildren({ id: "VP01", ...higherRow }, { id: "VP02", ...lowerRow }));
    expect(awards.total).toBe(700_000);
    expect(awards.entries[0].paid).toEqual([{ achievement: "Giải quốc gia", amount: 700_000 }]);
  });

  it("keeps the first row on a tie, and pays one award, not two", () => {
    const { awards } = run(
      withChildren(
        { id: "VP01", ...lowerRow },
        { id: "VP02", ...lowerRow, title: null, prize: "Giải cấp huyện", grade: 2 }, // 300.000 đ
        { id: "QL01", ...lowerRow, title: "Học sinh Xuất sắc" }, // 300.000 đ, a tie with the row above
      ),
    );
    expect(awards.count).toBe(1);
    expect(awards.entries[0].paid).toEqual([{ achievement: "Giải cấp huyện", amount: 300_000 }]);
    expect(awards.total).toBe(300_000);
  });

  it("sums the better row under Cộng dồn, not the two rows together", () => {
    const sheets = withChildren(
      { id: "VP01", ...lowerRow },
      { id: "VP02", ...lowerRow, prize: "Giải cấp tỉnh" }, // 200.000 + 500.000 đ
    );
    sheets["Cấu hình"].find((r) => r[0] === "Cách tính khen thưởng")![1] = "Cộng dồn";
    const { awards } = run(sheets);
    expect(awards.entries.map((e) => e.amount)).toEqual([700_000]);
    expect(awards.total).toBe(700_000);
  });
});
