/**
 * A worksheet as the engine sees it: plain values, no Office, no file format.
 * Adapters convert whatever their library returns into these shapes; dates arrive as Excel serial numbers
 * (1900 date system) or as the text the clerk typed, never as a JS Date.
 */

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface CellError {
  readonly error: string;
}

export type Cell = string | number | boolean | null | CellError;

export interface SheetGrid {
  readonly name: string;
  /** Row-major values; rows may have different lengths. */
  readonly rows: readonly (readonly Cell[])[];
  /** Excel row number of rows[0] (1-based). Defaults to 1. */
  readonly firstRow?: number;
  /** Excel column number of rows[r][0] (1-based). Defaults to 1. */
  readonly firstColumn?: number;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetGrid[];
}

const EXCEL_ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * Office.js returns error values in `range.values` as their literal text. Excel itself turns a typed `#N/A`
 * into the error value, so a cell whose text is exactly an error literal is an error cell.
 */
export function isExcelErrorLiteral(text: string): boolean {
  return EXCEL_ERROR_LITERALS.has(text.trim().toUpperCase());
}

export function isCellError(cell: Cell | undefined): cell is CellError {
  return typeof cell === "object" && cell !== null && typeof (cell as CellError).error === "string";
}

export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return !startsVisibly(cell) && cell.trim() === "";
  return false;
}

/**
 * The text begins with a character that is no white space: printable ASCII, or a letter of the Latin, Greek,
 * Cyrillic… blocks (U+00C0–U+167F hold no white space). Most cells do, and need no trim to be seen non-blank.
 */
function startsVisibly(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code > 0x20 && code < 0x7f) || (code >= 0xc0 && code < 0x1680);
}
