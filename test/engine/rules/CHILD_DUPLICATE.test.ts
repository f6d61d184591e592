import { baseSheets, childRow, headerOf, issuesOf, run, withChildren } from "../../support/workbook-builder";

describe("CHILD_DUPLICATE (same child)", () => {
  const twice = () =>
    withChildren(
      { id: "QL01", name: "Lê Minh Khang", born: "12/03/2014", grade: 4 },
      {
        id: "VP02",
        name: "lê  minh khang".normalize("NFD"),
        born: "12/03/2014",
        grade: 4,
        title: "Hoàn thành xuất sắc",
      },
    );

  it("warns on the later row, naming the first", () => {
    const result = run(twice());
    expect(issuesOf(result, "CHILD_DUPLICATE")).toEqual([
      expect.objectContaining({ sheet: "Con", row: 3, cell: "B3", severity: "warning" }),
    ]);
    expect(issuesOf(result, "CHILD_DUPLICATE")[0].message).toContain("dòng 2");
  });

  it("gives one gift and one award, lists every staff parent, under the unit of the parent listed first in Cán bộ", () => {
    const result = run(twice());
    expect(result.children).toMatchObject({ rows: 2, unique: 1 });
    expect(result.gifts.entries).toEqual([
      expect.objectContaining({
        name: "Lê Minh Khang",
        parents: ["Trần Thị Bình", "Lê Văn Cường"],
        unit: "Văn phòng",
      }),
    ]);
    expect(result.awards.entries).toEqual([
      expect.objectContaining({ amount: 200_000, parents: ["Trần Thị Bình", "Lê Văn Cường"] }),
    ]);
  });

  it("does not merge children who share a name but not a birth date (twins are still two)", () => {
    const result = run(
      withChildren(
        { name: "Lê Minh Khang", born: "12/03/2014" },
        { name: "Lê Minh Khang", born: "13/03/2014" },
        { name: "Lê Minh Khôi", born: "12/03/2014" },
      ),
    );
    expect(issuesOf(result, "CHILD_DUPLICATE")).toEqual([]);
    expect(result.gifts.count).toBe(3);
  });

  it("still lists the child from its valid row when the first row has an error", () => {
    const sheets = baseSheets();
    sheets["Con"] = [
      headerOf("Con"),
      childRow({ id: "XX01", name: "Lê Minh Khang", born: "12/03/2014" }),
      childRow({ id: "QL01", name: "Lê Minh Khang", born: "12/03/2014" }),
    ];
    const result = run(sheets);
    expect(result.gifts.entries).toEqual([
      expect.objectContaining({ parents: ["Lê Văn Cường"], unit: "Phòng Quản lý khoa học", row: 3 }),
    ]);
  });
});
