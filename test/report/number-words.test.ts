import fc from "fast-check";
import { numberInWords, vndInWords } from "../../src/report/number-words";

describe("vndInWords", () => {
  test.each([
    [0, "Không đồng"],
    [1, "Một đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"],
    [14, "Mười bốn đồng"],
    [15, "Mười lăm đồng"],
    [20, "Hai mươi đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [25, "Hai mươi lăm đồng"],
    [101, "Một trăm linh một đồng"],
    [104, "Một trăm linh bốn đồng"],
    [105, "Một trăm linh năm đồng"],
    [110, "Một trăm mười đồng"],
    [115, "Một trăm mười lăm đồng"],
    [1_000, "Một nghìn đồng"],
    [1_005, "Một nghìn không trăm linh năm đồng"],
    [100_000, "Một trăm nghìn đồng"],
    [200_000, "Hai trăm nghìn đồng"],
    [1_000_005, "Một triệu không trăm linh năm đồng"],
    [2_010_000, "Hai triệu không trăm mười nghìn đồng"],
    [7_050_000, "Bảy triệu không trăm năm mươi nghìn đồng"],
    [14_000_000, "Mười bốn triệu đồng"],
    [14_200_000, "Mười bốn triệu hai trăm nghìn đồng"],
    [22_200_000, "Hai mươi hai triệu hai trăm nghìn đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [1_001_000_000, "Một tỷ không trăm linh một triệu đồng"],
    [1_234_567_890, "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng"],
    [5_000_000_000_005, "Năm nghìn tỷ không trăm linh năm đồng"],
  ])("%d → %s", (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  test.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])("refuses %d", (amount) => {
    expect(() => vndInWords(amount)).toThrow(RangeError);
  });
});

/** Reads the words back, so a property test can check that every reading names the number it was made from. */
function wordsToNumber(text: string): number {
  const digit: Record<string, number> = {
    không: 0,
    một: 1,
    mốt: 1,
    hai: 2,
    ba: 3,
    bốn: 4,
    tư: 4,
    năm: 5,
    lăm: 5,
    sáu: 6,
    bảy: 7,
    tám: 8,
    chín: 9,
  };
  let billions = 0;
  let belowBillion = 0;
  let group = 0;
  let last = 0;
  for (const word of text.split(" ")) {
    if (word in digit) {
      last = digit[word];
      group += last;
    } else if (word === "mười") group += 10;
    else if (word === "mươi") group += last * 9;
    else if (word === "trăm") group += last * 99;
    else if (word === "linh") continue;
    else if (word === "nghìn" || word === "triệu") {
      belowBillion += group * (word === "nghìn" ? 1_000 : 1_000_000);
      group = 0;
    } else if (word === "tỷ") {
      billions = (billions + belowBillion + group) * 1_000_000_000;
      belowBillion = 0;
      group = 0;
    } else throw new Error(`unexpected word ${word}`);
  }
  return billions + belowBillion + group;
}

describe("numberInWords (properties)", () => {
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 0, max: 999_999_999_999_999 }),
  );

  test("reads back to the same number", () => {
    fc.assert(fc.property(amounts, (n) => wordsToNumber(numberInWords(n)) === n));
  });

  test("never uses the forbidden forms", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const words = ` ${numberInWords(n)} `;
        return (
          !/ (mươi một|mươi năm|mười mốt|mười tư|linh mốt|linh lăm|linh tư|một mươi)( |$)/.test(words) &&
          !words.includes("  ")
        );
      }),
    );
  });

  test("vndInWords starts with a capital and ends in đồng", () => {
    fc.assert(fc.property(amounts, (n) => /^\p{Lu}.* đồng$/u.test(vndInWords(n))));
  });
});
