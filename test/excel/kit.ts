import ExcelJS from "exceljs";
import { buildReportModel, runCampaign, type WorkbookSnapshot } from "../../src/engine";
import { columnWidthPoints } from "../../src/excel/column-width";
import { generatedSheets } from "../../src/report/generated-sheets";
import { toEngineCell } from "../support/exceljs-cell-value";
import { newWorkbookFromPlans } from "../../src/xlsx/new-workbook";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../../src/xlsx/report-workbook";
import { ExcelFake, type ExcelFakeOptions } from "../support/excel-fake";
import { a1 } from "../support/excel-fake/a1";
import type { CellModel, SheetModel } from "../support/excel-fake/model";

export const TODAY = "2024-07-05";
export const OPTIONS = { today: TODAY, locale: "vi" as const };

/** Runs `work` with the fake installed as the Office globals, then puts them back. */
export async function withExcel<T>(fake: ExcelFake, work: (fake: ExcelFake) => Promise<T>): Promise<T> {
  const uninstall = fake.install();
  try {
    return await work(fake);
  } finally {
    uninstall();
  }
}

export const fakeOf = (snapshot: WorkbookSnapshot, options?: ExcelFakeOptions): ExcelFake =>
  ExcelFake.fromSheets(snapshot.sheets, options);

/** What the command line writes for the same workbook: the generated sheets, through exceljs, written and read back. */
export async function cliGeneratedWorkbook(snapshot: WorkbookSnapshot): Promise<ExcelJS.Workbook> {
  const result = runCampaign(snapshot, { today: TODAY, locale: "vi" });
  const model = buildReportModel(result);
  const bytes = newWorkbookFromPlans(generatedSheets(result, model, { locale: "vi", draft: model.draft }));
  return loadWithInternalLinks(bytes);
}

/**
 * The file loaded by exceljs, with the links to cells of the workbook put back as exceljs's hyperlink values:
 * exceljs reads only links held as relationships, not OOXML's internal links (`<hyperlink location="…">`, what
 * Excel itself writes for a link to a cell).
 */
async function loadWithInternalLinks(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const { pack } = readWorkbook(bytes, undefined, "all");
  for (const sheet of pack.sheets) {
    const xml = sheet.part ? (pack.zip.text(sheet.part) ?? "") : "";
    for (const [, ref, location] of xml.matchAll(/<hyperlink ref="([^"]+)" location="([^"]+)"/g)) {
      const cell = workbook.getWorksheet(sheet.name)!.getCell(ref);
      const unescaped = location
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
      // An exceljs cell, not an Office.js proxy: nothing to sync.
      // eslint-disable-next-line office-addins/call-sync-before-read
      cell.value = { text: String(cell.value), hyperlink: `#${unescaped}` };
    }
  }
  return workbook;
}

/**
 * The command line's report workbook for a snapshot, as `action-month report` makes it (the input sheets, the
 * stamps, the generated sheets), written and read back.
 */
export async function cliReportWorkbook(snapshot: WorkbookSnapshot): Promise<ExcelJS.Workbook> {
  const result = runCampaign(snapshot, { today: TODAY, locale: "vi" });
  const model = buildReportModel(result);
  const written = new ExcelJS.Workbook();
  for (const grid of snapshot.sheets) {
    const sheet = written.addWorksheet(grid.name);
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) sheet.getCell(r + 1, c + 1).value = cell as ExcelJS.CellValue;
      }),
    );
  }
  const plans = generatedSheets(result, model, { locale: "vi", draft: model.draft });
  const input = readWorkbook(new Uint8Array(await written.xlsx.writeBuffer()));
  return loadWithInternalLinks(writeReportWorkbook(input, plans));
}

const rgb = (argb: string | undefined): string | null => (argb ? `#${argb.slice(-6).toUpperCase()}` : null);
const HORIZONTAL: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
};
const VERTICAL: Record<string, string> = { top: "Top", middle: "Center", bottom: "Bottom" };

