import { run, withChildren } from "../support/workbook-builder";

function withRule(rule: string) {
  const sheets = withChildren(
    { name: "Lê Gia Bảo", born: "10/01/2011", grade: 7, title: "Học sinh Giỏi", prize: "Giải cấp tỉnh" },
    { name: "Vũ Hà My", born: "10/01/2016", grade: 2, title: "Hoàn thành xuất sắc" },
    { name: "Đỗ An Nhiên", born: "10/01/2010", grade: 8, title: "Học sinh tiên tiến" },
    {
      name: "Phạm Gia Huy",
      born: "10/01/2010",
      grade: 8,
      title: "Học sinh Xuất sắc",
      prize: "Giải cấp huyện",
    },
  );
  sheets["Cấu hình"].find((r) => r[0] === "Cách tính khen thưởng")![1] = rule;
  return run(sheets);
}

describe("the award list", () => {
  it("pays the higher of title and prize under Cao nhất (the title on a tie)", () => {
    const { awards } = withRule("Cao nhất");
    expect(
      awards.entries.map((e) => [e.name, e.paid.map((p) => p.achievement).join("; "), e.amount]),
    ).toEqual([
      ["Lê Gia Bảo", "Giải cấp tỉnh", 500_000],
      ["Phạm Gia Huy", "Học sinh Xuất sắc", 300_000],
      ["Vũ Hà My", "Hoàn thành xuất sắc", 200_000],
    ]);
    expect(awards.total).toBe(1_000_000);
  });

  it("sums title and prize under Cộng dồn, naming both", () => {
    const { awards } = withRule("Cộng dồn");
    expect(
      awards.entries.map((e) => [e.name, e.paid.map((p) => p.achievement).join("; "), e.amount]),
    ).toEqual([
      ["Lê Gia Bảo", "Học sinh Giỏi; Giải cấp tỉnh", 700_000],
      ["Phạm Gia Huy", "Học sinh Xuất sắc; Giải cấp huyện", 600_000],
      ["Vũ Hà My", "Hoàn thành xuất sắc", 200_000],
    ]);
  });

  it.each(["Cao nhất", "Cộng dồn"])("counts each paid achievement so the totals add up (%s)", (rule) => {
    const { awards } = withRule(rule);
    expect(awards.byAchievement.reduce((sum, a) => sum + a.total, 0)).toBe(awards.total);
    expect(awards.byUnit.reduce((sum, u) => sum + u.total, 0)).toBe(awards.total);
  });

  it("leaves out a known title that earns nothing (Học sinh tiên tiến)", () => {
    expect(withRule("Cao nhất").awards.entries.map((e) => e.name)).not.toContain("Đỗ An Nhiên");
  });
});
