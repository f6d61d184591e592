import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { ruleParagraph } from "./docx-blocks";
import {
  A4,
  BODY_SIZE,
  halfPoints,
  LANDSCAPE_TEXT_WIDTH,
  MARGINS,
  ptToTwips,
  TABLE_SIZE,
  twipsToPt,
} from "./docx-page";
import type { Annex, AnnexColumn, AnnexRow } from "./report-document";
import { textWidthPt, wrappedLineCount } from "./text-width";

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const CELL_MARGIN = ptToTwips(4);
const CELL_MARGIN_VERTICAL = ptToTwips(1);

/**
 * The annex cells' paragraph styles (declared in the document's styles.xml by docx-report.ts): 13 pt; centred or
 * right-aligned for the data columns so aligned; bold for the header, group, subtotal and total rows. A style named
 * once instead of properties on each of a province's 350 000 cells takes a quarter off the annexes' XML.
 */
export const ANNEX_CELL_STYLES = [
  { id: "AnnexCell", name: "Ô phụ lục", run: { size: halfPoints(TABLE_SIZE) } },
  {
    id: "AnnexCellCentred",
    name: "Ô phụ lục (giữa)",
    run: { size: halfPoints(TABLE_SIZE) },
    paragraph: { alignment: AlignmentType.CENTER },
  },
  {
    id: "AnnexCellRight",
    name: "Ô phụ lục (phải)",
    run: { size: halfPoints(TABLE_SIZE) },
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  { id: "AnnexCellBold", name: "Ô phụ lục (đậm)", run: { size: halfPoints(TABLE_SIZE), bold: true } },
] as const;
const styleXml = (index: number): string => `<w:pStyle w:val="${ANNEX_CELL_STYLES[index].id}"/>`;
/** A plain cell's style by its alignment: the alignment is the style's. */
const PLAIN_STYLES = { left: styleXml(0), center: styleXml(1), right: styleXml(2) } as const;
const STYLE_BOLD = styleXml(3);

/** Rows per piece of XML (about 1 MB of text at 7 columns). */
const ROWS_PER_PIECE = 500;

export function columnWidths(columns: readonly AnnexColumn[], tableWidth: number): number[] {
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

/** Text that needs `xml:space="preserve"`: white space at either end, or a run of it inside. */
const SPACES_TO_KEEP = /^\s|\s$|\s\s/;

/**
 * A cell's markup before its text, in the docx library's element order (w:tcPr before w:p, w:pStyle before
 * w:keepNext before w:jc): width in twips, merged columns, centred vertically, one paragraph of one run. A plain
 * cell's alignment is its style's; a bold one says it when not left, a paragraph's default.
 */
function cellStartXml(
  width: number,
  span: number,
  align: AnnexColumn["align"],
  bold: boolean,
  keepNext: boolean,
  preserve: boolean,
): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}` +
    `<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>${bold ? STYLE_BOLD : PLAIN_STYLES[align]}` +
    `${keepNext ? "<w:keepNext/>" : ""}${!bold || align === "left" ? "" : `<w:jc w:val="${align}"/>`}</w:pPr><w:r>` +
    (preserve ? '<w:t xml:space="preserve">' : "<w:t>")
  );
}

const CELL_END = "</w:t></w:r></w:p></w:tc>";
const ALIGN_CODE = { left: 0, center: 1, right: 2 } as const;
/**
 * Cell starts by their few variables, packed into a number: an annex has a few dozen kinds of cell among its
 * hundreds of thousands. The variables come from the annexes' column layouts, so the set stays small.
 */
const cellStarts = new Map<number, string>();

function cellXml(
  parts: string[],
  text: string,
  width: number,
  span: number,
  align: AnnexColumn["align"],
  bold: boolean,
  keepNext: boolean,
): void {
  const preserve = SPACES_TO_KEEP.test(text);
  const key =
    ((((width * 64 + span) * 3 + ALIGN_CODE[align]) * 2 + Number(bold)) * 2 + Number(keepNext)) * 2 +
    Number(preserve);
  let start = cellStarts.get(key);
  if (start === undefined) {
    start = cellStartXml(width, span, align, bold, keepNext, preserve);
    cellStarts.set(key, start);
  }
  parts.push(start, xmlText(text), CELL_END);
}

/** Each cell of a row with its merged width, a `null` widening the cell before it. */
function spans(
  row: AnnexRow,
  widths: readonly number[],
): { index: number; text: string; span: number; width: number }[] {
  const cells: { index: number; text: string; span: number; width: number }[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const text = row.cells[i];
    if (text === null) continue;
    let span = 1;
    let width = widths[i];
    while (i + span < row.cells.length && row.cells[i + span] === null) width += widths[i + span++];
    cells.push({ index: i, text, span, width });
  }
  return cells;
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
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i];
    if (text === null) continue;
    let span = 1;
    let width = widths[i];
    while (i + span < cells.length && cells[i + span] === null) width += widths[i + span++];
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
  const pages = annexPages(annex, widths, tableWidth);
  for (let page = 0; page < pages.length; page++) {
    // Each page's rows are a table of their own after a page break: the break falls where the estimate put it,
    // so a unit's heading is never left alone at a page foot and a unit continued overleaf is named again.
    if (page > 0) yield PAGE_BREAK;
    yield* tableXml(annex.columns, pages[page], widths, tableWidth);
  }
}

/** An empty 1 pt paragraph that starts a new page. */
const PAGE_BREAK =
  '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>';

function* tableXml(
  columns: readonly AnnexColumn[],
  rows: readonly AnnexRow[],
  widths: readonly number[],
  tableWidth: number,
): Generator<string, void, undefined> {
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
  columns.forEach((c, i) => cellXml(head, c.header, widths[i], 1, "center", true, false));
  head.push("</w:tr>");
  yield head.join("");
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    const parts: string[] = [];
    const end = Math.min(start + ROWS_PER_PIECE, rows.length);
    for (let i = start; i < end; i++) rowXml(parts, rows[i], columns, widths);
    yield parts.join("");
  }
  yield "</w:tbl>";
}

// Page geometry, in points, for the estimate of where each annex page ends.
/** Single-spaced Times New Roman takes about 1.15 × its size; 1.17 errs on the side of breaking early. */
const LINE_FACTOR = 1.15;
const CELL_PADDING_PT = 2 * twipsToPt(CELL_MARGIN);
/** Vertical cell margins and the row's border. */
const ROW_EXTRA_PT = 2 * twipsToPt(CELL_MARGIN_VERTICAL) + 0.5;
/** Landscape: the page's height is A4's width. A margin of 3 % is kept for what the estimate cannot know. */
const PAGE_HEIGHT_PT = twipsToPt(A4.width - MARGINS.top - MARGINS.bottom) * 0.98;
const HEADING_AFTER_PT = 10;
const RULE_PT = 4;

function rowHeightPt(cells: readonly { text: string; width: number }[], bold: boolean): number {
  let lines = 1;
  for (const c of cells)
    lines = Math.max(lines, wrappedLineCount(c.text, twipsToPt(c.width) - CELL_PADDING_PT, TABLE_SIZE, bold));
  return lines * TABLE_SIZE * LINE_FACTOR + ROW_EXTRA_PT;
}

/** The height of the annex's heading (annexHeading) above the table on its first page. */
function headingHeightPt(annex: Annex, tableWidth: number): number {
  const width = twipsToPt(tableWidth);
  const lines = (text: string, size: number, bold: boolean) =>
    wrappedLineCount(text, width, size, bold) * size;
  return (
    (lines(annex.label, BODY_SIZE, true) +
      lines(annex.title, BODY_SIZE, true) +
      lines(annex.subtitle, TABLE_SIZE, false) +
      lines(annex.attachedTo, TABLE_SIZE, false)) *
      LINE_FACTOR +
    RULE_PT +
    HEADING_AFTER_PT
  );
}

/** A heading keeps with the row after it, a unit's last row with its subtotal, the last subtotal with the total. */
const keepsWithNext = (row: AnnexRow, next: AnnexRow): boolean =>
  row.kind === "group" ||
  (row.kind === "data" && next.kind === "subtotal") ||
  (row.kind === "subtotal" && next.kind === "total");

/**
 * The annex's rows cut into pages by their estimated heights (text widths of Times New Roman, as the header block
 * is measured): a unit's heading row moves to the next page when the row after it does not fit beside it, and a
 * page that opens inside a unit starts with the unit's name followed by `(tiếp theo)`.
 */
export function annexPages(annex: Annex, widths: readonly number[], tableWidth: number): AnnexRow[][] {
  const headerHeight = rowHeightPt(
    annex.columns.map((c, i) => ({ text: c.header, width: widths[i] })),
    true,
  );
  const height = (row: AnnexRow): number => rowHeightPt(spans(row, widths), row.kind !== "data");
  const pages: AnnexRow[][] = [[]];
  let room = PAGE_HEIGHT_PT - headingHeightPt(annex, tableWidth) - headerHeight;
  let openGroup: string | null = null;
  const newPage = (): void => {
    pages.push([]);
    room = PAGE_HEIGHT_PT - headerHeight;
    if (openGroup !== null) {
      const continued: AnnexRow = {
        kind: "group",
        cells: [`${openGroup} (tiếp theo)`, ...annex.columns.slice(1).map(() => null)],
      };
      pages[pages.length - 1].push(continued);
      room -= height(continued);
    }
  };
  // Each row measured once: a chain below asks for the rows after it again.
  const heights = annex.rows.map(height);
  annex.rows.forEach((row, i) => {
    // Chains: a heading over a one-child unit keeps with the child and the subtotal.
    let needed = heights[i];
    for (let j = i; j + 1 < annex.rows.length && keepsWithNext(annex.rows[j], annex.rows[j + 1]); j++) {
      needed += heights[j + 1];
    }
    if (row.kind === "group") openGroup = null;
    if (needed > room && pages[pages.length - 1].length > 0) newPage();
    pages[pages.length - 1].push(row);
    room -= heights[i];
    if (row.kind === "group") openGroup = row.cells[0] ?? null;
    if (row.kind === "subtotal" || row.kind === "total") openGroup = null;
  });
  return pages;
}

/** `Phụ lục I`, the list's title, what it covers and which report it belongs to, centred above the table. */
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
  const attached = line(annex.attachedTo, { italic: true, size: TABLE_SIZE });
  // Decree 30: a short rule under the `(Kèm theo …)` line, a third of its length.
  const ruleWidth = ptToTwips(textWidthPt(annex.attachedTo, TABLE_SIZE) / 3);
  return [
    line(annex.label, { bold: true }),
    line(annex.title, { bold: true }),
    line(annex.subtitle, { italic: true, size: TABLE_SIZE }),
    attached,
    ruleParagraph(ruleWidth, LANDSCAPE_TEXT_WIDTH),
    new Paragraph({
      spacing: { before: 0, after: 0, line: ptToTwips(HEADING_AFTER_PT), lineRule: LineRuleType.EXACT },
      children: [],
    }),
  ];
}
