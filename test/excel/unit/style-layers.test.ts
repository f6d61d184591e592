import fc from "fast-check";
import { type SheetOp, FRESH_STYLE, type StyleValues } from "../../../src/excel/sheet-ops";
import { borderOps, styleOps } from "../../../src/excel/style-layers";

/** Applies style ops to a fresh grid, as Excel would. */
function paint(rows: number, columns: number, ops: readonly SheetOp[]): StyleValues[][] {
  const grid = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => ({ ...FRESH_STYLE }) as Record<string, unknown>),
  );
  for (const op of ops) {
    if (op.op !== "style") continue;
    for (let r = op.area.row; r < op.area.row + op.area.rows; r += 1)
      for (let c = op.area.column; c < op.area.column + op.area.columns; c += 1)
        grid[r][c][op.property] = op.value;
  }
  return grid as unknown as StyleValues[][];
}

const look = fc.record({
  numberFormat: fc.constantFrom("General", "@", "0", "#,##0", "dd/mm/yyyy"),
  fontName: fc.constantFrom(null, "Times New Roman"),
  fontSize: fc.constantFrom(null, 13, 14),
  bold: fc.boolean(),
  italic: fc.boolean(),
  underline: fc.boolean(),
  fontColor: fc.constantFrom(null, "0563C1"),
  fill: fc.constantFrom(null, "DDEBF7"),
  horizontal: fc.constantFrom("general", "left", "center", "right", "justify"),
  vertical: fc.constantFrom("bottom", "middle", "top"),
  wrap: fc.boolean(),
}) as fc.Arbitrary<StyleValues>;

describe("styleOps", () => {
  it("reproduces every cell's look on a fresh sheet, whatever the looks", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((rows) =>
            fc
              .integer({ min: 1, max: 6 })
              .chain((columns) =>
                fc.tuple(
                  fc.constant(rows),
                  fc.constant(columns),
                  fc.array(look, { minLength: rows * columns, maxLength: rows * columns }),
                ),
              ),
          ),
        ([rows, columns, looks]) => {
          const at = (r: number, c: number) => looks[r * columns + c];
          const painted = paint(rows, columns, styleOps(rows, columns, at));
          for (let r = 0; r < rows; r += 1)
            for (let c = 0; c < columns; c += 1) expect(painted[r][c]).toEqual(at(r, c));
        },
      ),
    );
  });

  it("sets a uniform list in a few calls: one per column format, one per differing row", () => {
    // 1 000 data rows in 3 columns of 3 formats, with a text header row.
    const formats = ["0", "@", "#,##0"];
    const at = (r: number, c: number): StyleValues => ({
      ...FRESH_STYLE,
      numberFormat: r === 0 ? "@" : formats[c],
    });
    const ops = styleOps(1001, 3, at);
    expect(
      ops.map((op) =>
        op.op === "style"
          ? `${op.property} ${op.area.row},${op.area.column} ${op.area.rows}x${op.area.columns} ${op.value}`
          : op.op,
      ),
    ).toEqual([
      "numberFormat 0,0 1001x1 0",
      "numberFormat 0,1 1001x1 @",
      "numberFormat 0,2 1001x1 #,##0",
      "numberFormat 0,0 1x1 @",
      "numberFormat 0,2 1x1 @",
    ]);
  });

  it("never needs to reset a property to the workbook's default", () => {
    const at = (r: number): StyleValues => ({
      ...FRESH_STYLE,
      fontSize: r === 0 ? 14 : null,
      fill: r % 2 ? "F2F2F2" : null,
    });
    const ops = styleOps(20, 2, at);
    expect(ops.every((op) => op.op !== "style" || op.value !== null)).toBe(true);
  });
});

describe("borderOps", () => {
  it("borders a contiguous table in one call", () => {
    const ops = borderOps(50, 9, (r) => r >= 2, "8C8C8C");
    expect(ops).toEqual([
      { op: "borders", area: { row: 2, column: 0, rows: 48, columns: 9 }, color: "8C8C8C" },
    ]);
  });
});
