import type ExcelJS from "exceljs";
import { BORDER_COLOR } from "../engine";

/** The shared look of the input sheets (src/engine/sheets/plan-look.ts) in exceljs's shapes, for `init`. */

const argb = (rgb: string): string => `FF${rgb}`;
const thin: ExcelJS.Border = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
export const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const solidFill = (rgb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(rgb) },
});
