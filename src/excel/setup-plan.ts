import {
  CATALOG_LISTS,
  CATALOG_SHEET,
  type Cell,
  DATE_SETTING_KEYS,
  DROP_DOWN_ERROR,
  findSheet,
  INPUT_COLUMN_FORMAT,
  inputSheetSpec,
  locateHeaderRow,
  NUMBER_FORMAT,
  PREPARED_ROWS,
  ROW_STYLE,
  SHEET,
  type SheetTemplate,
  type TemplateColumn,
  type WorkbookSnapshot,
  BORDER_COLOR,
} from "../engine";
import { columnLetters, sheetReference } from "../engine/a1";
import { columnWidthPoints } from "./column-width";
import { type Area, area, type SheetOp } from "./sheet-ops";
import type { SheetBuild } from "./write-sheets";

/**
 * What Set up writes, as plain data: a new input sheet per missing one (headers, seed rows, an Excel table, the
 * data columns' formats for the rows the clerks will fill, frozen header), the hidden drop-down catalog, and the
 * drop-downs of the new sheets. The same template as `action-month init` (src/xlsx/input-sheets-xml.ts).
 */

/** A table name for a sheet: Excel's names take no spaces, and ASCII keeps them readable in every locale. */
export function tableNameFor(sheet: string, taken: readonly string[]): string {
  const ascii = sheet
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
  const base = `tbl${ascii}`;
  const used = new Set(taken.map((name) => name.toLocaleLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLocaleLowerCase()); n += 1) name = `${base}${n}`;
  return name;
}

const toOffice = (cell: Cell): string | number | boolean => {
  if (cell === null) return "";
  return typeof cell === "object" ? cell.error : cell;
};

/** Where a drop-down takes its items: an absolute column range below a header. */
interface ListRange {
  readonly sheet: string;
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

const listSource = (range: ListRange): string => {
  const letter = columnLetters(range.column);
  return `=${sheetReference(range.sheet, `$${letter}$${range.firstRow}:$${letter}$${range.lastRow}`)}`;
};

/** A sheet Set up creates: the template's grid is its content, the header in row 1. */
function newSheetOps(template: SheetTemplate, tableName: string, pageLayout: boolean): SheetOp[] {
  const columns = template.columns;
  const grid: Cell[][] = [
    columns.map((column) => column.header),
    ...template.seedRows.map((row) => [...row]),
  ];
  const width = columns.length;
  const prepared = grid.length - 1 + PREPARED_ROWS;
  const header = ROW_STYLE.header;
  const headerRow = area(0, 0, 1, width);
  const ops: SheetOp[] = [];
  const settings = template.name === SHEET.settings;
  columns.forEach((column, index) => {
    const format = INPUT_COLUMN_FORMAT[column.kind];
    // `Cấu hình.Giá trị` mixes text, numbers and dates: General, and a date format on the date keys' cells.
    if (format && !(settings && column.header === "Giá trị"))
      ops.push({ op: "style", area: area(1, index, prepared, 1), property: "numberFormat", value: format });
  });
  if (settings) {
    template.seedRows.forEach((row, index) => {
      if (typeof row[0] === "string" && DATE_SETTING_KEYS.includes(row[0])) {
        ops.push({
          op: "style",
          area: area(index + 1, 1),
          property: "numberFormat",
          value: NUMBER_FORMAT.date!,
        });
      }
    });
  }
  ops.push(
    {
      op: "values",
      area: area(0, 0, grid.length, width),
      values: grid.map((row) => columns.map((_, c) => toOffice(row[c] ?? null))),
    },
    { op: "style", area: headerRow, property: "bold", value: true },
    { op: "style", area: headerRow, property: "fill", value: header.fill! },
    { op: "style", area: headerRow, property: "horizontal", value: "center" },
    { op: "style", area: headerRow, property: "vertical", value: "middle" },
    { op: "style", area: headerRow, property: "wrap", value: true },
    { op: "borders", area: headerRow, color: BORDER_COLOR },
    // A table needs a data row: Excel adds an empty one under a lone header.
    { op: "table", area: area(0, 0, Math.max(2, grid.length), width), name: tableName },
    ...columns.map((column, index): SheetOp => ({
      op: "columnWidth",
      area: area(0, index),
      points: columnWidthPoints(column.width),
    })),
    { op: "freezeRows", rows: 1 },
  );
  if (pageLayout)
    ops.push({ op: "page", setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "$1:$1" } });
  return ops;
}

function catalogGrid(): (string | number)[][] {
  const height = 1 + Math.max(...CATALOG_LISTS.map((list) => list.values.length));
  return Array.from({ length: height }, (_, row) =>
    CATALOG_LISTS.map((list) => (row === 0 ? list.header : (list.values[row - 1] ?? ""))),
  );
}

