import ExcelJS from "exceljs";
import type { Cell, SheetTemplate } from "../engine";
import { writeInputSheets } from "./write-input-sheets";

/**
 * A new tracker workbook as .xlsx bytes: the input sheets of `templates`, each filled with its rows in `contents`
 * or seeded from its template. The one place that picks the writer, for every face that makes a new workbook
 * (`init`, `init --from`, the pane's "Chuẩn bị năm sau"), so a change of xlsx library is a change here.
 */
export async function trackerWorkbookBytes(
  templates: readonly SheetTemplate[],
  contents: ReadonlyMap<string, readonly (readonly Cell[])[]> = new Map(),
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Action Month Tracker";
  writeInputSheets(workbook, templates, contents);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
