import {
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
} from "../engine";
import { columnLetters } from "../engine/a1";
import { quotedSheet } from "./plan-sheet-xml";
import type { Generated } from "./report-workbook";
import type { StringTable } from "./string-table";
import type { StyleAppender, StyleLook } from "./style-appender";
import { xmlEscape } from "./xml";

/**
 * The input sheets of a new tracker (`init`, `init --from`, the pane's "Chuẩn bị năm sau") as worksheet XML:
 * headers in bold on a fill, frozen under the header row, an AutoFilter on it; each data column's width and
 * number format on the column and on its cells down to PREPARED_ROWS rows below the data; the drop-downs as one
 * list validation per column pointing at its source range (never expanded cell by cell); A4 landscape, fit to
 * width. The catalog behind the fixed lists is a hidden sheet of its own.
 */

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

const PLAIN: StyleLook = {
  numberFormat: "General",
  bold: false,
  italic: false,
  underline: false,
  wrap: false,
  border: false,
};

interface Placed {
  readonly name: string;
  readonly grid: readonly (readonly Cell[])[];
  /** 1-based. */
  readonly headerRow: number;
  /** Header → 1-based column. */
  readonly columnOf: ReadonlyMap<string, number>;
  readonly lastRow: number;
}

function cellXml(ref: string, cell: Cell, style: number, strings: StringTable): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (cell === null) return style === 0 ? "" : `<c r="${ref}"${s}/>`;
  if (typeof cell === "number")
    return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof cell === "boolean") return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === "object") return `<c r="${ref}"${s} t="e"><v>${xmlEscape(cell.error)}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(cell)}</v></c>`;
}

function place(template: SheetTemplate, rows: readonly (readonly Cell[])[] | undefined): Placed {
  const grid = rows ?? [template.columns.map((column) => column.header), ...template.seedRows];
  const located = locateHeaderRow(grid, inputSheetSpec(template.name));
  const headerRow = located.index + 1;
  return {
    name: template.name,
    grid,
    headerRow,
    columnOf: new Map([...located.columns].map(([header, index]) => [header, index + 1])),
    lastRow: Math.max(grid.length, headerRow) + PREPARED_ROWS,
  };
}

function catalog(): Placed {
  const columns = CATALOG_LISTS.length;
  const height = Math.max(...CATALOG_LISTS.map((list) => list.values.length)) + 1;
  const grid = Array.from({ length: height }, (_, r) =>
    Array.from({ length: columns }, (_, c): Cell => {
      const list = CATALOG_LISTS[c];
      return r === 0 ? list.header : (list.values[r - 1] ?? null);
    }),
  );
  return {
    name: CATALOG_SHEET,
    grid,
    headerRow: 1,
    columnOf: new Map(CATALOG_LISTS.map((list, i) => [list.header, i + 1])),
    lastRow: height,
  };
}

/** The `Cấu hình` value cells that hold a date setting: they get the date format, the other values General. */
function settingDateRows(placed: Placed): ReadonlySet<number> {
  const keyColumn = placed.columnOf.get("Mục");
  const rows = new Set<number>();
  if (keyColumn === undefined) return rows;
  placed.grid.forEach((cells, index) => {
    const key = cells[keyColumn - 1];
    if (typeof key === "string" && DATE_SETTING_KEYS.includes(key.normalize("NFC").trim()))
      rows.add(index + 1);
  });
  return rows;
}

