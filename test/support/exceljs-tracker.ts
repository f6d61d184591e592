import type ExcelJS from "exceljs";
import {
  BORDER_COLOR,
  CATALOG_LISTS,
  CATALOG_SHEET,
  type Cell,
  DATE_SETTING_KEYS,
  DROP_DOWN_ERROR,
  INPUT_COLUMN_FORMAT,
  inputSheetSpec,
  locateHeaderRow,
  NUMBER_FORMAT,
  PREPARED_ROWS,
  ROW_STYLE,
  SHEET,
  type SheetTemplate,
} from "../../src/engine";
import { columnLetters } from "../../src/engine/a1";

/**
 * The tracker written by exceljs, as `init` wrote it before the file layer had a writer of its own: a second
 * writer's layout for the tests and the bench (shared strings, styles and validations the way exceljs makes them).
 */

const argb = (rgb: string): string => `FF${rgb}`;
const thin: ExcelJS.Border = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solidFill = (rgb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(rgb) },
});

/** exceljs has range-wide data validations at run time, but its typings only declare the per-cell ones. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

interface Placed {
  readonly sheet: ExcelJS.Worksheet;
  readonly headerRow: number;
  readonly columnOf: ReadonlyMap<string, number>;
  readonly lastRow: number;
}

function writeGrid(sheet: ExcelJS.Worksheet, rows: readonly (readonly Cell[])[]): void {
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((cell, column) => {
      if (cell === null) return;
      row.getCell(column + 1).value =
        typeof cell === "object" ? { error: cell.error as ExcelJS.CellErrorValue["error"] } : cell;
    });
  });
}

function placeSheet(
  workbook: ExcelJS.Workbook,
  template: SheetTemplate,
  rows: readonly (readonly Cell[])[] | undefined,
): Placed {
  const spec = inputSheetSpec(template.name);
  const grid = rows ?? [template.columns.map((column) => column.header), ...template.seedRows];
  const located = locateHeaderRow(grid, spec);
  const headerRow = located.index + 1;
  const sheet = workbook.addWorksheet(template.name, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeGrid(sheet, grid);
  const lastRow = Math.max(grid.length, headerRow) + PREPARED_ROWS;
  const columnOf = new Map([...located.columns].map(([header, index]) => [header, index + 1]));

  const headerCells = sheet.getRow(headerRow);
  const headerStyle = ROW_STYLE.header;
  for (let column = 1; column <= (grid[located.index]?.length ?? 0); column += 1) {
    const cell = headerCells.getCell(column);
    cell.font = { bold: headerStyle.bold };
    cell.fill = solidFill(headerStyle.fill!);
    cell.border = TABLE_BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  for (const column of template.columns) {
    const index = columnOf.get(column.header);
    if (index === undefined) continue;
    const excelColumn = sheet.getColumn(index);
    excelColumn.width = column.width;
    const numFmt = INPUT_COLUMN_FORMAT[column.kind];
    if (numFmt) {
      for (let row = headerRow + 1; row <= lastRow; row += 1) sheet.getCell(row, index).numFmt = numFmt;
    }
  }
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: Math.max(1, grid[located.index]?.length ?? 1) },
  };
  return { sheet, headerRow, columnOf, lastRow };
}

/** `Cấu hình` mixes text, numbers and dates in one column: date keys get a date format cell by cell. */
function formatSettingDates(placed: Placed): void {
  const keyColumn = placed.columnOf.get("Mục");
  const valueColumn = placed.columnOf.get("Giá trị");
  if (keyColumn === undefined || valueColumn === undefined) return;
  placed.sheet.getColumn(valueColumn).numFmt = "General";
  for (let row = placed.headerRow + 1; row <= placed.lastRow; row += 1) {
    const key = placed.sheet.getCell(row, keyColumn).value;
    placed.sheet.getCell(row, valueColumn).numFmt =
      typeof key === "string" && DATE_SETTING_KEYS.includes(key.normalize("NFC").trim())
        ? NUMBER_FORMAT.date!
        : "General";
  }
}

function writeCatalog(workbook: ExcelJS.Workbook): Placed {
  const sheet = workbook.addWorksheet(CATALOG_SHEET, { state: "hidden" });
  const columnOf = new Map<string, number>();
  let lastRow = 1;
  CATALOG_LISTS.forEach((list, index) => {
    sheet.getCell(1, index + 1).value = list.header;
    list.values.forEach((value, row) => (sheet.getCell(row + 2, index + 1).value = value));
    columnOf.set(list.header, index + 1);
    lastRow = Math.max(lastRow, list.values.length + 1);
  });
  return { sheet, headerRow: 1, columnOf, lastRow };
}

/**
 * A new tracker workbook (`action-month init`): the input sheets with headers, formats and drop-downs, seeded
 * with the plan's settings, award tiers and slogans — or filled with the given rows (the bundled sample).
 */
export function writeInputSheets(
  workbook: ExcelJS.Workbook,
  templates: readonly SheetTemplate[],
  contents: ReadonlyMap<string, readonly (readonly Cell[])[]> = new Map(),
): void {
  const placed = new Map<string, Placed>();
  for (const template of templates)
    placed.set(template.name, placeSheet(workbook, template, contents.get(template.name)));
  placed.set(CATALOG_SHEET, writeCatalog(workbook));
  formatSettingDates(placed.get(SHEET.settings)!);

  for (const template of templates) {
    const target = placed.get(template.name)!;
    for (const column of template.columns) {
      const index = target.columnOf.get(column.header);
      const source = column.list && placed.get(column.list.sheet);
      const sourceColumn = column.list && source?.columnOf.get(column.list.header);
      if (index === undefined || !source || sourceColumn === undefined) continue;
      const letter = columnLetters(sourceColumn);
      const range = `'${source.sheet.name}'!$${letter}$${source.headerRow + 1}:$${letter}$${source.lastRow}`;
      (target.sheet as unknown as RangeValidations).dataValidations.add(
        `${columnLetters(index)}${target.headerRow + 1}:${columnLetters(index)}${target.lastRow}`,
        {
          type: "list",
          allowBlank: true,
          formulae: [range],
          errorStyle: "warning",
          showErrorMessage: true,
          errorTitle: DROP_DOWN_ERROR.title,
          error: DROP_DOWN_ERROR.message(column.list!.sheet),
        },
      );
    }
  }
}
