import { cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("DATE_INVALID", () => {
  it.each(["31/02/2015", "29/02/2023", "02/06/15", "2015/06/02", 12, true])(
    "refuses %p as a date of birth",
    (born) => {
      const result = run(withChildren({ born }));
      expect(cellsOf(result, "DATE_INVALID")).toEqual(["Con!C2"]);
      expect(result.gifts.count).toBe(0);
    },
  );

  it("accepts 29/02 of a leap year, serials and text alike", () => {
    const result = run(withChildren({ born: "29/02/2016" }, { name: "Lê Gia Bảo", born: 42429 }));
    expect(result.issues).toEqual([]);
    expect(result.gifts.entries.map((e) => e.birthDate).sort()).toEqual(["2016-02-29", "2016-02-29"]);
  });
});