function inputSheetXml(
  template: SheetTemplate,
  placed: Placed,
  sources: ReadonlyMap<string, Placed>,
  styles: StyleAppender,
  strings: StringTable,
): string {
  const { grid, headerRow, columnOf, lastRow } = placed;
  const headerWidth = Math.max(1, grid[headerRow - 1]?.length ?? 1);
  const header = ROW_STYLE.header;
  const headerStyle = styles.xfOf({
    ...PLAIN,
    bold: Boolean(header.bold),
    fill: header.fill,
    border: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  });
  const formatOf = (format: string | undefined): number =>
    format === undefined ? 0 : styles.xfOf({ ...PLAIN, numberFormat: format });

  // Per 1-based column: its number format's style (0 for none), and the Cấu hình value column's exceptions.
  const columnStyle = new Map<number, number>();
  for (const column of template.columns) {
    const index = columnOf.get(column.header);
    if (index !== undefined) columnStyle.set(index, formatOf(INPUT_COLUMN_FORMAT[column.kind]));
  }
  const isSettings = template.name === SHEET.settings;
  const valueColumn = isSettings ? columnOf.get("Giá trị") : undefined;
  const dateRows = isSettings ? settingDateRows(placed) : new Set<number>();
  const dateStyle = formatOf(NUMBER_FORMAT.date);
  if (valueColumn !== undefined) columnStyle.set(valueColumn, 0);

  const parts: string[] = [HEAD, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'];
  parts.push(
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  );
  const widths = template.columns.flatMap((column) => {
    const index = columnOf.get(column.header);
    return index === undefined ? [] : [{ index, width: column.width }];
  });
  if (widths.length > 0) {
    parts.push("<cols>");
    for (const { index, width } of widths.sort((a, b) => a.index - b.index)) {
      const style = columnStyle.get(index) ?? 0;
      parts.push(
        `<col min="${index}" max="${index}" width="${width}"${style ? ` style="${style}"` : ""} customWidth="1"/>`,
      );
    }
    parts.push("</cols>");
  }

  parts.push("<sheetData>");
  const formatted = [...columnStyle].filter(([, style]) => style !== 0).map(([index]) => index);
  const lastColumn = Math.max(
    headerWidth,
    ...formatted,
    valueColumn ?? 0,
    ...grid.map((cells) => cells.length),
  );
  for (let row = 1; row <= lastRow; row += 1) {
    const cells = grid[row - 1] ?? [];
    const below = row > headerRow;
    let xml = "";
    for (let column = 1; column <= lastColumn; column += 1) {
      const cell = cells[column - 1] ?? null;
      let style = 0;
      if (row === headerRow && column <= headerWidth) style = headerStyle;
      else if (below && column === valueColumn) style = dateRows.has(row) ? dateStyle : 0;
      else if (below) style = columnStyle.get(column) ?? 0;
      xml += cellXml(`${columnLetters(column)}${row}`, cell, style, strings);
    }
    if (xml !== "") parts.push(`<row r="${row}">${xml}</row>`);
  }
  parts.push("</sheetData>");
  parts.push(`<autoFilter ref="A${headerRow}:${columnLetters(headerWidth)}${headerRow}"/>`);

  const validations: string[] = [];
  for (const column of template.columns) {
    const index = columnOf.get(column.header);
    const source = column.list && sources.get(column.list.sheet);
    const sourceColumn = column.list && source?.columnOf.get(column.list.header);
    if (index === undefined || !source || sourceColumn === undefined) continue;
    const letter = columnLetters(sourceColumn);
    const range = `${quotedSheet(source.name)}!$${letter}$${source.headerRow + 1}:$${letter}$${source.lastRow}`;
    const target = `${columnLetters(index)}${headerRow + 1}:${columnLetters(index)}${lastRow}`;
    validations.push(
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1"` +
        ` errorTitle="${xmlEscape(DROP_DOWN_ERROR.title)}" error="${xmlEscape(DROP_DOWN_ERROR.message(column.list!.sheet))}"` +
        ` sqref="${target}"><formula1>${xmlEscape(range)}</formula1></dataValidation>`,
    );
  }
  if (validations.length > 0)
    parts.push(`<dataValidations count="${validations.length}">`, ...validations, "</dataValidations>");
  parts.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    "</worksheet>",
  );
  return parts.join("");
}

function catalogXml(placed: Placed, strings: StringTable): string {
  const rows = placed.grid.map(
    (cells, r) =>
      `<row r="${r + 1}">${cells.map((cell, c) => cellXml(`${columnLetters(c + 1)}${r + 1}`, cell, 0, strings)).join("")}</row>`,
  );
  return `${HEAD}<sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The tracker's sheets, in order: the input sheets of `templates` (filled from `contents`) and the catalog. */
export function inputSheets(
  templates: readonly SheetTemplate[],
  contents: ReadonlyMap<string, readonly (readonly Cell[])[]>,
  styles: StyleAppender,
  strings: StringTable,
): Generated[] {
  const placed = new Map<string, Placed>(
    templates.map((template) => [template.name, place(template, contents.get(template.name))]),
  );
  const list = catalog();
  placed.set(CATALOG_SHEET, list);
  const sheets: Generated[] = templates.map((template) => {
    const sheet = placed.get(template.name)!;
    const width = Math.max(1, sheet.grid[sheet.headerRow - 1]?.length ?? 1);
    return {
      name: template.name,
      xml: inputSheetXml(template, sheet, placed, styles, strings),
      state: "visible",
      definedNames: new Map([
        [
          "_xlnm._FilterDatabase",
          `${quotedSheet(template.name)}!$A$${sheet.headerRow}:$${columnLetters(width)}$${sheet.headerRow}`,
        ],
      ]),
    };
  });
  sheets.push({
    name: CATALOG_SHEET,
    xml: catalogXml(list, strings),
    state: "hidden",
    definedNames: new Map(),
  });
  return sheets;
}
