import {
  GENERAL_FORMAT,
  isPlanLink,
  NUMBER_FORMAT,
  type PlanCell,
  planCellLook,
  planMargins,
  printAreaAddress,
  type SheetPlan,
  TEXT_FORMAT,
} from "../engine";
import { columnLetters } from "../engine/a1";
import { ZipEntrySink } from "./zip-entry-sink";
import type { ZipCodec } from "./zip-codec";
import { headerFooterText } from "./header-footer";
import type { StringTable } from "./string-table";
import type { StyleAppender } from "./style-appender";
import { xmlEscape } from "./xml";

/** A generated sheet as worksheet XML, with the defined names it needs (print titles, print area). */
export interface SheetXml {
  /** The worksheet part, deflated, to be named where it goes. */
  readonly xml: ZipEntrySink;
  /** `_xlnm.Print_Titles`, `_xlnm.Print_Area`: name → formula, local to the sheet. */
  readonly definedNames: ReadonlyMap<string, string>;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** Rows are encoded a few hundred at a time: fewer, longer writes, and no row's text outlives its batch. */
const ROWS_PER_WRITE = 256;
/** A4 in the OOXML paper size table. */
const PAPER_A4 = 9;

const isHeightOnly = (look: object): boolean => Object.keys(look).every((key) => key === "height");

/** `'Kiểm tra'`: a sheet name as formulas quote it. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function valueXml(ref: string, style: number, cell: PlanCell, strings: StringTable): string {
  if (cell === null) return `<c r="${ref}" s="${style}"/>`;
  if (typeof cell === "number")
    return Number.isFinite(cell)
      ? `<c r="${ref}" s="${style}"><v>${cell}</v></c>`
      : `<c r="${ref}" s="${style}"/>`;
  const text = isPlanLink(cell) ? cell.text : cell;
  // Always a string cell, never a formula: a name typed as `=1+1` stays text.
  return `<c r="${ref}" s="${style}" t="s"><v>${strings.indexOf(text)}</v></c>`;
}

/**
 * A plan (src/engine/sheets/sheet-plan.ts) as a worksheet, every field honoured as the Office.js adapter applies
 * it: column widths and formats, each cell's look (plan-look.ts), row heights, merges, links to cells, the frozen
 * and repeated header row, and the page (A4, orientation, fit to width, margins, header and footer with a blank
 * first page, print area).
 */
export function planSheetXml(
  plan: SheetPlan,
  styles: StyleAppender,
  strings: StringTable,
  codec: ZipCodec,
): SheetXml {
  const parts: string[] = [HEAD];
  const fit = plan.page.fitToWidth;
  if (fit) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const width = Math.max(1, plan.columns.length, ...plan.rows.map((row) => row.cells.length));
  const lastColumn = columnLetters(width);
  parts.push(`<dimension ref="A1:${lastColumn}${Math.max(1, plan.rows.length)}"/>`);
  const header = plan.headerRow === null ? null : plan.headerRow + 1;
  parts.push(
    header
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${header + 1}" sqref="A${header + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (plan.columns.length > 0) {
    parts.push("<cols>");
    plan.columns.forEach((column, i) => {
      const style = styles.xfOf({
        numberFormat: NUMBER_FORMAT[column.format] ?? GENERAL_FORMAT,
        fontName: plan.font?.name,
        fontSize: plan.font?.size,
        bold: false,
        italic: false,
        underline: false,
        horizontal: column.align,
        vertical: "middle",
        wrap: Boolean(column.wrap),
        border: false,
      });
      parts.push(
        `<col min="${i + 1}" max="${i + 1}" width="${column.width}" style="${style}" customWidth="1"/>`,
      );
    });
    parts.push("</cols>");
  }

  const links: string[] = [];
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c + 1));
  parts.push("<sheetData>");
  const sink = new ZipEntrySink(codec);
  sink.write(parts.join(""));
  parts.length = 0;
  let batch = "";
  // A merged area looks like its first cell, as Excel shows it (and as the add-in formats the whole area).
  const anchorOf = new Map<number, number>();
  const cellKey = (r: number, c: number): number => r * 16_384 + c;
  for (const merge of plan.merges)
    for (let c = merge.column + 1; c < merge.column + merge.columns; c += 1)
      anchorOf.set(cellKey(merge.row, c), merge.column);
  // A plain row's cell looks depend only on its kind, the column and whether the cell is a link, text or else:
  // a province's lists are a million cells of a few dozen such looks, found by index without a key string.
  const plainLooks = new Map<string, number[]>();
  const LOOK_KINDS = 3;
  const lookKind = (cell: PlanCell): number => (isPlanLink(cell) ? 0 : typeof cell === "string" ? 1 : 2);
  const styleOf = (r: number, c: number, cell: PlanCell, looks: number[] | undefined): number => {
    if (looks === undefined) return styles.xfOf(planCellLook(plan, r, c));
    const slot = c * LOOK_KINDS + lookKind(cell);
    let style = looks[slot];
    if (style === undefined) {
      style = styles.xfOf(planCellLook(plan, r, c));
      looks[slot] = style;
    }
    return style;
  };
  plan.rows.forEach((row, r) => {
    const height = row.look?.height;
    // A row's height alone does not change its cells' looks (long names wrap onto taller rows).
    const plain = !row.cellLooks && !row.rules && (!row.look || isHeightOnly(row.look));
    let looks: number[] | undefined;
    if (plain) {
      looks = plainLooks.get(row.kind);
      if (looks === undefined) plainLooks.set(row.kind, (looks = []));
    }
    const rowNumber = String(r + 1);
    // One string per row: a province's lists are a million cells, and a part per cell was mostly garbage.
    let xml = `<row r="${rowNumber}"${height ? ` ht="${height}" customHeight="1"` : ""}>`;
    const cells = row.cells;
    for (let c = 0; c < cells.length; c += 1) {
      const cell = cells[c];
      const anchor = anchorOf.size === 0 ? undefined : anchorOf.get(cellKey(r, c));
      const ref = letters[c] + rowNumber;
      const style =
        anchor === undefined ? styleOf(r, c, cell, looks) : styleOf(r, anchor, cells[anchor] ?? null, looks);
      xml += valueXml(ref, style, cell, strings);
      if (isPlanLink(cell)) {
        const location = `${quotedSheet(cell.sheet)}!${cell.cell ?? "A1"}`;
        links.push(
          `<hyperlink ref="${ref}" location="${xmlEscape(location)}" display="${xmlEscape(cell.text)}"/>`,
        );
      }
    }
    batch += `${xml}</row>`;
    if ((r + 1) % ROWS_PER_WRITE === 0) {
      sink.write(batch);
      batch = "";
    }
  });
  sink.write(batch);
  parts.push("</sheetData>");

  const merges = plan.merges.filter((merge) => merge.columns > 1);
  if (merges.length > 0) {
    parts.push(`<mergeCells count="${merges.length}">`);
    for (const merge of merges)
      parts.push(
        `<mergeCell ref="${columnLetters(merge.column + 1)}${merge.row + 1}:${columnLetters(merge.column + merge.columns)}${merge.row + 1}"/>`,
      );
    parts.push("</mergeCells>");
  }
  if (links.length > 0) parts.push("<hyperlinks>", ...links, "</hyperlinks>");
  const m = planMargins(plan);
  parts.push(
    '<printOptions horizontalCentered="1"/>',
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    `<pageSetup paperSize="${PAPER_A4}" orientation="${plan.page.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
  );
  const headerFooter = plan.page.headerFooter;
  if (headerFooter) {
    const odd = headerFooterText(headerFooter.header);
    const even = headerFooterText(headerFooter.footer);
    parts.push(
      `<headerFooter${headerFooter.blankFirstPage ? ' differentFirst="1"' : ""}>`,
      odd ? `<oddHeader>${xmlEscape(odd)}</oddHeader>` : "",
      even ? `<oddFooter>${xmlEscape(even)}</oddFooter>` : "",
      "</headerFooter>",
    );
  }
  parts.push("</worksheet>");

  const definedNames = new Map<string, string>();
  const sheet = quotedSheet(plan.name);
  const area = printAreaAddress(plan);
  if (area) definedNames.set("_xlnm.Print_Area", `${sheet}!${area}`);
  if (header) definedNames.set("_xlnm.Print_Titles", `${sheet}!$${header}:$${header}`);
  sink.write(parts.join(""));
  return { xml: sink, definedNames };
}

/** A sheet of text cells (the stamp sheet): every cell formatted as text, so a stamp never reads as a number. */
export function textSheetXml(
  rows: readonly (readonly string[])[],
  styles: StyleAppender,
  strings: StringTable,
): string {
  const style = styles.xfOf({
    numberFormat: TEXT_FORMAT,
    bold: false,
    italic: false,
    underline: false,
    wrap: false,
    border: false,
  });
  const parts: string[] = [HEAD, "<sheetData>"];
  rows.forEach((cells, r) => {
    parts.push(`<row r="${r + 1}">`);
    cells.forEach((text, c) => {
      const ref = `${columnLetters(c + 1)}${r + 1}`;
      parts.push(
        text === ""
          ? `<c r="${ref}" s="${style}"/>`
          : `<c r="${ref}" s="${style}" t="s"><v>${strings.indexOf(text)}</v></c>`,
      );
    });
    parts.push("</row>");
  });
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}
