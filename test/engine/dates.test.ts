import {
  fromExcelSerial,
  fullYearsOn,
  parseDateText,
  readDateCell,
  toExcelSerial,
} from "../../src/engine/dates";

describe("Excel serials (1900 date system)", () => {
  it.each([
    [45444, "2024-06-01"],
    [45473, "2024-06-30"],
    [45350, "2024-02-28"],
    [45351, "2024-02-29"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s and back", (serial, iso) => {
    expect(fromExcelSerial(serial)).toBe(iso);
    expect(toExcelSerial(iso)).toBe(serial);
  });

  it("drops the time of day of a date-time serial", () => {
    expect(fromExcelSerial(45444.75)).toBe("2024-06-01");
  });

  it("refuses serials below 61, where Excel's phantom 29/02/1900 shifts every date", () => {
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(1)).toBeNull();
    expect(readDateCell(60)).toEqual({ kind: "invalid", problem: "out-of-range" });
  });

  it("gives the same date whatever the process time zone", () => {
    // The suite runs under TZ=UTC and TZ=Asia/Ho_Chi_Minh (npm test); both must land on the same calendar day.
    expect(fromExcelSerial(toExcelSerial("2008-06-01"))).toBe("2008-06-01");
    expect(String(process.env.TZ ?? "")).toMatch(/^(UTC|Asia\/Ho_Chi_Minh|)$/);
  });
});

describe("dates typed as text", () => {
  it.each([
    ["2/6/2015", "2015-06-02"],
    ["02/06/2015", "2015-06-02"],
    ["02-06-2015", "2015-06-02"],
    ["02.06.2015", "2015-06-02"],
    [" 29/02/2024 ", "2024-02-29"],
    ["01/01/1900", "1900-01-01"],
  ])("%s is day first: %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: "date", date: iso });
  });

  it.each([
    ["31/02/2015", "impossible"],
    ["29/02/2023", "impossible"],
    ["13/13/2015", "impossible"],
    ["02/06/15", "two-digit-year"],
    ["2015-06-02", "format"],
    ["02/06/20155", "format"],
    ["hôm qua", "format"],
    // Before 1900 Excel has no serial for it: a real day, refused as out of range.
    ["31/12/1899", "out-of-range"],
  ])("%s is refused (%s)", (text, problem) => {
    expect(parseDateText(text)).toEqual({ kind: "invalid", problem });
  });

  it("never reads month first: 06/13/2015 is not 13 June", () => {
    expect(parseDateText("06/13/2015")).toEqual({ kind: "invalid", problem: "impossible" });
  });
});

describe("full years reached", () => {
  it("counts a birthday on the reference day as reached", () => {
    expect(fullYearsOn("2008-06-01", "2024-06-01")).toBe(16);
    expect(fullYearsOn("2008-06-02", "2024-06-01")).toBe(15);
  });

  it("lets a 29 February child reach a new year on 1 March in common years", () => {
    expect(fullYearsOn("2008-02-29", "2023-02-28")).toBe(14);
    expect(fullYearsOn("2008-02-29", "2023-03-01")).toBe(15);
    expect(fullYearsOn("2008-02-29", "2024-02-29")).toBe(16);
  });

  it("is negative for a child born after the reference date", () => {
    expect(fullYearsOn("2024-06-02", "2024-06-01")).toBe(-1);
  });
});
