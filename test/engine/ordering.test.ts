import { seededRandom } from "../support/seeded-random";
import { UnitOrder } from "../../src/engine/lists/unit-order";
import type { StaffRoster } from "../../src/engine/roster/staff";
import { compareVietnamese, givenName } from "../../src/engine/text";
import { run, withChildren } from "../support/workbook-builder";

describe("list order", () => {
  it("orders by unit (Đơn vị order), then given name in Vietnamese collation, then full name, then birth date", () => {
    const result = run(
      withChildren(
        { id: "QL01", name: "Lê Văn An", born: "01/01/2015" },
        { id: "VP01", name: "Nguyễn Thị Đào", born: "01/01/2015" },
        { id: "VP01", name: "Trần Văn Dũng", born: "01/01/2015" },
        { id: "VP02", name: "Lê Minh An", born: "01/01/2014" },
        { id: "VP02", name: "Lê Minh An", born: "01/01/2012" },
        { id: "VP01", name: "Hoàng Ánh", born: "01/01/2015" },
      ),
    );
    expect(result.gifts.entries.map((e) => `${e.unit}|${e.name}|${e.birthDate.slice(0, 4)}`)).toEqual([
      "Văn phòng|Lê Minh An|2012",
      "Văn phòng|Lê Minh An|2014",
      "Văn phòng|Hoàng Ánh|2015",
      "Văn phòng|Trần Văn Dũng|2015",
      "Văn phòng|Nguyễn Thị Đào|2015",
      "Phòng Quản lý khoa học|Lê Văn An|2015",
    ]);
    expect(result.gifts.byUnit.map((g) => [g.unit, g.count, g.total])).toEqual([
      ["Văn phòng", 5, 1_000_000],
      ["Phòng Quản lý khoa học", 1, 200_000],
    ]);
  });
});

describe("children with the same name in one unit", () => {
  it("are listed by date of birth, oldest first, whatever the order typed", () => {
    const result = run(
      withChildren(
        { id: "VP01", name: "Lê Minh An", born: "01/01/2013" },
        { id: "VP02", name: "Lê Minh An", born: "01/01/2011" },
        { id: "VP01", name: "Lê Minh An", born: "01/01/2014" },
        { id: "VP02", name: "Lê Minh An", born: "01/01/2012" },
      ),
    );
    expect(result.gifts.entries.map((e) => e.birthDate.slice(0, 4))).toEqual([
      "2011",
      "2012",
      "2013",
      "2014",
    ]);
  });
});

describe("sorting people for a list", () => {
  const NAMES = [
    "Lê Minh An",
    "Lê Văn An",
    "Lê văn an",
    "Nguyễn Thị Đào",
    "Trần Văn Dũng",
    "Hoàng Ánh",
    "Hoàng Anh",
    "Ân",
    "Ăn",
  ];
  const UNITS = ["Văn phòng", "Phòng Quản lý khoa học", "Đơn vị mới"];

  /** The order stated in full, one comparison at a time, to hold the ranked sort to. */
  const comparedOneByOne = (
    order: UnitOrder,
    a: { unit: string; name: string; birthDate: string },
    b: { unit: string; name: string; birthDate: string },
  ): number =>
    order.rankOf(a.unit) - order.rankOf(b.unit) ||
    compareVietnamese(givenName(a.name), givenName(b.name)) ||
    compareVietnamese(a.name, b.name) ||
    (a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0);

  it("gives the order of comparing each pair in full, on names that differ only in case or marks", () => {
    const order = new UnitOrder({ names: UNITS.slice(0, 2), declared: true, canonical: (name) => name }, {
      members: [],
    } as unknown as StaffRoster);
    const random = seededRandom(5);
    for (let round = 0; round < 50; round++) {
      const people = Array.from({ length: 1 + random(40) }, (_, i) => ({
        unit: UNITS[random(UNITS.length)],
        name: NAMES[random(NAMES.length)],
        birthDate: `201${random(3)}-01-0${1 + random(3)}`,
        index: i,
      }));
      const expected = [...people].sort((a, b) => comparedOneByOne(order, a, b) || a.index - b.index);
      // Equal people keep their order in both: Array.prototype.sort is stable.
      expect(order.sortPeople([...people])).toEqual(expected);
    }
  });
});
