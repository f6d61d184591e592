import { cellAddress } from "./a1";
import { type Cell, type SheetGrid, type WorkbookSnapshot, isBlankCell } from "./cell";
import type { IssueLog } from "./issues";
import type { InputSheetSpec } from "./schema";
import { cleanText, foldKey } from "./text";

/** A header row may sit below title rows, but no lower than this (SPEC §2). */
const HEADER_SEARCH_ROWS = 10;

export interface TableRow {
  /** Excel row number. */
  readonly row: number;
  value(header: string): Cell;
  /** The cell under `header`, or undefined when the table has no such column: one lookup for both questions. */
  find(header: string): Cell | undefined;
  /** A1 address of this row's cell under `header` (the header must be present). */
  cell(header: string): string;
}

export interface Table {
  readonly sheet: string;
  /** How many data rows: blank rows between them are not counted. */
  readonly rowCount: number;
  /**
   * The data row at `index` (0 to rowCount - 1, in sheet order), made when asked: kept in a list, a province's
   * hundred thousand rows outlived every young-generation collection of the engine's run and were copied by each.
   */
  row(index: number): TableRow;
  /**
   * One row object for the whole table, moved to the data row at `index` by each call: for the checks that read
   * a province's rows one after the other and keep none of them.
   */
  cursor(): (index: number) => TableRow;
  has(header: string): boolean;
  /** A1 address of the cell under `header` (which must be present) in Excel row `row`. */
  cellAt(row: number, header: string): string;
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetGrid | undefined {
  const exact = snapshot.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  const key = foldKey(name);
  return snapshot.sheets.find((sheet) => foldKey(sheet.name) === key);
}

/** Text of a cell for display in a message: what the clerk sees in Excel. */
export function displayCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  return cleanText(cell);
}

/** Maps each header of `spec` found in `row` to its 0-based index in the row. */
function matchHeaders(row: readonly Cell[], spec: InputSheetSpec): Map<string, number> {
  const wanted = new Map(spec.columns.map((column) => [foldKey(column.header), column.header]));
  const found = new Map<string, number>();
  row.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const header = wanted.get(foldKey(cell));
    if (header !== undefined && !found.has(header)) found.set(header, index);
  });
  return found;
}

function missingHeaders(found: Map<string, number>, spec: InputSheetSpec): string[] {
  const missing = spec.columns.filter((c) => c.required && !found.has(c.header)).map((c) => c.header);
  if (spec.oneOf && !spec.oneOf.some((header) => found.has(header))) missing.push(spec.oneOf[0]);
  return missing;
}

/**
 * Reads one input sheet: finds it, finds its header row, and yields its non-blank data rows.
 * Returns null (after logging SHEET_MISSING or COLUMN_MISSING) when the sheet cannot be read.
 */
export function readTable(
  snapshot: WorkbookSnapshot,
  spec: InputSheetSpec,
  log: IssueLog,
  /** For an optional sheet: what the engine does without it, in the log's language. */
  fallbackWhenMissing?: string,
): Table | null {
  const grid = findSheet(snapshot, spec.name);
  if (!grid) {
    log.add("SHEET_MISSING", { sheet: spec.name }, { expected: fallbackWhenMissing }, spec.whenMissing);
    return null;
  }
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const located = locateHeaderRow(grid.rows, spec);
  if (located.missing.length === 0)
    return buildTable(grid, spec, located.index, located.columns, firstRow, firstColumn);
  const headerRow = firstRow + located.index;
  for (const header of located.missing) {
    log.add("COLUMN_MISSING", {
      sheet: spec.name,
      row: headerRow,
      column: header,
      cell: cellAddress(headerRow, firstColumn),
    });
  }
  return null;
}

export interface HeaderRow {
  /** 0-based index of the header row in the grid (or of the best candidate when headers are missing). */
  readonly index: number;
  /** Contract header → 0-based column index. */
  readonly columns: ReadonlyMap<string, number>;
  /** Required headers not found; empty when the header row was found. */
  readonly missing: readonly string[];
}

/** The header row is the first row, within the first 10, that holds all required headers (SPEC §2). */
export function locateHeaderRow(rows: readonly (readonly Cell[])[], spec: InputSheetSpec): HeaderRow {
  let best: HeaderRow | null = null;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const columns = matchHeaders(rows[index], spec);
    const missing = missingHeaders(columns, spec);
    if (missing.length === 0) return { index, columns, missing };
    if (best === null || columns.size > best.columns.size) best = { index, columns, missing };
  }
  return best ?? { index: 0, columns: new Map(), missing: missingHeaders(new Map(), spec) };
}

/**
 * One data row over its sheet's values. A class, not an object of closures: methods on the prototype cost nothing
 * per row. A row check moves one of these along its table (`at`) instead of making one per row.
 */
class GridRow implements TableRow {
  constructor(
    public row: number,
    private values: readonly Cell[],
    private readonly columns: ReadonlyMap<string, number>,
    private readonly firstColumn: number,
  ) {}

  at(row: number, values: readonly Cell[]): this {
    this.row = row;
    this.values = values;
    return this;
  }

  value(header: string): Cell {
    return this.find(header) ?? null;
  }

  find(header: string): Cell | undefined {
    const column = this.columns.get(header);
    return column === undefined ? undefined : (this.values[column] ?? null);
  }

  cell(header: string): string {
    return cellAddress(this.row, this.firstColumn + (this.columns.get(header) ?? 0));
  }
}

function allBlank(values: readonly Cell[], columns: readonly number[]): boolean {
  for (const column of columns) if (!isBlankCell(values[column])) return false;
  return true;
}

function buildTable(
  grid: SheetGrid,
  spec: InputSheetSpec,
  headerIndex: number,
  columns: ReadonlyMap<string, number>,
  firstRow: number,
  firstColumn: number,
): Table {
  const known = [...columns.values()];
  const data = new Int32Array(Math.max(grid.rows.length - headerIndex - 1, 0));
  let rowCount = 0;
  for (let index = headerIndex + 1; index < grid.rows.length; index += 1) {
    // A row counts when a contract column holds something: pre-numbered STT columns alone are not data.
    if (!allBlank(grid.rows[index], known)) data[rowCount++] = index;
  }
  return {
    sheet: spec.name,
    rowCount,
    row: (index) => new GridRow(firstRow + data[index], grid.rows[data[index]], columns, firstColumn),
    cursor: () => {
      const moving = new GridRow(0, [], columns, firstColumn);
      return (index) => moving.at(firstRow + data[index], grid.rows[data[index]]);
    },
    has: (header) => columns.has(header),
    cellAt: (row, header) => cellAddress(row, firstColumn + (columns.get(header) ?? 0)),
  };
}
