/**
 * The money on generated rosters: children of every age around the gift limit (and some born after the reference
 * date), titles and prizes that pay, children entered by both parents. The expected gifts and awards are worked out
 * here from the generated rows with plain arithmetic, and the engine's totals must equal the sums of its entries.
 */
import fc from "fast-check";
import { baseSheets, headerOf, run, type Sheets } from "../support/workbook-builder";

/** 01/06/2024, the base workbook's `Ngày tính tuổi`. */
const REFERENCE = { year: 2024, month: 6, day: 1 };
const STAFF_IDS = ["VP01", "VP02", "QL01"];
const NAMES = ["Nguyễn Thu Hà", "Nguyễn Thu Hạ", "Lê Gia Bảo", "Vũ Hà My", "Trần Minh Đức"];
const TITLES = ["Học sinh Xuất sắc", "Hoàn thành xuất sắc", "Học sinh Giỏi", "Học sinh tiên tiến"];
const PRIZES = ["Giải quốc tế", "Giải quốc gia", "Giải cấp tỉnh", "Giải cấp huyện"];

interface GeneratedChild {
  parent: string;
  name: string;
  /** Years before the reference date, relative to the age limit (−1 = born in the limit's last year). */
  yearsBeforeLimit: number;
  /** Days after the reference date's anniversary: around the birthday that crosses the limit. */
  dayShift: number;
  young: boolean;
  grade: number | null;
  title: string | null;
  prize: string | null;
  /** The same child entered again by another parent, with that row's own achievements. */
  twin: { parent: string; title: string | null; prize: string | null } | null;
}

const childArbitrary: fc.Arbitrary<GeneratedChild> = fc.record({
  parent: fc.constantFrom(...STAFF_IDS),
  name: fc.constantFrom(...NAMES),
  yearsBeforeLimit: fc.integer({ min: -2, max: 1 }),
  dayShift: fc.integer({ min: -2, max: 2 }),
  young: fc.boolean(),
  grade: fc.option(fc.integer({ min: 1, max: 12 })),
  title: fc.option(fc.constantFrom(...TITLES)),
  prize: fc.option(fc.constantFrom(...PRIZES)),
  twin: fc.option(
    fc.record({
      parent: fc.constantFrom(...STAFF_IDS),
      title: fc.option(fc.constantFrom(...TITLES)),
      prize: fc.option(fc.constantFrom(...PRIZES)),
    }),
    { freq: 3 },
  ),
});

const pad = (n: number) => String(n).padStart(2, "0");

/** The birth date as a clerk types it, and the child's full years on the reference date, computed by hand. */
function birth(child: GeneratedChild, limit: number): { text: string; age: number } {
  // A young child is born 0 or 1 year before the reference date, or (yearsBeforeLimit = −2) just after it.
  const years = child.young ? Math.max(child.yearsBeforeLimit + 1, -1) : limit + child.yearsBeforeLimit;
  const date = new Date(Date.UTC(REFERENCE.year - Math.max(years, 0), REFERENCE.month - 1, REFERENCE.day));
  date.setUTCDate(date.getUTCDate() + (years < 0 ? 3 + child.dayShift : child.dayShift));
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const beforeBirthday = m > REFERENCE.month || (m === REFERENCE.month && d > REFERENCE.day);
  return { text: `${pad(d)}/${pad(m)}/${y}`, age: REFERENCE.year - y - (beforeBirthday ? 1 : 0) };
}

const setting = (sheets: Sheets, key: string, value: string | number) => {
  sheets["Cấu hình"].find((row) => row[0] === key)![1] = value;
};

describe("gifts and awards on generated rosters", () => {
  it("pay exactly the hand-computed gifts and awards, and totals equal the sums of the entries", () => {
    const seen = { runs: 0, withGift: 0, withAgeOut: 0, withAward: 0, withSharedChild: 0 };
    fc.assert(
      fc.property(
        fc.array(childArbitrary, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(6, 16),
        fc.constantFrom(150_000, 200_000),
        fc.constantFrom("Cao nhất", "Cộng dồn"),
        (children, limit, giftValue, rule) => {
          const sheets = baseSheets();
          setting(sheets, "Tuổi nhận quà (dưới)", limit);
          setting(sheets, "Giá trị quà", giftValue);
          setting(sheets, "Cách tính khen thưởng", rule);
          const rows = children.flatMap((child) => {
            const born = birth(child, limit);
            const twin = child.twin && { ...child, ...child.twin, twin: null };
            return [{ child, ...born }, ...(twin ? [{ child: twin, ...born }] : [])];
          });
          sheets["Con"] = [
            headerOf("Con"),
            ...rows.map(({ child, text }) => [
              child.parent,
              child.name,
              text,
              null,
              child.grade,
              null,
              child.title,
              child.prize,
              null,
            ]),
          ];

          // By hand: the tiers as the sheet lists them; a child is its name and birth date; the better row pays.
          const tier = new Map(
            sheets["Mức khen thưởng"].slice(1).map((r) => [r[0] as string, r[2] as number]),
          );
          const earns = (child: GeneratedChild) => {
            const title = child.title === null ? 0 : tier.get(child.title)!;
            const prize = child.prize === null ? 0 : tier.get(child.prize)!;
            return rule === "Cộng dồn" ? title + prize : Math.max(title, prize);
          };
          const distinct = new Map<string, { age: number; award: number }>();
          for (const { child, text, age } of rows) {
            const key = `${child.name}|${text}`;
            const award = Math.max(distinct.get(key)?.award ?? 0, earns(child));
            distinct.set(key, { age, award });
          }
          const eligible = [...distinct.values()].filter((c) => c.age >= 0 && c.age < limit);
          const awarded = [...distinct.values()].filter((c) => c.award > 0);

          const result = run(sheets);
          expect(result.counts.error).toBe(0);
          const { gifts, awards } = result;
          expect(gifts.count).toBe(eligible.length);
          expect(gifts.total).toBe(eligible.length * giftValue);
          expect(gifts.entries.every((e) => e.age >= 0 && e.age < limit && e.value === giftValue)).toBe(true);
          expect(gifts.entries.reduce((sum, e) => sum + e.value, 0)).toBe(gifts.total);
          expect(gifts.byUnit.reduce((sum, u) => sum + u.total, 0)).toBe(gifts.total);
          expect(awards.count).toBe(awarded.length);
          expect(awards.total).toBe(awarded.reduce((sum, c) => sum + c.award, 0));
          expect(awards.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(awards.total);
          expect(awards.byAchievement.reduce((sum, a) => sum + a.total, 0)).toBe(awards.total);
          expect(awards.byUnit.reduce((sum, u) => sum + u.total, 0)).toBe(awards.total);

          seen.runs += 1;
          if (gifts.count > 0) seen.withGift += 1;
          if (eligible.length < distinct.size) seen.withAgeOut += 1;
          if (awards.count > 0) seen.withAward += 1;
          if (distinct.size < rows.length) seen.withSharedChild += 1;
        },
      ),
      { numRuns: 100 },
    );
    // The generator produces what the property is about: most runs pay gifts and awards, leave some child out by
    // age, and enter some child twice — the totals above are not 0 = 0.
    expect(seen.withGift / seen.runs).toBeGreaterThan(0.5);
    expect(seen.withAgeOut / seen.runs).toBeGreaterThan(0.5);
    expect(seen.withAward / seen.runs).toBeGreaterThan(0.5);
    expect(seen.withSharedChild / seen.runs).toBeGreaterThan(0.5);
  });
});
