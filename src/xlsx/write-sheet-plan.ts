import type ExcelJS from "exceljs";
import {
  GENERAL_FORMAT,
  isPlanLink,
  NUMBER_FORMAT,
  type PlanCell,
  planCellLook,
  planStamp,
  planMargins,
  printAreaAddress,
  readStamps,
  type SheetPlan,
  STAMP_SHEET,
  stampRows,
  TEXT_FORMAT,
} from "../engine";
import { headerFooterText } from "./header-footer";
import { fontOf, RULE_BORDER, solidFill, TABLE_BORDER } from "./sheet-styles";

/** A4 in the OOXML paper size table. */
const PAPER_A4 = 9;

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (isPlanLink(cell)) {
    const target = `'${cell.sheet.replace(/'/g, "''")}'!${cell.cell ?? "A1"}`;
    return { text: cell.text, hyperlink: `#${target}` };
  }
  // exceljs stores a JS string as a string cell, never as a formula, so `=…` typed in a name stays text.
  return cell;
}

/**
 * Replaces (or creates) the plan's sheet in an exceljs workbook. The sheet is rebuilt whole: generated sheets
 * never hold user input (SPEC §2).
 */
export function writeSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(plan.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const headerRowNumber = plan.headerRow === null ? null : plan.headerRow + 1;
  const sheet = workbook.addWorksheet(plan.name, {
    views: headerRowNumber ? [{ state: "frozen", ySplit: headerRowNumber, xSplit: 0 }] : [],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: plan.page.orientation,
      fitToPage: plan.page.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: headerRowNumber ? `${headerRowNumber}:${headerRowNumber}` : undefined,
      horizontalCentered: true,
      margins: { ...planMargins(plan) },
      // exceljs writes `$` + each end as given: `A$1:H$40` becomes the absolute `$A$1:$H$40`. LibreOffice ignores
      // a print area with relative rows (`$A1:$H40`, what `A1:H40` would give) and prints the whole sheet.
      printArea: printAreaAddress(plan)?.replace(/^\$|(:)\$/g, "$1"),
    },
  });
  const headerFooter = plan.page.headerFooter;
  if (headerFooter) {
    sheet.headerFooter = {
      differentFirst: Boolean(headerFooter.blankFirstPage),
      oddHeader: headerFooterText(headerFooter.header),
      oddFooter: headerFooterText(headerFooter.footer),
    };
  }
  sheet.columns = plan.columns.map((column) => ({
    width: column.width,
    style: {
      numFmt: NUMBER_FORMAT[column.format],
      alignment: { horizontal: column.align, vertical: "middle", wrapText: column.wrap },
      font: plan.font ? { name: plan.font.name, size: plan.font.size } : undefined,
    },
  }));

  plan.rows.forEach((planRow, index) => {
    const row = sheet.getRow(index + 1);
    planRow.cells.forEach((planCell, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.value = cellValue(planCell);
      // One description of the look for both adapters: src/engine/sheets/plan-look.ts.
      const look = planCellLook(plan, index, columnIndex);
      cell.font = fontOf(look);
      cell.alignment = {
        horizontal: look.horizontal,
        vertical: look.vertical,
        wrapText: look.wrap || undefined,
      };
      // The column's format is inherited; only cells that differ (text in a number column) carry their own.
      const columnFormat = NUMBER_FORMAT[plan.columns[columnIndex]?.format ?? "general"] ?? GENERAL_FORMAT;
      if (look.numberFormat !== columnFormat) cell.numFmt = look.numberFormat;
      if (look.fill) cell.fill = solidFill(look.fill);
      if (look.border) cell.border = TABLE_BORDER;
      else if (look.rule) cell.border = RULE_BORDER;
    });
    if (planRow.look?.height) row.height = planRow.look.height;
  });

  for (const merge of plan.merges) {
    if (merge.columns > 1)
      sheet.mergeCells(merge.row + 1, merge.column + 1, merge.row + 1, merge.column + merge.columns);
  }
  return sheet;
}

/**
 * The add-in's stamp sheet (src/engine/sheets/sheet-stamp.ts) for plans written into this workbook, very hidden,
 * placed where the add-in puts it (before the sheets it describes, so write it first). A clerk may open the
 * command line's report workbook in Excel with the add-in: the stamps let it tell the sheets as written from sheets
 * edited by hand since, exactly as if the add-in had written them.
 */
export function writeStampSheet(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): ExcelJS.Worksheet {
  const key = STAMP_SHEET.toLocaleLowerCase();
  const existing = workbook.worksheets.find((sheet) => sheet.name.toLocaleLowerCase() === key);
  const before = readStamps(
    existing ? existing.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : [])) : [],
  );
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(STAMP_SHEET, { state: "veryHidden" });
  const rows = stampRows(
    before,
    plans.map((plan) => ({ name: plan.name, stamp: planStamp(plan) })),
  );
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = TEXT_FORMAT;
      if (value !== "") cell.value = value;
    }),
  );
  return sheet;
}
