import {
  type Area,
  area,
  FRESH_STYLE,
  type SheetOp,
  type StyleProperty,
  type StyleValues,
} from "./sheet-ops";

/**
 * Turns a per-cell look into few range calls. Per property: each column gets its most common value in one call
 * (a `numberFormat` of `[["@"]]` fills the whole area), then the cells that differ are set in rectangles — runs of
 * equal cells in a row, stacked over consecutive rows that differ the same way. A 10 000-child gift list becomes a
 * few hundred calls (the unit headings and subtotals), not one per cell.
 */

/** numberFormat first: text cells must be `@` before their values are written. */
const PROPERTIES: readonly StyleProperty[] = [
  "numberFormat",
  "fontName",
  "fontSize",
  "bold",
  "italic",
  "underline",
  "fontColor",
  "fill",
  "horizontal",
  "vertical",
  "wrap",
];

type Value = StyleValues[StyleProperty];

/** Properties whose fresh value is "the workbook's": never an override target, as there is no call to restore it. */
const INHERITED: ReadonlySet<StyleProperty> = new Set(["fontName", "fontSize", "fontColor", "fill"]);

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly value: Value;
}

/** Runs of consecutive wanted cells of one row, grouped by equal value. */
function rowSegments(values: readonly Value[], wanted: (value: Value, column: number) => boolean): Segment[] {
  const segments: Segment[] = [];
  for (let column = 0; column < values.length; column += 1) {
    const value = values[column];
    if (!wanted(value, column)) continue;
    const last = segments[segments.length - 1];
    if (last && last.to === column - 1 && last.value === value)
      segments[segments.length - 1] = { ...last, to: column };
    else segments.push({ from: column, to: column, value });
  }
  return segments;
}

const signature = (segments: readonly Segment[]): string =>
  segments.map((s) => `${s.from}:${s.to}:${String(s.value)}`).join("|");

/** Rectangles covering the wanted cells: row runs stacked over consecutive rows with the same runs. */
function rectangles(
  grid: readonly (readonly Value[])[],
  wanted: (value: Value, column: number) => boolean,
): { area: Area; value: Value }[] {
  const result: { area: Area; value: Value }[] = [];
  let open: { start: number; segments: Segment[]; key: string } | null = null;
  const close = (end: number): void => {
    if (!open) return;
    for (const s of open.segments)
      result.push({ area: area(open.start, s.from, end - open.start, s.to - s.from + 1), value: s.value });
    open = null;
  };
  grid.forEach((values, row) => {
    const segments = rowSegments(values, wanted);
    const key = signature(segments);
    if (open && open.key === key) return;
    close(row);
    if (segments.length > 0) open = { start: row, segments, key };
  });
  close(grid.length);
  return result;
}

function mostCommon(values: readonly Value[], fresh: Value): Value {
  const counts = new Map<Value, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fresh;
  let bestCount = counts.get(fresh) ?? 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function propertyOps(
  property: StyleProperty,
  grid: readonly (readonly Value[])[],
  columns: number,
): SheetOp[] {
  const fresh = FRESH_STYLE[property];
  const rows = grid.length;
  const base: Value[] = [];
  for (let column = 0; column < columns; column += 1) {
    const values = grid.map((row) => row[column]);
    base.push(INHERITED.has(property) && values.includes(null) ? null : mostCommon(values, fresh));
  }
  const ops: SheetOp[] = [];
  const make = (where: Area, value: Value): SheetOp =>
    ({ op: "style", area: where, property, value }) as SheetOp;
  // Whole columns, adjacent equal ones together.
  for (let column = 0; column < columns;) {
    let end = column;
    while (end + 1 < columns && base[end + 1] === base[column]) end += 1;
    if (base[column] !== fresh) ops.push(make(area(0, column, rows, end - column + 1), base[column]));
    column = end + 1;
  }
  for (const rect of rectangles(grid, (value, column) => value !== base[column]))
    ops.push(make(rect.area, rect.value));
  return ops;
}

/** Style calls for a `rows` × `columns` block whose cell looks are given, on a fresh worksheet. */
export function styleOps(
  rows: number,
  columns: number,
  styleAt: (row: number, column: number) => StyleValues,
): SheetOp[] {
  if (rows === 0 || columns === 0) return [];
  const looks = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => styleAt(row, column)),
  );
  return PROPERTIES.flatMap((property) =>
    propertyOps(
      property,
      looks.map((row) => row.map((look) => look[property])),
      columns,
    ),
  );
}

/** Thin borders around and inside every rectangle of bordered cells. */
export function borderOps(
  rows: number,
  columns: number,
  bordered: (row: number, column: number) => boolean,
  color: string,
): SheetOp[] {
  const grid = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => bordered(row, column)),
  );
  return rectangles(grid, (value) => value === true).map((rect): SheetOp => ({
    op: "borders",
    area: rect.area,
    color,
  }));
}
