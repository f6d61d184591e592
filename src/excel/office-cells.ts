import { type Cell, isExcelErrorLiteral, type SheetGrid } from "../engine";

/**
 * `range.values` gives numbers (dates as serials), booleans, strings, `""` for an empty cell and an error value as
 * its literal text (`#N/A`). Excel turns a typed `#N/A` into the error value, so text that is exactly an error
 * literal is taken for the error: the engine's rule, which spares loading `valueTypes` — it would double the
 * response (about 8 bytes per cell for `"String"` against 13.5 for the value itself).
 */
export function cellFromOffice(value: unknown): Cell {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value !== "string" || value === "") return null;
  return isExcelErrorLiteral(value) ? { error: value.trim().toUpperCase() } : value;
}

/**
 * A sheet's used range as the engine's grid, padded from A1 so that its rows and columns are Excel's, as when the
 * command line reads the file: the header row is searched in the sheet's first 10 rows either way.
 */
export function gridFromUsedRange(
  name: string,
  origin: { readonly rowIndex: number; readonly columnIndex: number },
  values: readonly (readonly unknown[])[],
): SheetGrid {
  const lead = Array<Cell>(origin.columnIndex).fill(null);
  const rows: Cell[][] = Array.from({ length: origin.rowIndex }, () => []);
  for (const row of values) rows.push([...lead, ...row.map(cellFromOffice)]);
  return { name, rows, firstRow: 1, firstColumn: 1 };
}
