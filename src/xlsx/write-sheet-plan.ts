import type ExcelJS from "exceljs";
import { isPlanLink, type PlanCell, type SheetPlan } from "../engine";
import { NUMBER_FORMAT, ROW_STYLE, TABLE_BORDER } from "./sheet-styles";

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
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
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
    const style = ROW_STYLE[planRow.kind];
    const look = planRow.look ?? {};
    planRow.cells.forEach((planCell, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.value = cellValue(planCell);
      const column = plan.columns[columnIndex];
      cell.font = {
        name: plan.font?.name,
        size: look.size ?? style.size ?? plan.font?.size,
        bold: look.bold ?? style.bold,
        italic: look.italic ?? style.italic,
        underline: look.underline,
        ...(isPlanLink(planCell) ? { color: { argb: "FF0563C1" }, underline: true } : {}),
      };
      const horizontal = look.align ?? (style.center ? "center" : column?.align);
      cell.alignment = {
        horizontal,
        vertical: planRow.kind === "text" ? "top" : "middle",
        wrapText: planRow.kind === "text" || planRow.kind === "header" || column?.wrap,
      };
      if (planRow.kind === "header" || planRow.kind === "group" || typeof planCell === "string") cell.numFmt = "@";
      if (style.fill) cell.fill = style.fill;
      if (style.border) cell.border = TABLE_BORDER;
    });
    if (look.height) row.height = look.height;
  });

  for (const merge of plan.merges) {
    if (merge.columns > 1) sheet.mergeCells(merge.row + 1, merge.column + 1, merge.row + 1, merge.column + merge.columns);
  }
  return sheet;
}
