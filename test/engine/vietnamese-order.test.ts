import { compareVietnamese } from "../../src/engine/text";
import { seededRandom } from "../support/seeded-random";

/**
 * compareVietnamese answers some comparisons itself (two different ASCII letters where the texts first differ)
 * and leaves the rest to ICU's `vi` collator: both must always agree.
 */
const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });
const agree = (a: string, b: string): boolean =>
  Math.sign(compareVietnamese(a, b)) === Math.sign(collator.compare(a, b));

const PIECES = [
  ..."abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXYfjwzFJWZ",
  ..."ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
  ..."ÀÁẠẮẶẦẤỄỆỐỘỜỚỢỨỰỲÝ",
  ..."  0123456789-.'",
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0306",
  "\u0309",
  "\u0323",
  "ß",
  "æ",
  "ø",
  "ł",
  "ı",
  "ŀ",
  "·",
  "\u00ad",
  "\u200b",
];

describe("Vietnamese order", () => {
  test("names as the collator orders them", () => {
    const names = [
      "Trần Thị An",
      "Nguyễn Văn An",
      "nguyễn văn an",
      "Nguyễn Văn Anh",
      "Lê An",
      "Lý An",
      "Đỗ An",
      "Dương An",
    ];
    const expected = [...names].sort((a, b) => collator.compare(a, b));
    expect([...names].sort(compareVietnamese)).toEqual(expected);
    expect(compareVietnamese("Nguyễn Văn An", "Trần Thị An")).toBeLessThan(0);
    expect(compareVietnamese("Trần Thị An", "Nguyễn Văn An")).toBeGreaterThan(0);
    expect(compareVietnamese("Nguyễn Văn An", "Nguyễn Văn An")).toBe(0);
  });

  test("a letter joined by a combining mark is left to the collator", () => {
    // "xa" + breve is "xă", which sorts after every "xa…" but before "xb".
    for (const [a, b] of [
      ["xa\u0306", "xb"],
      ["xa\u0306c", "xab"],
      ["Da\u0323t", "Dbt"],
      ["o\u031b", "ob"],
    ])
      expect(agree(a, b) && agree(b, a)).toBe(true);
  });

  test("random texts sharing a beginning compare as the collator compares them", () => {
    const random = seededRandom(2026);
    const piece = (): string => PIECES[random(PIECES.length)];
    const text = (length: number): string => Array.from({ length }, piece).join("");
    const disagreements: string[][] = [];
    for (let round = 0; round < 20_000; round += 1) {
      const prefix = text(random(6));
      const a = prefix + text(1 + random(5));
      const b = prefix + text(1 + random(5));
      if (!agree(a, b) || !agree(b, a)) disagreements.push([a, b]);
    }
    expect(disagreements).toEqual([]);
  });
});
