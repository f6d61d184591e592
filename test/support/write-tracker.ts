import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { type Cell, inputTemplates, type WorkbookSnapshot } from "../../src/engine";
import { writeInputSheets } from "./exceljs-tracker";

/** A snapshot written as `action-month init` would write the tracker, for tests that need files on disk. */
export async function trackerBytes(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const contents = new Map<string, readonly (readonly Cell[])[]>(
    snapshot.sheets.map((sheet) => [sheet.name, sheet.rows]),
  );
  writeInputSheets(workbook, inputTemplates(), contents);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeTracker(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  await fs.writeFile(file, await trackerBytes(snapshot));
}
