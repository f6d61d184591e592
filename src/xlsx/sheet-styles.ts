import type ExcelJS from "exceljs";
import { BORDER_COLOR, type CellLook, RULE_COLOR } from "../engine";

/** The shared look of generated and input sheets (src/engine/sheets/plan-look.ts) in exceljs's shapes. */

const argb = (rgb: string): string => `FF${rgb}`;
const thin: ExcelJS.Border = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
export const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A PlanRule: the bottom edge only. */
export const RULE_BORDER: Partial<ExcelJS.Borders> = {
  bottom: { style: "thin", color: { argb: argb(RULE_COLOR) } },
};

export const solidFill = (rgb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(rgb) },
});

/** A cell's font; false flags are left out, as exceljs writes only the flags that are set. */
export function fontOf(look: CellLook): Partial<ExcelJS.Font> {
  return {
    name: look.fontName,
    size: look.fontSize,
    bold: look.bold || undefined,
    italic: look.italic || undefined,
    underline: look.underline || undefined,
    ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
  };
}
