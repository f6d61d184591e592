import { ACTION_BYTES, jsonBytes, PATH_BYTES } from "./payload-budget";
import type { PageHeaderFooter } from "../engine";
import type { Area, PageSetup, SheetOp, StyleValues } from "./sheet-ops";

/** Turns one SheetOp into Office.js calls on a worksheet. Only queues: nothing here syncs. */

const HORIZONTAL = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
} as const;
const VERTICAL = { bottom: "Bottom", middle: "Center", top: "Top" } as const;
const POINTS_PER_INCH = 72;

const rangeOf = (sheet: Excel.Worksheet, where: Area): Excel.Range =>
  sheet.getRangeByIndexes(where.row, where.column, where.rows, where.columns);

const hex = (rgb: string): string => `#${rgb}`;

function applyStyle(range: Excel.Range, op: Extract<SheetOp, { op: "style" }>): void {
  const value = op.value as StyleValues[typeof op.property];
  switch (op.property) {
    case "numberFormat":
      // A 1×1 matrix fills the whole range (OfficeDev/office-js-docs-reference#578).
      range.numberFormat = [[value]];
      return;
    case "fontName":
      range.format.font.name = value as string;
      return;
    case "fontSize":
      range.format.font.size = value as number;
      return;
    case "bold":
      range.format.font.bold = value as boolean;
      return;
    case "italic":
      range.format.font.italic = value as boolean;
      return;
    case "underline":
      range.format.font.underline = value ? "Single" : "None";
      return;
    case "fontColor":
      range.format.font.color = hex(value as string);
      return;
    case "fill":
      if (value === null) range.format.fill.clear();
      else range.format.fill.color = hex(value as string);
      return;
    case "horizontal":
      range.format.horizontalAlignment = HORIZONTAL[op.value as keyof typeof HORIZONTAL];
      return;
    case "vertical":
      range.format.verticalAlignment = VERTICAL[op.value as keyof typeof VERTICAL];
      return;
    case "wrap":
      range.format.wrapText = value as boolean;
      return;
  }
}

/** Inside edges only where the range has them: Excel rejects an inside border on a single row or column. */
function edgesOf(where: Area): Excel.BorderIndex[] {
  const edges: Excel.BorderIndex[] = [
    "EdgeTop" as Excel.BorderIndex,
    "EdgeBottom" as Excel.BorderIndex,
    "EdgeLeft" as Excel.BorderIndex,
    "EdgeRight" as Excel.BorderIndex,
  ];
  if (where.rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
  if (where.columns > 1) edges.push("InsideVertical" as Excel.BorderIndex);
  return edges;
}

function applyPage(sheet: Excel.Worksheet, setup: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.centerHorizontally = true;
  // Fit all columns on one page width, as many pages tall as needed.
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.margins) {
    layout.leftMargin = setup.margins.left * POINTS_PER_INCH;
    layout.rightMargin = setup.margins.right * POINTS_PER_INCH;
    layout.topMargin = setup.margins.top * POINTS_PER_INCH;
    layout.bottomMargin = setup.margins.bottom * POINTS_PER_INCH;
    layout.headerMargin = setup.margins.header * POINTS_PER_INCH;
    layout.footerMargin = setup.margins.footer * POINTS_PER_INCH;
  }
  if (setup.printTitleRows) layout.setPrintTitleRows(setup.printTitleRows);
  if (setup.printArea) layout.setPrintArea(setup.printArea);
  if (setup.headerFooter) applyHeaderFooter(layout.headersFooters, setup.headerFooter);
}

/** Excel's "Different first page" leaves the first page's header and footer blank, as Decree 30 wants. */
function applyHeaderFooter(group: Excel.HeaderFooterGroup, headerFooter: PageHeaderFooter): void {
  group.state = headerFooter.blankFirstPage ? "FirstAndDefault" : "Default";
  const pages = group.defaultForAllPages;
  pages.leftHeader = headerFooter.header?.left ?? "";
  pages.centerHeader = headerFooter.header?.center ?? "";
  pages.rightHeader = headerFooter.header?.right ?? "";
  pages.leftFooter = headerFooter.footer?.left ?? "";
  pages.centerFooter = headerFooter.footer?.center ?? "";
  pages.rightFooter = headerFooter.footer?.right ?? "";
}

export function applyOp(sheet: Excel.Worksheet, op: SheetOp): void {
  switch (op.op) {
    case "values":
      rangeOf(sheet, op.area).values = op.values as (string | number | boolean)[][];
      return;
    case "style":
      applyStyle(rangeOf(sheet, op.area), op);
      return;
    case "borders": {
      const borders = rangeOf(sheet, op.area).format.borders;
      for (const edge of edgesOf(op.area)) {
        const border = borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = hex(op.color);
      }
      return;
    }
    case "rule": {
      const border = rangeOf(sheet, op.area).format.borders.getItem("EdgeBottom" as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = hex(op.color);
      return;
    }
    case "columnWidth":
      rangeOf(sheet, op.area).format.columnWidth = op.points;
      return;
    case "rowHeight":
      rangeOf(sheet, op.area).format.rowHeight = op.points;
      return;
    case "merge":
      rangeOf(sheet, op.area).merge(false);
      return;
    case "link":
      rangeOf(sheet, op.area).hyperlink = { documentReference: op.target, textToDisplay: op.text };
      return;
    case "freezeRows":
      sheet.freezePanes.freezeRows(op.rows);
      return;
    case "page":
      applyPage(sheet, op.setup);
      return;
    case "table": {
      const table = sheet.tables.add(rangeOf(sheet, op.area), true);
      table.name = op.name;
      return;
    }
    case "dropDown": {
      const validation = rangeOf(sheet, op.area).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: op.source } };
      validation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: op.errorTitle,
        message: op.errorMessage,
      };
      validation.ignoreBlanks = true;
      return;
    }
  }
}

/** Object paths (beyond the worksheet's, shared by a batch) and actions an op sends. */
function shapeOf(op: SheetOp): { paths: number; actions: number } {
  switch (op.op) {
    case "values":
    case "link":
      return { paths: 1, actions: 1 };
    case "style":
      // range.numberFormat; range.format.x; range.format.font.x / range.format.fill.x
      if (op.property === "numberFormat") return { paths: 1, actions: 1 };
      return { paths: ["horizontal", "vertical", "wrap"].includes(op.property) ? 2 : 3, actions: 1 };
    case "borders": {
      const edges = edgesOf(op.area).length;
      return { paths: 3 + edges, actions: 3 * edges };
    }
    case "rule":
      return { paths: 4, actions: 3 };
    case "columnWidth":
    case "rowHeight":
      return { paths: 2, actions: 1 };
    case "merge":
      return { paths: 1, actions: 1 };
    case "freezeRows":
      return { paths: 1, actions: 1 };
    case "page":
      // pageLayout, headersFooters and defaultForAllPages; up to 11 layout sets, the area and 7 header sets.
      return { paths: 3, actions: 19 };
    case "table":
      return { paths: 3, actions: 2 };
    case "dropDown":
      return { paths: 2, actions: 3 };
  }
}

/** Estimated request bytes of an op: its paths and actions plus its data. */
export function opBytes(op: SheetOp): number {
  const data =
    op.op === "values" ? jsonBytes(op.values) : op.op === "link" || op.op === "dropDown" ? jsonBytes(op) : 16;
  const { paths, actions } = shapeOf(op);
  return paths * PATH_BYTES + actions * ACTION_BYTES + data;
}
