/**
 * A generated sheet described as plain data: what to write, not how. The exceljs adapter (command line) and the
 * Office.js adapter (add-in) both apply the same plan, so the CLI and the add-in produce the same sheets.
 */

/** A link to a cell of the workbook (the `Kiểm tra` sheet points at each issue's cell). */
export interface PlanLink {
  readonly text: string;
  readonly sheet: string;
  /** A1 address; null links to the sheet itself. */
  readonly cell: string | null;
}

/**
 * Strings are always written as text, never as formulas: a name typed as `=1+1` or `@x` stays a name.
 * Numbers in `date` columns are Excel serials.
 */
export type PlanCell = string | number | null | PlanLink;

export type CellFormat = "text" | "date" | "vnd" | "integer" | "general";

export interface PlanColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  readonly format: CellFormat;
  readonly align?: "left" | "center" | "right";
  readonly wrap?: boolean;
}

/**
 * How a row looks: `header` is the table's column headers; `group` a unit's heading row; `subtotal` and `total`
 * bold sums; `title`/`subtitle` centred across the table; `text` a paragraph of the report across all columns.
 */
export type RowKind =
  "title" | "subtitle" | "note" | "header" | "data" | "group" | "subtotal" | "total" | "text" | "blank";

export interface RowLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly align?: "left" | "center" | "right" | "justify";
  /** Points; the sheet's default when absent. */
  readonly size?: number;
  /** Row height in points, for wrapped paragraphs. */
  readonly height?: number;
}

export interface PlanRow {
  readonly kind: RowKind;
  readonly cells: readonly PlanCell[];
  readonly look?: RowLook;
}

/** Cells merged into one, 0-based within the plan's rows and columns. */
export interface PlanMerge {
  readonly row: number;
  readonly column: number;
  readonly columns: number;
}

export interface SheetPlan {
  readonly name: string;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly PlanRow[];
  /** Index in `rows` of the column-header row: frozen and repeated on every printed page. Null for none. */
  readonly headerRow: number | null;
  readonly merges: readonly PlanMerge[];
  readonly page: { readonly orientation: "portrait" | "landscape"; readonly fitToWidth: boolean };
  /** Font for the whole sheet (the report uses Times New Roman, Decree 30/2020). */
  readonly font?: { readonly name: string; readonly size: number };
}

export function isPlanLink(cell: PlanCell): cell is PlanLink {
  return typeof cell === "object" && cell !== null;
}

/** The text a cell shows, for comparisons and for adapters that write values only. */
export function planCellText(cell: PlanCell): string | number | null {
  return isPlanLink(cell) ? cell.text : cell;
}

/** A title row spanning every column. */
export function spanningRow(kind: RowKind, text: string, columnCount: number, look?: RowLook): PlanRow {
  return { kind, cells: [text, ...Array<PlanCell>(columnCount - 1).fill(null)], look };
}
