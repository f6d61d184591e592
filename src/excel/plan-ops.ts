import {
  BORDER_COLOR,
  isPlanLink,
  type PlanCell,
  planCellLook,
  planMargins,
  printAreaAddress,
  RULE_COLOR,
  type SheetPlan,
} from "../engine";
import { sheetReference } from "../engine/a1";
import { columnWidthPoints } from "./column-width";
import { PIECE_BYTES, jsonBytes, rowPieces } from "./payload-budget";
import { type Area, area, type SheetOp, type StyleValues } from "./sheet-ops";
import { borderOps, styleOps } from "./style-layers";

function officeValue(cell: PlanCell): string | number {
  if (cell === null) return "";
  return isPlanLink(cell) ? cell.text : cell;
}

function styleAt(plan: SheetPlan, row: number, column: number): StyleValues {
  const look = planCellLook(plan, row, column);
  return {
    numberFormat: look.numberFormat,
    fontName: look.fontName ?? null,
    fontSize: look.fontSize ?? null,
    bold: look.bold,
    italic: look.italic,
    underline: look.underline,
    fontColor: look.fontColor ?? null,
    fill: look.fill ?? null,
    horizontal: look.horizontal ?? "general",
    vertical: look.vertical,
    wrap: look.wrap,
  };
}

/** Runs of consecutive indexes with the same defined value. */
function runs<T>(
  count: number,
  valueAt: (index: number) => T | undefined,
): { start: number; length: number; value: T }[] {
  const result: { start: number; length: number; value: T }[] = [];
  for (let index = 0; index < count; index += 1) {
    const value = valueAt(index);
    if (value === undefined) continue;
    const last = result[result.length - 1];
    if (last && last.start + last.length === index && last.value === value) last.length += 1;
    else result.push({ start: index, length: 1, value });
  }
  return result;
}

/** The values, in row pieces small enough to pack several into one request. */
function valueOps(plan: SheetPlan, width: number): SheetOp[] {
  const matrix = plan.rows.map((row) =>
    Array.from({ length: width }, (_, column) => officeValue(row.cells[column] ?? null)),
  );
  const bytesPerRow = matrix.length === 0 ? 0 : Math.ceil(jsonBytes(matrix) / matrix.length);
  return rowPieces(matrix.length, bytesPerRow, PIECE_BYTES).map(({ start, count }): SheetOp => ({
    op: "values",
    area: area(start, 0, count, width),
    values: matrix.slice(start, start + count),
  }));
}

/** PlanRules as one bottom-edge op per run of ruled cells in a row. */
function ruleOps(plan: SheetPlan, width: number): SheetOp[] {
  return plan.rows.flatMap((row, r) =>
    row.rules
      ? runs(width, (column) => (planCellLook(plan, r, column).rule ? true : undefined)).map(
          (run): SheetOp => ({ op: "rule", area: area(r, run.start, 1, run.length), color: RULE_COLOR }),
        )
      : [],
  );
}

function linkOps(plan: SheetPlan): SheetOp[] {
  const ops: SheetOp[] = [];
  plan.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (isPlanLink(cell))
        ops.push({
          op: "link",
          area: area(r, c),
          target: sheetReference(cell.sheet, cell.cell ?? "A1"),
          text: cell.text,
        });
    }),
  );
  return ops;
}

/**
 * Everything that builds a plan's sheet on a fresh worksheet, in the order it must happen: number formats before
 * values (so text stays text), values before links and merges, then sizes, frozen header and page setup.
 */
export function sheetPlanOps(plan: SheetPlan, options: { readonly pageLayout: boolean }): SheetOp[] {
  const width = plan.columns.length;
  const height = plan.rows.length;
  const bordered = (row: number, column: number): boolean => planCellLook(plan, row, column).border;
  const widths = runs(width, (column) => columnWidthPoints(plan.columns[column].width));
  const heights = runs(height, (row) => plan.rows[row].look?.height);
  const whole = (first: number, count: number, columnsFrom: number, columnCount: number): Area =>
    area(first, columnsFrom, count, columnCount);
  const ops: SheetOp[] = [
    ...styleOps(height, width, (row, column) => styleAt(plan, row, column)),
    ...borderOps(height, width, bordered, BORDER_COLOR),
    ...ruleOps(plan, width),
    ...valueOps(plan, width),
    ...linkOps(plan),
    ...plan.merges
      .filter((m) => m.columns > 1)
      .map((m): SheetOp => ({ op: "merge", area: area(m.row, m.column, 1, m.columns) })),
    ...widths.map((run): SheetOp => ({
      op: "columnWidth",
      area: whole(0, 1, run.start, run.length),
      points: run.value,
    })),
    ...heights.map((run): SheetOp => ({
      op: "rowHeight",
      area: whole(run.start, run.length, 0, 1),
      points: run.value,
    })),
  ];
  if (plan.headerRow !== null) ops.push({ op: "freezeRows", rows: plan.headerRow + 1 });
  if (options.pageLayout) {
    ops.push({
      op: "page",
      setup: {
        orientation: plan.page.orientation,
        fitToWidth: plan.page.fitToWidth,
        printTitleRows: plan.headerRow === null ? null : `$${plan.headerRow + 1}:$${plan.headerRow + 1}`,
        margins: planMargins(plan),
        headerFooter: plan.page.headerFooter,
        printArea: printAreaAddress(plan) ?? undefined,
      },
    });
  }
  return ops;
}
