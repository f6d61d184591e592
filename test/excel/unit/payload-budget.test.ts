import fc from "fast-check";
import { packBatches, rowPieces } from "../../../src/excel/payload-budget";
import { columnWidthPoints } from "../../../src/excel/column-width";

describe("packBatches (the batch planner)", () => {
  it("keeps the order, loses nothing, and stays within the budget unless one item alone exceeds it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 200 }),
        fc.integer({ min: 500, max: 5000 }),
        (sizes, budget) => {
          const batches = packBatches(sizes, (size) => size, budget);
          expect(batches.flat()).toEqual(sizes);
          for (const batch of batches) {
            const total = batch.reduce((a, b) => a + b, 0);
            expect(total <= budget || batch.length === 1).toBe(true);
          }
        },
      ),
    );
  });

  it("needs one batch more per budget's worth of small pieces", () => {
    const pieces = Array<number>(100).fill(256);
    expect(packBatches(pieces, (size) => size, 4096)).toHaveLength(Math.ceil((100 * 256) / 4096));
    expect(packBatches(pieces.slice(0, 16), (size) => size, 4096)).toHaveLength(1);
  });
});

describe("rowPieces", () => {
  it("covers every row once, in pieces no bigger than asked (one row at least)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (rows, perRow, piece) => {
          const pieces = rowPieces(rows, perRow, piece);
          expect(pieces.reduce((n, p) => n + p.count, 0)).toBe(rows);
          pieces.forEach((p, i) => {
            expect(p.start).toBe(i === 0 ? 0 : pieces[i - 1].start + pieces[i - 1].count);
            expect(p.count === 1 || p.count * perRow <= piece).toBe(true);
          });
        },
      ),
    );
  });
});

describe("columnWidthPoints", () => {
  it("turns a stored column width (characters, padding included) into the points Office.js takes", () => {
    expect(columnWidthPoints(9.140625)).toBe(48); // Excel's default column as stored: 64 px
    expect(columnWidthPoints(6)).toBe(31.5); // 42 px
    expect(columnWidthPoints(100)).toBe(525); // 700 px
  });
});