/** A cell as both adapters can describe it: the value shown, its format, and its look. */
function exceljsCell(cell: ExcelJS.Cell) {
  const value = cell.value as ExcelJS.CellValue;
  const link =
    value && typeof value === "object" && "hyperlink" in value ? (value as ExcelJS.CellHyperlinkValue) : null;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  // exceljs reads a merged area's master value into every cell of it; Excel holds it in the master only.
  const slave = cell.isMerged && cell.master.address !== cell.address;
  return {
    // Read as the command line reads it: a date cell as its serial.
    value: slave ? null : link ? link.text : toEngineCell(value),
    hyperlink: link && !slave ? link.hyperlink.replace(/^#/, "") : null,
    numberFormat: cell.numFmt ?? "General",
    fontName: cell.font?.name ?? "Calibri",
    fontSize: cell.font?.size ?? 11,
    bold: Boolean(cell.font?.bold),
    italic: Boolean(cell.font?.italic),
    underline: Boolean(cell.font?.underline),
    fontColor: rgb(cell.font?.color?.argb) ?? "#000000",
    fill: fill?.pattern === "solid" ? rgb(fill.fgColor?.argb) : null,
    horizontal: HORIZONTAL[cell.alignment?.horizontal ?? ""] ?? "General",
    vertical: VERTICAL[cell.alignment?.vertical ?? ""] ?? "Bottom",
    wrap: Boolean(cell.alignment?.wrapText),
    borders: [cell.border?.top, cell.border?.bottom, cell.border?.left, cell.border?.right].map((b) =>
      b?.style ? rgb(b.color?.argb) : null,
    ),
  };
}

function fakeCell(cell: CellModel | undefined) {
  const content = cell?.content ?? null;
  const style = cell?.style;
  const b = style?.borders;
  return {
    value: content === null ? null : "value" in content ? content.value : content,
    hyperlink: cell?.hyperlink?.documentReference ?? null,
    numberFormat: style?.numberFormat ?? "General",
    fontName: style?.fontName ?? "Calibri",
    fontSize: style?.fontSize ?? 11,
    bold: style?.bold ?? false,
    italic: style?.italic ?? false,
    underline: (style?.underline ?? "None") !== "None",
    fontColor: style?.fontColor ?? "#000000",
    fill: style?.fill ?? null,
    horizontal: style?.horizontalAlignment ?? "General",
    vertical: style?.verticalAlignment ?? "Bottom",
    wrap: style?.wrapText ?? false,
    borders: b ? [b.EdgeTop, b.EdgeBottom, b.EdgeLeft, b.EdgeRight] : [null, null, null, null],
  };
}

/**
 * Every difference between a sheet the command line wrote and the add-in's: cell by cell (value, number format,
 * font, fill, alignment, borders, link), then merges, column widths, row heights, frozen rows and print setup.
 */
export function sheetDifferences(cli: ExcelJS.Worksheet, addin: SheetModel): string[] {
  const differences: string[] = [];
  const used = addin.usedArea(false);
  const rows = Math.max(cli.rowCount, used ? used.row + used.rows : 0);
  const columns = Math.max(cli.columnCount, used ? used.column + used.columns : 0);
  for (let r = 1; r <= rows; r += 1) {
    for (let c = 1; c <= columns; c += 1) {
      const expected = exceljsCell(cli.getCell(r, c));
      const actual = fakeCell(addin.cell(r - 1, c - 1));
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
        if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key])) {
          differences.push(
            `${cli.name}!${cli.getCell(r, c).address} ${key}: cli ${JSON.stringify(expected[key])}, add-in ${JSON.stringify(actual[key])}`,
          );
        }
      }
    }
  }
  const merges = (cli.model as unknown as { merges: string[] }).merges.slice().sort();
  const fakeMerges = addin.merges.map(a1).sort();
  if (JSON.stringify(merges) !== JSON.stringify(fakeMerges))
    differences.push(`${cli.name} merges: cli ${merges}, add-in ${fakeMerges}`);
  for (let c = 1; c <= cli.columnCount; c += 1) {
    const expected = columnWidthPoints(cli.getColumn(c).width ?? 9);
    if (addin.columnWidths.get(c - 1) !== expected)
      differences.push(
        `${cli.name} column ${c} width: cli ${expected} pt, add-in ${addin.columnWidths.get(c - 1)}`,
      );
  }
  for (let r = 1; r <= cli.rowCount; r += 1) {
    const expected = cli.getRow(r).height;
    if (expected !== undefined && addin.rowHeights.get(r - 1) !== expected)
      differences.push(`${cli.name} row ${r} height: cli ${expected}, add-in ${addin.rowHeights.get(r - 1)}`);
  }
  const frozen = (cli.views?.[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
  if (frozen !== addin.frozenRows)
    differences.push(`${cli.name} frozen rows: cli ${frozen}, add-in ${addin.frozenRows}`);
  const titles = cli.pageSetup.printTitlesRow?.replace(/(\d+)/g, "$$$1");
  if ((titles ?? undefined) !== addin.pageLayout.printTitleRows)
    differences.push(`${cli.name} print titles: cli ${titles}, add-in ${addin.pageLayout.printTitleRows}`);
  if (cli.pageSetup.orientation?.toLowerCase() !== addin.pageLayout.orientation?.toLowerCase())
    differences.push(`${cli.name} orientation differs`);
  const margins = cli.pageSetup.margins as unknown as Record<string, number> | undefined;
  for (const side of ["left", "right", "top", "bottom", "header", "footer"] as const) {
    const inches = (addin.pageLayout.margins[side] ?? NaN) / 72;
    if (Math.abs((margins?.[side] ?? NaN) - inches) > 1e-6)
      differences.push(`${cli.name} ${side} margin: cli ${margins?.[side]} in, add-in ${inches} in`);
  }
  const area = cli.pageSetup.printArea?.replace(/\$/g, "");
  if (area !== addin.pageLayout.printArea?.replace(/\$/g, ""))
    differences.push(`${cli.name} print area: cli ${area}, add-in ${addin.pageLayout.printArea}`);
  const header = cli.headerFooter?.oddHeader ?? undefined;
  const pages = addin.pageLayout.headersFooters.defaultForAllPages;
  const addinHeader =
    [
      ["&L", pages.leftHeader],
      ["&C", pages.centerHeader],
      ["&R", pages.rightHeader],
    ]
      .map(([code, text]) => (text ? `${code}${text}` : ""))
      .join("") || undefined;
  if (header !== addinHeader) differences.push(`${cli.name} header: cli ${header}, add-in ${addinHeader}`);
  const firstBlank = Boolean(cli.headerFooter?.differentFirst);
  if (firstBlank !== (addin.pageLayout.headersFooters.state === "FirstAndDefault") && (header || addinHeader))
    differences.push(`${cli.name} first page header differs`);
  return differences;
}