function catalogOps(): SheetOp[] {
  const grid = catalogGrid();
  return [
    {
      op: "style",
      area: area(0, 0, grid.length, grid[0].length),
      property: "numberFormat",
      value: NUMBER_FORMAT.text!,
    },
    { op: "values", area: area(0, 0, grid.length, grid[0].length), values: grid },
  ];
}

export interface SetUpPlan {
  /** New sheets, built under temporary names and swapped in; the last sync adds their drop-downs. */
  readonly builds: readonly SheetBuild[];
  /** The existing catalog rewritten in place when its lists differ (deleting it would break drop-downs). */
  readonly catalogUpdate: readonly SheetOp[] | null;
  /** Drop-downs left out: the source column is missing, or the host has no data validation (ExcelApi 1.8). */
  readonly skippedDropDowns: readonly {
    readonly sheet: string;
    readonly column: string;
    readonly reason: "unsupported" | "sourceMissing";
  }[];
}

export interface SetUpInput {
  readonly templates: readonly SheetTemplate[];
  readonly snapshot: WorkbookSnapshot;
  /** Contract name → the sheet's actual name, for the sheets that exist. */
  readonly existing: ReadonlyMap<string, string>;
  readonly catalog: { readonly name: string; readonly values: readonly (readonly unknown[])[] } | null;
  readonly tableNames: readonly string[];
  readonly dataValidation: boolean;
  readonly pageLayout: boolean;
}

/** Equal cell for cell, an empty cell being `""` or null alike. */
function sameGrid(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r += 1) {
    const columns = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
    for (let c = 0; c < columns; c += 1) if ((a[r]?.[c] ?? "") !== (b[r]?.[c] ?? "")) return false;
  }
  return true;
}

/** Where each list lives once Set up is done: in a sheet it creates, or in an existing one, found by its header. */
function listRange(input: SetUpInput, column: TemplateColumn): ListRange | null {
  const source = column.list!;
  if (source.sheet === CATALOG_SHEET) {
    const index = CATALOG_LISTS.findIndex((list) => list.header === source.header);
    return {
      sheet: input.catalog?.name ?? CATALOG_SHEET,
      column: index + 1,
      firstRow: 2,
      lastRow: 1 + CATALOG_LISTS[index].values.length,
    };
  }
  const existing = input.existing.get(source.sheet);
  if (existing === undefined) {
    const template = input.templates.find((t) => t.name === source.sheet)!;
    const index = template.columns.findIndex((c) => c.header === source.header);
    return {
      sheet: source.sheet,
      column: index + 1,
      firstRow: 2,
      lastRow: 1 + template.seedRows.length + PREPARED_ROWS,
    };
  }
  const grid = findSheet(input.snapshot, existing);
  const located = locateHeaderRow(grid?.rows ?? [], inputSheetSpec(source.sheet as SheetTemplate["name"]));
  const index = located.columns.get(source.header);
  if (index === undefined || located.missing.length > 0) return null;
  const headerRow = located.index + 1;
  return {
    sheet: existing,
    column: index + 1,
    firstRow: headerRow + 1,
    lastRow: Math.max(grid?.rows.length ?? 0, headerRow) + PREPARED_ROWS,
  };
}

export function planSetUp(input: SetUpInput): SetUpPlan {
  const missing = input.templates.filter((template) => !input.existing.has(template.name));
  const taken = [...input.tableNames];
  const skipped: { sheet: string; column: string; reason: "unsupported" | "sourceMissing" }[] = [];
  const builds: SheetBuild[] = missing.map((template) => {
    const tableName = tableNameFor(template.name, taken);
    taken.push(tableName);
    const dropDowns: SheetOp[] = [];
    template.columns.forEach((column, index) => {
      if (!column.list) return;
      if (!input.dataValidation) {
        skipped.push({ sheet: template.name, column: column.header, reason: "unsupported" });
        return;
      }
      const range = listRange(input, column);
      if (!range) {
        skipped.push({ sheet: template.name, column: column.header, reason: "sourceMissing" });
        return;
      }
      const where: Area = area(1, index, template.seedRows.length + PREPARED_ROWS, 1);
      dropDowns.push({
        op: "dropDown",
        area: where,
        source: listSource(range),
        errorTitle: DROP_DOWN_ERROR.title,
        errorMessage: DROP_DOWN_ERROR.message(column.list.sheet),
      });
    });
    return {
      name: template.name,
      ops: newSheetOps(template, tableName, input.pageLayout),
      afterSwap: dropDowns,
    };
  });
  if (!input.catalog) builds.push({ name: CATALOG_SHEET, ops: catalogOps(), hidden: true });
  const catalogUpdate = input.catalog && !sameGrid(input.catalog.values, catalogGrid()) ? catalogOps() : null;
  return { builds, catalogUpdate, skippedDropDowns: skipped };
}
