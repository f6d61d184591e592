/**
 * The fake's workbook: plain data that the proxies change at `sync()`. Rows and columns are 0-based here.
 */
import { fail } from "./errors";

export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface CellStyle {
  numberFormat: string;
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: "None" | "Single";
  fontColor: string;
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Record<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight", string | null>;
}

export const DEFAULT_STYLE: Readonly<CellStyle> = Object.freeze({
  numberFormat: "General",
  fontName: "Calibri",
  fontSize: 11,
  bold: false,
  italic: false,
  underline: "None",
  fontColor: "#000000",
  fill: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  borders: Object.freeze({ EdgeTop: null, EdgeBottom: null, EdgeLeft: null, EdgeRight: null }),
}) as CellStyle;

/** What a cell holds. Text that Excel would have turned into something else is kept with how it was turned. */
export type CellContent =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "date"; readonly text: string };

export interface CellModel {
  content: CellContent | null;
  style: CellStyle;
  hyperlink?: {
    readonly documentReference?: string;
    readonly address?: string;
    readonly textToDisplay?: string;
  };
}

export interface ValidationModel {
  readonly area: Area;
  source: string;
  readonly inCellDropDown: boolean;
  readonly errorStyle: string;
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly ignoreBlanks: boolean;
}

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  centerHorizontally?: boolean;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  printTitleRows?: string;
  printArea?: string;
  /** `headersFooters.state` and the `defaultForAllPages` sections set (leftHeader … rightFooter). */
  headersFooters: { state?: string; defaultForAllPages: Record<string, string> };
}

let nextId = 1;

export class SheetModel {
  readonly id = `sheet-${nextId++}`;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<number, Map<number, CellModel>>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: Area[] = [];
  readonly validations: ValidationModel[] = [];
  frozenRows = 0;
  readonly pageLayout: PageLayoutModel = { margins: {}, headersFooters: { defaultForAllPages: {} } };

  constructor(public name: string) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(row)?.get(column);
  }

  cellForWrite(row: number, column: number): CellModel {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    let cell = line.get(column);
    if (!cell) line.set(column, (cell = { content: null, style: cloneStyle(DEFAULT_STYLE) }));
    return cell;
  }

  forEachCell(area: Area, visit: (cell: CellModel, row: number, column: number) => void): void {
    for (let r = area.row; r < area.row + area.rows; r += 1) {
      for (let c = area.column; c < area.column + area.columns; c += 1) visit(this.cellForWrite(r, c), r, c);
    }
  }

  /** The smallest area holding every cell with content (valuesOnly) or with anything at all; null when none. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, line] of this.cells) {
      for (const [column, cell] of line) {
        if (cell.content === null && (valuesOnly || sameStyle(cell.style, DEFAULT_STYLE))) continue;
        top = Math.min(top, row);
        left = Math.min(left, column);
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      }
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

export interface TableModel {
  name: string;
  readonly sheet: SheetModel;
  readonly area: Area;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: string; area: Area } | null = null;
  /** Base64 files passed to `Excel.createWorkbook`. */
  readonly createdWorkbooks: string[] = [];

  findSheet(name: string): SheetModel | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLocaleLowerCase() === key);
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.findSheet(name))
      fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`, "WorksheetCollection.add");
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet)
      fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`, "Worksheet.name");
    const before = quoted(sheet.name);
    sheet.name = name;
    // Excel rewrites references to a renamed sheet in formulas, including those of data validations.
    for (const other of this.sheets)
      for (const v of other.validations) v.source = v.source.split(before).join(quoted(name));
  }

  deleteSheet(sheet: SheetModel): void {
    // Office.js: "if the worksheet's visibility is set to VeryHidden, the delete operation will fail".
    if (sheet.visibility === "VeryHidden")
      fail("InvalidOperation", "A very hidden sheet cannot be deleted.", "Worksheet.delete");
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      fail("InvalidOperation", "A workbook must keep at least one visible sheet.", "Worksheet.delete");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i -= 1)
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    // References to a deleted sheet become #REF!.
    const reference = quoted(sheet.name);
    for (const other of this.sheets)
      for (const v of other.validations) if (v.source.includes(reference)) v.source = "=#REF!";
    if (this.activeSheet === sheet)
      this.activeSheet =
        this.sheets.find((s, i) => i >= index - 1 && s.visibility === "Visible") ??
        visible.find((s) => s !== sheet) ??
        null;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      fail("InvalidArgument", `Position ${position} is out of range.`, "Worksheet.position");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  addTable(sheet: SheetModel, area: Area, hasHeaders: boolean): TableModel {
    // A table of headers alone gets an empty data row, as in Excel.
    const tableArea = { ...area, rows: hasHeaders && area.rows === 1 ? 2 : area.rows };
    const overlaps = this.tables.some(
      (t) =>
        t.sheet === sheet &&
        t.area.row < tableArea.row + tableArea.rows &&
        tableArea.row < t.area.row + t.area.rows &&
        t.area.column < tableArea.column + tableArea.columns &&
        tableArea.column < t.area.column + t.area.columns,
    );
    if (overlaps) fail("InvalidOperation", "A table cannot overlap another table.", "TableCollection.add");
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toLocaleLowerCase() === `table${n}`)) n += 1;
    const table: TableModel = { name: `Table${n}`, sheet, area: tableArea };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255)
      fail("InvalidArgument", `"${name}" is not a valid table name.`, "Table.name");
    if (this.tables.some((t) => t !== table && t.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      fail("ItemAlreadyExists", `A table named "${name}" already exists.`, "Table.name");
    }
    table.name = name;
  }

  setVisibility(sheet: SheetModel, visibility: SheetModel["visibility"]): void {
    if (visibility !== "Visible") {
      const visible = this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (visible.length === 0)
        fail("InvalidOperation", "A workbook must keep at least one visible sheet.", "Worksheet.visibility");
      if (this.activeSheet === sheet) this.activeSheet = visible[0];
    }
    sheet.visibility = visibility;
  }
}

const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    fail("InvalidArgument", `"${name}" is not a valid sheet name.`, "Worksheet.name");
  }
}

export function cloneStyle(style: CellStyle): CellStyle {
  return { ...style, borders: { ...style.borders } };
}

export function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
