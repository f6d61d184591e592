import { seededRandom } from "../support/seeded-random";
import { dateInWords, placeDateLine, textDate } from "../../src/report/document-dates";
import { formatPercent } from "../../src/report/percent";
import { paragraphsOf, plainText } from "../../src/report/plain-text";

describe("placeDateLine (Nghị định 30/2020: leading zero for days below 10 and months 1–2)", () => {
  test.each([
    ["2024-07-05", "Bắc Giang, ngày 05 tháng 7 năm 2024"],
    ["2024-11-05", "Bắc Giang, ngày 05 tháng 11 năm 2024"],
    ["2025-02-15", "Bắc Giang, ngày 15 tháng 02 năm 2025"],
    ["2025-01-01", "Bắc Giang, ngày 01 tháng 01 năm 2025"],
    ["2024-12-31", "Bắc Giang, ngày 31 tháng 12 năm 2024"],
    ["2024-10-10", "Bắc Giang, ngày 10 tháng 10 năm 2024"],
  ])("%s → %s", (date, line) => {
    expect(placeDateLine("Bắc Giang", date)).toBe(line);
  });

  test("refuses what is not an ISO date", () => {
    expect(() => dateInWords("05/07/2024")).toThrow(RangeError);
  });
});

describe("textDate", () => {
  test.each([
    ["2024-06-01", "01/6/2024"],
    ["2024-07-22", "22/7/2024"],
    ["2025-02-05", "05/02/2025"],
    ["2024-11-30", "30/11/2024"],
  ])("%s → %s", (date, text) => {
    expect(textDate(date)).toBe(text);
  });
});

describe("formatPercent", () => {
  test.each([
    [0.9355, "93,55%"],
    [0.935, "93,5%"],
    [0.9, "90%"],
    [1, "100%"],
    [0, "0%"],
    [0.0001, "0,01%"],
  ])("%d → %s", (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });
});

describe("plain text from the workbook", () => {
  test("drops control characters XML cannot hold and collapses whitespace", () => {
    expect(plainText("  Nguyễn\u0001 Văn\t\tAn\u000b ")).toBe("Nguyễn Văn An");
  });

  test("keeps formula- and markup-like text as typed", () => {
    expect(plainText("=SUM(A1:A3) <b>&amp;</b> @x")).toBe("=SUM(A1:A3) <b>&amp;</b> @x");
  });

  test("gives what the long way gives, on any mix of controls, spaces and marks", () => {
    const longWay = (text: string): string =>
      text
        .normalize("NFC")
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, "")
        .replace(/\s+/g, " ")
        .trim();
    const pieces = [
      "Nguyễn",
      " ",
      "  ",
      "\u0001",
      "\u007f",
      "\u0085",
      "\u00a0",
      "\t",
      "e\u0302",
      "\u0303",
      "\uffff",
      "Ư",
      "x",
    ];
    const random = seededRandom(3);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join("");
      expect([text, plainText(text)]).toEqual([text, longWay(text)]);
    }
  });

  test("normalises to NFC", () => {
    expect(plainText("Nguye\u0302\u0303n")).toBe("Nguyễn");
  });

  test("free text becomes one paragraph per typed line", () => {
    expect(paragraphsOf("Dòng một.\r\n\n  Dòng hai.  \nDòng ba.")).toEqual([
      "Dòng một.",
      "Dòng hai.",
      "Dòng ba.",
    ]);
    expect(paragraphsOf(null)).toEqual([]);
    expect(paragraphsOf(" \n ")).toEqual([]);
  });
});
