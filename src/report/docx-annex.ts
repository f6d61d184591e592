import { AlignmentType, Paragraph, TextRun } from "docx";
import { BODY_SIZE, halfPoints, ptToTwips, TABLE_SIZE } from "./docx-page";
import type { Annex, AnnexColumn, AnnexRow } from "./report-document";

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const CELL_MARGIN = ptToTwips(4);
const CELL_MARGIN_VERTICAL = ptToTwips(1);
/** A table run's properties: 13 pt, bold for the header, group, subtotal and total rows. */
const RUN_SIZE = `<w:sz w:val="${halfPoints(TABLE_SIZE)}"/><w:szCs w:val="${halfPoints(TABLE_SIZE)}"/>`;
const RUN_PLAIN = RUN_SIZE;
const RUN_BOLD = `<w:b/><w:bCs/>${RUN_SIZE}`;

/** Rows per piece of XML (about 1 MB of text at 7 columns). */
const ROWS_PER_PIECE = 500;

function columnWidths(columns: readonly AnnexColumn[], tableWidth: number): number[] {
  const weights = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((tableWidth * c.weight) / weights));
  // Rounding leftovers go to the widest column, so the grid adds up to the text width exactly.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += tableWidth - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * In one pass: markup to escape; a surrogate pair, kept; and characters XML 1.0 cannot carry, dropped (C0 controls
 * but tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF), as Word refuses a .docx holding one.
 * No lookbehind: the task pane's bundle targets ES2017 browsers.
 */
const SPECIAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[&<>"']|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Text as XML character data or attribute value. */
export function xmlText(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? (c.length === 2 ? c : ""));
}

/**
 * One cell, as the docx library wrote it (w:tcPr before w:p, w:pPr before w:r, w:keepNext before w:jc, w:b before
 * w:sz): width in twips, merged columns, centred vertically, one paragraph of one run. Every w:t keeps its spaces.
 */
function cellXml(
  parts: string[],
  text: string,
  width: number,
  span: number,
  align: AnnexColumn["align"],
  bold: boolean,
  keepNext: boolean,
): void {
  parts.push(
    '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="',
    String(width),
    span > 1 ? `"/><w:gridSpan w:val="${span}"/>` : '"/>',
    '<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>',
    keepNext ? "<w:keepNext/>" : "",
    '<w:jc w:val="',
    align,
    '"/></w:pPr><w:r><w:rPr>',
    bold ? RUN_BOLD : RUN_PLAIN,
    '</w:rPr><w:t xml:space="preserve">',
    xmlText(text),
    "</w:t></w:r></w:p></w:tc>",
  );
}

/** Cells of a row, a `null` widening the cell before it. */
function rowXml(
  parts: string[],
  row: AnnexRow,
  columns: readonly AnnexColumn[],
  widths: readonly number[],
): void {
  const bold = row.kind !== "data";
  parts.push("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
  for (let i = 0; i < row.cells.length; i++) {
    const text = row.cells[i];
    if (text === null) continue;
    let span = 1;
    let width = widths[i];
    while (i + span < row.cells.length && row.cells[i + span] === null) width += widths[i + span++];
    // A heading or a label spanning several columns reads left-aligned; an amount keeps its column's alignment.
    const align = span > 1 ? "left" : columns[i].align;
    // A unit's name row keeps with its first child: seen alone at the foot of page 9 of the sample's annex.
    cellXml(parts, text, width, span, align, bold, row.kind === "group");
  }
  parts.push("</w:tr>");
}

/**
 * An annex table as WordprocessingML (a w:tbl element), in pieces of a few hundred rows, made as they are read so
 * that no string of the whole table is ever held. Written as text rather than as docx objects: at 30 000 staff the
 * lists are 350 000 cells, paragraphs and runs, of which the docx library held several copies while packing, past
 * the heap node gives. Fixed layout on the grid of column widths, single black borders, the header row repeated on
 * each page, no row split across pages.
 */
export function* annexTableXml(annex: Annex, tableWidth: number): Generator<string, void, undefined> {
  const widths = columnWidths(annex.columns, tableWidth);
  const head: string[] = [
    '<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="',
    String(tableWidth),
    '"/><w:tblBorders>',
    ...["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} ${LINE}/>`),
    '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>',
    `<w:top w:type="dxa" w:w="${CELL_MARGIN_VERTICAL}"/><w:left w:type="dxa" w:w="${CELL_MARGIN}"/>`,
    `<w:bottom w:type="dxa" w:w="${CELL_MARGIN_VERTICAL}"/><w:right w:type="dxa" w:w="${CELL_MARGIN}"/>`,
    "</w:tblCellMar></w:tblPr><w:tblGrid>",
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
  ];
  annex.columns.forEach((c, i) => cellXml(head, c.header, widths[i], 1, "center", true, false));
  head.push("</w:tr>");
  yield head.join("");
  for (let start = 0; start < annex.rows.length; start += ROWS_PER_PIECE) {
    const parts: string[] = [];
    const end = Math.min(start + ROWS_PER_PIECE, annex.rows.length);
    for (let i = start; i < end; i++) rowXml(parts, annex.rows[i], annex.columns, widths);
    yield parts.join("");
  }
  yield "</w:tbl>";
}

/** `Phụ lục 1`, the list's title, what it covers and which report it belongs to, centred above the table. */
export function annexHeading(annex: Annex): Paragraph[] {
  const line = (text: string, options: { bold?: boolean; italic?: boolean; size?: number; after?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: ptToTwips(options.after ?? 0) },
      children: [
        new TextRun({
          text,
          bold: options.bold,
          italics: options.italic,
          size: halfPoints(options.size ?? BODY_SIZE),
        }),
      ],
    });
  return [
    line(annex.label, { bold: true }),
    line(annex.title, { bold: true }),
    line(annex.subtitle, { italic: true, size: TABLE_SIZE }),
    line(annex.attachedTo, { italic: true, size: TABLE_SIZE, after: 12 }),
  ];
}
