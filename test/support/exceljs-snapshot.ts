/**
 * The command line's former reader (exceljs), kept for the tests only: the new reader (src/xlsx/read-workbook.ts)
 * must give the engine the same input on every file exceljs reads correctly.
 */
import ExcelJS from "exceljs";
import type { Cell, SheetGrid, WorkbookSnapshot } from "../../src/engine";
import { toEngineCell } from "./exceljs-cell-value";

/** Thrown when the bytes are not a workbook exceljs can open; the CLI turns it into a one-line message. */
export class UnreadableWorkbookError extends Error {}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw new UnreadableWorkbookError(cause instanceof Error ? cause.message : String(cause));
  }
  return workbook;
}

function gridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: Cell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = toEngineCell(cell.value);
    });
    for (let i = 0; i < cells.length; i += 1) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i += 1) if (rows[i] === undefined) rows[i] = [];
  return { name: worksheet.name, rows, firstRow: 1, firstColumn: 1 };
}

/** Every worksheet's values, in workbook order, as the engine's snapshot. */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(gridOf) };
}
