import type { SheetPlan } from "../engine";

/**
 * The lists as an .xlsx in base64, for `Excel.createWorkbook` (Windows and Mac, where the pane's WebView cannot
 * download a blob). The command line's exceljs writer makes it, so the file equals the CLI's sheets; it is loaded
 * only here, as a separate chunk, so the pane's first load does not carry it.
 */
export async function listsWorkbookBase64(plans: readonly SheetPlan[]): Promise<string> {
  const [{ default: ExcelJS }, { writeSheetPlan }] = await Promise.all([
    import("exceljs"),
    import("../xlsx/write-sheet-plan"),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Action Month Tracker";
  for (const plan of plans) writeSheetPlan(workbook, plan);
  return toBase64(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** btoa takes a binary string; built in slices so a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
