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
