import { columnLetters } from "../a1";
import type { CellFormat, PageMargins, RowKind, SheetPlan } from "./sheet-plan";
import { isPlanLink } from "./sheet-plan";

/**
 * How a generated sheet looks, as plain data: both adapters (src/xlsx for files, Office.js for the
 * add-in) apply these, so a sheet written by either looks the same. Colours are RGB hex without `#`.
 */

/** Excel number formats of the plan's column formats; `@` keeps text as text (leading zeros, `=` at the start). */
export const NUMBER_FORMAT: Record<CellFormat, string | undefined> = {
  text: "@",
  date: "dd/mm/yyyy",
  vnd: "#,##0",
  integer: "0",
  general: undefined,
};

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const BORDER_COLOR = "8C8C8C";
export const LINK_COLOR = "0563C1";
/** The rules under the agency name and the motto are printed black, like the text. */
export const RULE_COLOR = "000000";

export interface RowStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** Solid fill colour. */
  readonly fill?: string;
  /** Thin borders on every side of every cell. */
  readonly border?: boolean;
  readonly center?: boolean;
}

/** How each kind of row looks in the generated sheets. */
export const ROW_STYLE: Record<RowKind, RowStyle> = {
  title: { bold: true, size: 14, center: true },
  subtitle: { italic: true, center: true },
  note: { italic: true },
  header: { bold: true, fill: "DDEBF7", border: true, center: true },
  data: { border: true },
  group: { bold: true, fill: "F2F2F2", border: true },
  subtotal: { bold: true, border: true },
  total: { bold: true, fill: "FCE4D6", border: true },
  text: {},
  blank: {},
};

/** Print margins of the generated sheets, in inches (Excel's page setup unit), where a plan sets none. */
export const PRINT_MARGINS: PageMargins = {
  left: 0.5,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

export const MM_PER_INCH = 25.4;

/** The plan's margins, or the generated sheets' default. */
export const planMargins = (plan: SheetPlan): PageMargins => plan.page.margins ?? PRINT_MARGINS;

/** The print area as an absolute A1 range (`$A$1:$H$40`), or null when the whole sheet prints. */
export function printAreaAddress(plan: SheetPlan): string | null {
  const rows = plan.page.printRows;
  if (rows === undefined || rows <= 0 || plan.columns.length === 0) return null;
  return `$A$1:$${columnLetters(plan.columns.length)}$${rows}`;
}

/** Everything about one cell's look. Absent font name and size mean the workbook's default font. */
export interface CellLook {
  readonly numberFormat: string;
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly fontColor?: string;
  /** Absent means Excel's "General" alignment. */
  readonly horizontal?: "left" | "center" | "right" | "justify";
  readonly vertical: "top" | "middle";
  readonly wrap: boolean;
  readonly fill?: string;
  readonly border: boolean;
  /** A thin RULE_COLOR line along the bottom edge only (PlanRule). */
  readonly rule: boolean;
}

/**
 * The look of the cell at (row, column) of a plan, 0-based. String cells, header rows and unit headings are text
 * (`@`) whatever their column's format, so a name typed as `=1+1` or `-Bình` is never read as a formula.
 */
export function planCellLook(plan: SheetPlan, row: number, column: number): CellLook {
  const planRow = plan.rows[row];
  const cell = planRow.cells[column] ?? null;
  const style = ROW_STYLE[planRow.kind];
  const look = { ...planRow.look, ...planRow.cellLooks?.[column] };
  const planColumn = plan.columns[column];
  const link = isPlanLink(cell);
  const text = planRow.kind === "header" || planRow.kind === "group" || typeof cell === "string";
  return {
    numberFormat: text ? TEXT_FORMAT : (NUMBER_FORMAT[planColumn?.format ?? "general"] ?? GENERAL_FORMAT),
    fontName: plan.font?.name,
    fontSize: look.size ?? style.size ?? plan.font?.size,
    bold: Boolean(look.bold ?? style.bold),
    italic: Boolean(look.italic ?? style.italic),
    underline: link || Boolean(look.underline),
    fontColor: link ? LINK_COLOR : undefined,
    horizontal: look.align ?? (style.center ? "center" : planColumn?.align),
    vertical: planRow.kind === "text" ? "top" : "middle",
    wrap: planRow.kind === "text" || planRow.kind === "header" || Boolean(planColumn?.wrap),
    fill: style.fill,
    border: Boolean(style.border),
    rule: (planRow.rules ?? []).some((rule) => column >= rule.column && column < rule.column + rule.columns),
  };
}
