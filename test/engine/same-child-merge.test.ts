/**
 * Which rows of `Con` are one child decides how many gifts are paid: the merge must compare names with `nameKey`
 * (diacritics matter, case and spacing do not), never with `foldKey` (which would make Hà and Hạ one child).
 */
import { cellsOf, run, withChildren } from "../support/workbook-builder";

describe("the same-child merge", () => {
  it("keeps two children whose names differ only by a diacritic apart: two gifts", () => {
    const result = run(
      withChildren(
        { id: "VP01", name: "Nguyễn Thu Hà", born: "02/06/2015" },
        { id: "VP02", name: "Nguyễn Thu Hạ", born: "02/06/2015" },
      ),
    );
    expect(result.children).toMatchObject({ rows: 2, unique: 2 });
    expect(result.gifts.entries.map((e) => e.name).sort()).toEqual(["Nguyễn Thu Hà", "Nguyễn Thu Hạ"]);
    expect(result.gifts.total).toBe(2 * 200_000);
    expect(cellsOf(result, "CHILD_DUPLICATE")).toEqual([]);
  });

  it("keeps Đức and Duc apart (đ is its own letter)", () => {
    const result = run(
      withChildren(
        { id: "VP01", name: "Trần Minh Đức", born: "02/06/2015" },
        { id: "VP02", name: "Trần Minh Duc", born: "02/06/2015" },
      ),
    );
    expect(result.gifts.count).toBe(2);
  });

  it("merges the same name typed with other case and spacing by both parents: one gift, both parents named", () => {
    const result = run(
      withChildren(
        { id: "VP01", name: "Nguyễn Thu Hà", born: "02/06/2015" },
        { id: "QL01", name: "  nguyễn  THU hà ", born: "02/06/2015" },
      ),
    );
    expect(result.children).toMatchObject({ rows: 2, unique: 1 });
    expect(result.gifts.count).toBe(1);
    expect(result.gifts.total).toBe(200_000);
    expect(result.gifts.entries[0]).toMatchObject({
      name: "Nguyễn Thu Hà",
      parents: ["Nguyễn Văn An", "Lê Văn Cường"],
      unit: "Văn phòng",
      row: 2,
    });
    expect(cellsOf(result, "CHILD_DUPLICATE")).toEqual(["Con!B3"]);
  });

  it("keeps two children of the same name born on different days apart", () => {
    const result = run(
      withChildren(
        { id: "VP01", name: "Nguyễn Thu Hà", born: "02/06/2015" },
        { id: "VP02", name: "Nguyễn Thu Hà", born: "03/06/2015" },
      ),
    );
    expect(result.gifts.count).toBe(2);
    expect(cellsOf(result, "CHILD_DUPLICATE")).toEqual([]);
  });

  it("takes the gender from whichever parent's row has it, in the gift list and the award list", () => {
    const result = run(
      withChildren(
        { id: "VP01", name: "Nguyễn Thu Hà", born: "02/06/2015", grade: 3, prize: "Giải cấp tỉnh" },
        {
          id: "QL01",
          name: "Nguyễn Thu Hà",
          born: "02/06/2015",
          gender: "Nữ",
          grade: 3,
          prize: "Giải cấp tỉnh",
        },
      ),
    );
    expect(result.gifts.entries.map((e) => e.gender)).toEqual(["Nữ"]);
    expect(result.awards.entries.map((e) => e.gender)).toEqual(["Nữ"]);
  });
});
