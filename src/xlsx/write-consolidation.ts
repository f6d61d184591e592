import ExcelJS from "exceljs";
import { type Consolidation, consolidationSheets } from "../engine";
import { writeSheetPlan } from "./write-sheet-plan";

/** The consolidation workbook: the engine's sheet plans written by the same writer as the report's sheets. */
export async function consolidationWorkbook(consolidation: Consolidation): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Action Month Tracker";
  for (const plan of consolidationSheets(consolidation)) writeSheetPlan(workbook, plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
