/**
 * A generated sheet described as plain data: what to write, not how. The file adapter (src/xlsx) and the
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

/** A look for one cell, over its row's look (a row's height is the row's). */
export type CellLookOverride = Omit<RowLook, "height">;

/**
 * A thin black line along the bottom edge of `columns` cells from `column` (0-based): the short rules Decree 30
 * draws under the agency name and under the national motto. Place it on a row of its own (a few points high) when
 * the text above sits in a merged cell wider than the rule.
 */
export interface PlanRule {
  readonly column: number;
  readonly columns: number;
}

export interface PlanRow {
  readonly kind: RowKind;
  readonly cells: readonly PlanCell[];
  readonly look?: RowLook;
  /**
   * Per-cell looks by column index, over `look`: where the two halves of a row differ (the agency's `Số:` upright,
   * the place and date italic; `Nơi nhận:` beside the signer's title). Absent or `undefined` entries take the row's.
   */
  readonly cellLooks?: readonly (CellLookOverride | undefined)[];
  /** Rules drawn under cells of this row; see PlanRule. */
  readonly rules?: readonly PlanRule[];
}

/** Cells merged into one, 0-based within the plan's rows and columns. */
export interface PlanMerge {
  readonly row: number;
  readonly column: number;
  readonly columns: number;
}

/** Print margins in inches, the unit of Excel's page setup dialog and of OOXML `pageMargins`. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** From the paper's top edge to the header text. */
  readonly header: number;
  /** From the paper's bottom edge to the footer text. */
  readonly footer: number;
}

/**
 * One header or footer line in Excel's own codes, which both OOXML (`oddHeader`) and Office.js (`centerHeader` …)
 * take as they are: `&P` the page number, `&N` the page count, `&"Times New Roman,Regular"` a font, `&13` a size
 * in points, `&&` a literal `&`. Absent sections print nothing.
 */
export interface HeaderFooterSections {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PageHeaderFooter {
  readonly header?: HeaderFooterSections;
  readonly footer?: HeaderFooterSections;
  /**
   * True: the first printed page has no header or footer, the others have `header`/`footer` (Excel's "Different
   * first page"; OOXML `differentFirst`; Office.js `HeaderFooterState.firstAndDefault`). Decree 30 numbers pages
   * from the second.
   */
  readonly blankFirstPage?: boolean;
}

/** How the sheet prints. Adapters without page setup (Office.js before ExcelApi 1.9) skip it and say so. */
export interface PagePlan {
  readonly orientation: "portrait" | "landscape";
  /**
   * True: the columns are scaled to one page width, the rows run on over as many pages as they need (OOXML
   * `fitToWidth="1" fitToHeight="0"`), so a long list stays at a readable size.
   */
  readonly fitToWidth: boolean;
  /** The generated sheets' default (PRINT_MARGINS in plan-look.ts) when absent. */
  readonly margins?: PageMargins;
  /** Excel's blank header and footer when absent. */
  readonly headerFooter?: PageHeaderFooter;
  /**
   * How many leading rows print, across all the plan's columns (the print area `A1:<last column><printRows>`);
   * rows after it show on screen only (the `Báo cáo` sheet's links to the lists). The whole sheet when absent.
   */
  readonly printRows?: number;
}

export interface SheetPlan {
  readonly name: string;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly PlanRow[];
  /** Index in `rows` of the column-header row: frozen and repeated on every printed page. Null for none. */
  readonly headerRow: number | null;
  readonly merges: readonly PlanMerge[];
  readonly page: PagePlan;
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
