import fc from "fast-check";
import { type Cell, INPUT_SHEETS, runCampaign, type SheetGrid } from "../../src/engine";
import { foldKey } from "../../src/engine/text";

const cellArbitrary: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "VP01",
    "Nguyễn Văn An",
    "Văn phòng",
    "02/06/2015",
    "31/02/2015",
    "500.000 đ",
    "Mầm non",
    "Học sinh Giỏi",
    "=1+1",
    "Cao nhất",
  ),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom<Cell>({ error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" }),
);

/** A sheet of the contract with some of its headers (shuffled, some missing) and random rows beneath. */
const sheetArbitrary: fc.Arbitrary<SheetGrid> = fc
  .record({
    spec: fc.constantFrom(...INPUT_SHEETS),
    titleRows: fc.integer({ min: 0, max: 3 }),
    keep: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    rows: fc.array(fc.array(cellArbitrary, { maxLength: 10 }), { maxLength: 12 }),
    firstRow: fc.integer({ min: 1, max: 5 }),
    firstColumn: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ spec, titleRows, keep, rows, firstRow, firstColumn }) => {
    const headers = spec.columns.filter((_, i) => keep[i] !== false).map((c) => c.header);
    const title: Cell[][] = Array.from({ length: titleRows }, () => ["Tiêu đề"]);
    return { name: spec.name, rows: [...title, headers, ...rows], firstRow, firstColumn };
  });

function decode(cell: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

describe("the engine on arbitrary workbooks", () => {
  it("never throws, and every issue points at a cell inside its sheet", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sheetArbitrary, { selector: (s) => s.name, maxLength: 8 }),
        fc.constantFrom("vi", "en"),
        (sheets, locale) => {
          const result = runCampaign({ sheets }, { today: "2024-07-05", locale: locale as "vi" | "en" });
          for (const issue of result.issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            if (issue.cell === null) continue;
            const grid = sheets.find((s) => foldKey(s.name) === foldKey(issue.sheet));
            expect(grid).toBeDefined();
            const { row, column } = decode(issue.cell);
            const firstRow = grid!.firstRow ?? 1;
            const firstColumn = grid!.firstColumn ?? 1;
            const width = Math.max(1, ...grid!.rows.map((r) => r.length));
            expect(issue.row).toBe(row);
            expect(row).toBeGreaterThanOrEqual(firstRow);
            expect(row).toBeLessThan(firstRow + Math.max(1, grid!.rows.length));
            expect(column).toBeGreaterThanOrEqual(firstColumn);
            expect(column).toBeLessThan(firstColumn + width);
          }
          // Lists and totals stay consistent whatever the input. Random cells seldom pay anything: the money itself is
          // checked on generated rosters in money-properties.test.ts.
          expect(result.gifts.byUnit.reduce((s, g) => s + g.total, 0)).toBe(result.gifts.total);
          expect(result.awards.byAchievement.reduce((s, a) => s + a.total, 0)).toBe(result.awards.total);
        },
      ),
      { numRuns: 300 },
    );
  });
});
