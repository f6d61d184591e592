import type { CellValue } from "exceljs";
import type { Cell } from "../../src/engine";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * exceljs hands date cells over as JS Dates at UTC midnight of the serial's day. The engine takes serials, so
 * the Date is turned back into one here, in UTC, and goes no further.
 */
function serialOfDate(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_UTC) / MS_PER_DAY;
}

/** An exceljs cell value as the engine's plain cell. Formulas give their cached result. */
export function toEngineCell(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // exceljs parses a cached error (`#DIV/0!`…) in a date-formatted cell as a Date and gets an Invalid Date; the
  // error's own text is gone by then, so the cell is reported as the generic #VALUE!.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : serialOfDate(value);
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: CellValue | { error: string } }).result;
    if (result && typeof result === "object" && "error" in result && typeof result.error === "string") {
      return { error: result.error };
    }
    return toEngineCell(result as CellValue | undefined);
  }
  if ("text" in value && typeof value.text === "string") return value.text;
  return null;
}
