import { issuesOf, run, withChildren } from "../../support/workbook-builder";

describe("NOT_ELIGIBLE_AGE and the gift age limit", () => {
  it("gives a gift at 15 (born 02/06/2008), none at 16 (born 01/06/2008) for 2024", () => {
    const result = run(
      withChildren(
        { name: "Nguyễn Bảo Ngọc", born: "01/06/2008" },
        { name: "Đinh Thu Hiền", born: "02/06/2008" },
      ),
    );
    expect(result.gifts.entries.map((e) => [e.name, e.age])).toEqual([["Đinh Thu Hiền", 15]]);
    expect(issuesOf(result, "NOT_ELIGIBLE_AGE")).toEqual([
      expect.objectContaining({ sheet: "Con", row: 2, cell: "C2", severity: "info" }),
    ]);
    expect(result.counts.error).toBe(0);
  });

  it("gives a gift at age 0, none to a child born after the reference date", () => {
    const result = run(
      withChildren({ name: "Lê Tuệ An", born: "01/06/2024" }, { name: "Lê Tuệ Minh", born: "02/06/2024" }),
    );
    expect(result.gifts.entries.map((e) => e.name)).toEqual(["Lê Tuệ An"]);
    expect(issuesOf(result, "NOT_ELIGIBLE_AGE")[0].message).toContain("sinh sau ngày tính tuổi 01/06/2024");
  });

  it("follows a configured limit and gift value", () => {
    const sheets = withChildren({ born: "02/06/2006" });
    sheets["Cấu hình"].find((r) => r[0] === "Tuổi nhận quà (dưới)")![1] = 18;
    sheets["Cấu hình"].find((r) => r[0] === "Giá trị quà")![1] = "250.000 đ";
    const result = run(sheets);
    expect(result.gifts).toMatchObject({ count: 1, value: 250_000, total: 250_000 });
  });

  it("still pays an academic award to a child over the age limit", () => {
    const result = run(withChildren({ born: "01/01/2007", grade: 11, title: "Học sinh Giỏi" }));
    expect(result.gifts.count).toBe(0);
    expect(result.awards.total).toBe(200_000);
  });
});
