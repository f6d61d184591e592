import { a1, columnLetters } from "./a1";
import { type CellModel, type CellStyle, DEFAULT_STYLE, type SheetModel, type WorkbookModel } from "./model";

/** A cell's value as the dump shows it: what Excel would hold, text turned into something else made visible. */
export type DumpValue =
  string | number | boolean | null | { error: string } | { formula: string } | { date: string };

export interface CellDump {
  readonly value: DumpValue;
  /** Only what differs from a fresh cell. */
  readonly style?: Partial<CellStyle>;
  readonly hyperlink?: string;
}

export interface SheetDump {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly frozenRows: number;
  readonly merges: string[];
  readonly columnWidths: Record<string, number>;
  readonly rowHeights: Record<string, number>;
  readonly pageLayout: unknown;
  readonly validations: { address: string; source: string; errorStyle: string; errorTitle: string }[];
  readonly tables: { name: string; address: string }[];
  readonly cells: Record<string, CellDump>;
}

export function dumpValue(cell: CellModel | undefined): DumpValue {
  const content = cell?.content;
  if (!content) return null;
  switch (content.kind) {
    case "error":
      return { error: content.value };
    case "formula":
      return { formula: content.formula };
    case "date":
      return { date: content.text };
    default:
      return content.value;
  }
}

function styleDiff(style: CellStyle): Partial<CellStyle> | undefined {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_STYLE) as (keyof CellStyle)[]) {
    if (JSON.stringify(style[key]) !== JSON.stringify(DEFAULT_STYLE[key])) diff[key] = style[key];
  }
  return Object.keys(diff).length > 0 ? (diff as Partial<CellStyle>) : undefined;
}

function dumpSheet(model: WorkbookModel, sheet: SheetModel): SheetDump {
  const cells: Record<string, CellDump> = {};
  const rows = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const line = sheet.cells.get(row)!;
    for (const column of [...line.keys()].sort((a, b) => a - b)) {
      const cell = line.get(column)!;
      const style = styleDiff(cell.style);
      if (cell.content === null && !style && !cell.hyperlink) continue;
      cells[`${columnLetters(column)}${row + 1}`] = {
        value: dumpValue(cell),
        ...(style ? { style } : {}),
        ...(cell.hyperlink
          ? { hyperlink: cell.hyperlink.documentReference ?? cell.hyperlink.address ?? "" }
          : {}),
      };
    }
  }
  const sorted = <V>(map: Map<number, V>, key: (n: number) => string): Record<string, V> =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a - b).map(([n, v]) => [key(n), v]));
  return {
    name: sheet.name,
    position: model.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    frozenRows: sheet.frozenRows,
    merges: sheet.merges.map(a1),
    columnWidths: sorted(sheet.columnWidths, columnLetters),
    rowHeights: sorted(sheet.rowHeights, (n) => String(n + 1)),
    pageLayout: sheet.pageLayout,
    validations: sheet.validations.map((v) => ({
      address: a1(v.area),
      source: v.source,
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
    })),
    tables: model.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, address: a1(t.area) })),
    cells,
  };
}

/** Every sheet in workbook order, as plain data for assertions (and for a preview grid). */
export function dumpWorkbook(model: WorkbookModel): SheetDump[] {
  return model.sheets.map((sheet) => dumpSheet(model, sheet));
}

/** A sheet's values from A1 to its last used cell, row by row. */
export function valuesOf(sheet: SheetModel): DumpValue[][] {
  const area = sheet.usedArea(true);
  if (!area) return [];
  return Array.from({ length: area.row + area.rows }, (_, r) =>
    Array.from({ length: area.column + area.columns }, (_, c) => dumpValue(sheet.cell(r, c))),
  );
}
