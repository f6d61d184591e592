import type ExcelJS from "exceljs";
import type { CellFormat, RowKind } from "../engine";

/** Excel number formats of the plan's column formats; `@` keeps text as text (leading zeros, `=` at the start). */
export const NUMBER_FORMAT: Record<CellFormat, string | undefined> = {
  text: "@",
  date: "dd/mm/yyyy",
  vnd: "#,##0",
  integer: "0",
  general: undefined,
};

const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF8C8C8C" } };
export const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** How each kind of row looks in the generated sheets; the Office.js adapter mirrors these. */
export const ROW_STYLE: Record<RowKind, { bold?: boolean; italic?: boolean; size?: number; fill?: ExcelJS.Fill; border?: boolean; center?: boolean }> = {
  title: { bold: true, size: 14, center: true },
  subtitle: { italic: true, center: true },
  note: { italic: true },
  header: { bold: true, fill: fill("FFDDEBF7"), border: true, center: true },
  data: { border: true },
  group: { bold: true, fill: fill("FFF2F2F2"), border: true },
  subtotal: { bold: true, border: true },
  total: { bold: true, fill: fill("FFFCE4D6"), border: true },
  text: {},
  blank: {},
};
