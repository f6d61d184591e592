import { seededRandom } from "../support/seeded-random";
import { textWidthPt, wrappedLineCount } from "../../src/report/text-width";

/** Wrapping as a reader would check it: each candidate line measured whole. */
function linesMeasuredWhole(text: string, widthPt: number, sizePt: number, bold: boolean): number {
  let lines = 1;
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidthPt(candidate, sizePt, bold) > widthPt) {
      lines++;
      line = word;
    } else line = candidate;
  }
  return lines;
}

const WORDS = [
  "Nguyễn",
  "Thị",
  "Hương",
  "Trần",
  "Đức",
  "Anh",
  "Phòng",
  "Kế",
  "hoạch",
  "Tài",
  "chính",
  "",
  "ƯỚC",
  "W",
  // Decomposed (as macOS types it), a Greek singleton NFC replaces, a letter beyond the width table.
  "Nguye\u0302\u0303n",
  "\u1f71",
  "\u2126hm",
];

function* texts(): Generator<string> {
  const random = seededRandom(7);
  for (let i = 0; i < 400; i++)
    yield Array.from({ length: 1 + random(12) }, () => WORDS[random(WORDS.length)]).join(" ");
  yield " leading space";
  yield "doubled  space";
  yield "";
}

describe("line count of a wrapped cell", () => {
  it("is the count found by measuring each candidate line whole, on Vietnamese names and odd spacing", () => {
    for (const text of texts())
      for (const width of [40, 90, 150])
        for (const bold of [false, true])
          expect([text, width, bold, wrappedLineCount(text, width, 13, bold)]).toEqual([
            text,
            width,
            bold,
            linesMeasuredWhole(text, width, 13, bold),
          ]);
  });

  it("wraps a long unit name and keeps a short one on one line", () => {
    expect(wrappedLineCount("Phòng Kế hoạch Tài chính và Tổng hợp", 60, 13)).toBeGreaterThan(2);
    expect(wrappedLineCount("Phòng Kế hoạch", 300, 13)).toBe(1);
  });

  it("measures a Vietnamese letter as its base letter, the horn a little wider", () => {
    expect(textWidthPt("ệ", 10)).toBe(textWidthPt("e", 10));
    expect(textWidthPt("ư", 10)).toBeGreaterThan(textWidthPt("u", 10));
    expect(textWidthPt("Đ", 10, true)).toBe(textWidthPt("D", 10, true));
  });
});
