import {
  type PlanCell,
  type PlanColumn,
  type PlanMerge,
  type PlanRow,
  planCellText,
  type ReportModel,
  type RowLook,
  SHEET,
  type SheetPlan,
} from "../engine";
import { FONT } from "./docx-page";
import {
  blockText,
  buildReportDocument,
  type BodyBlock,
  type CentredLine,
  type ReportDocument,
} from "./report-document";
import { textWidthPt, wrappedLineCount } from "./text-width";

/**
 * The `Báo cáo` sheet: the report's text and figures from the same ReportDocument as the .docx, laid out to print
 * on A4 portrait from Excel. The annex lists are not repeated: they are the `DS tặng quà` and `DS khen thưởng`
 * sheets, which the last rows link to.
 *
 * SheetPlan styles whole rows, so where the two halves of a row differ (header block, signature block) the row
 * takes the look that matters most and the other half follows it; see `HEADER_ROW_LOOKS`.
 */

/** Decree 30 allows 13–14 pt; 13 pt keeps the two header halves on one line each within Excel's A4 width. */
const SHEET_FONT_SIZE = 13;

/**
 * Column widths in Excel's unit, characters of the workbook's default font (Calibri 11: 7 px each at 96 dpi, the
 * cell padding included). Three wide columns hold the agency half of the header (≈ 75 mm: `SỞ KHOA HỌC VÀ CÔNG
 * NGHỆ` in 13 pt bold is 70 mm), five narrower ones the national-motto half (≈ 97 mm: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM` in 12 pt bold is 88 mm); together ≈ 172 mm, the printable width of A4 portrait within Excel's default
 * margins (0.7 in), so `fitToWidth` barely has to shrink the page.
 */
const COLUMN_CHARS = [13.5, 13.5, 13.5, 10.5, 10.5, 10.5, 10.5, 10.5] as const;
const LEFT_HALF = 3;
const WIDTH = COLUMN_CHARS.length;
const PX_PER_CHAR = 7;
const PT_PER_PX = 0.75;
/** Excel's inner cell margin, both sides together, in points: text wraps this much inside the column. */
const CELL_PADDING_PT = 4;
const spanPt = (from: number, to: number): number =>
  COLUMN_CHARS.slice(from, to).reduce((sum, chars) => sum + chars * PX_PER_CHAR * PT_PER_PX, 0) -
  CELL_PADDING_PT;
const FULL_PT = spanPt(0, WIDTH);
const LEFT_PT = spanPt(0, LEFT_HALF);
const RIGHT_PT = spanPt(LEFT_HALF, WIDTH);

/** Excel's row height for one line of Times New Roman is about 1.33 × the font size. */
const lineHeight = (size: number): number => Math.ceil(size * 1.33 * 4) / 4;
const heightFor = (lines: number, size: number): number => lines * lineHeight(size) + 2;

/** A dotted line for the clerk to write on, as wide as a full row. */
const FILL_TEXT = ".".repeat(Math.floor(FULL_PT / textWidthPt(".", SHEET_FONT_SIZE)));

/**
 * Per header row, the look both halves share (a SheetPlan row has one): the national title and motto must be
 * bold, so rows 1–2 are, which makes the parent agency bold too; row 3 keeps `Số:` upright and so prints the
 * place-and-date upright. Row 1 is 12 pt, the size the national title needs to fit its half (Decree 30 allows
 * 12–13 pt for both lines). A per-cell look in SheetPlan (`PlanRow.cellLooks`) would remove the compromise.
 */
const HEADER_ROW_LOOKS: readonly Omit<RowLook, "height">[] = [
  { bold: true, align: "center", size: 12 },
  { bold: true, align: "center" },
  { align: "center" },
];

class SheetBuilder {
  readonly rows: PlanRow[] = [];
  readonly merges: PlanMerge[] = [];

  blank(height?: number): void {
    this.rows.push({
      kind: "blank",
      cells: Array<PlanCell>(WIDTH).fill(null),
      look: height ? { height } : undefined,
    });
  }

  /** One paragraph across the page. */
  full(text: PlanCell, look: Omit<RowLook, "height">): void {
    const size = look.size ?? SHEET_FONT_SIZE;
    const lines = wrappedLineCount(String(planCellText(text) ?? ""), FULL_PT, size, look.bold);
    this.merges.push({ row: this.rows.length, column: 0, columns: WIDTH });
    this.rows.push({
      kind: "text",
      cells: [text, ...Array<PlanCell>(WIDTH - 1).fill(null)],
      look: { ...look, height: heightFor(lines, size) },
    });
  }

  /** A left and a right half, side by side. */
  halves(left: string, right: string, look: Omit<RowLook, "height">): void {
    const size = look.size ?? SHEET_FONT_SIZE;
    const lines = Math.max(
      wrappedLineCount(left, LEFT_PT, size, look.bold),
      wrappedLineCount(right, RIGHT_PT, size, look.bold),
    );
    const row = this.rows.length;
    this.merges.push(
      { row, column: 0, columns: LEFT_HALF },
      { row, column: LEFT_HALF, columns: WIDTH - LEFT_HALF },
    );
    const cells: PlanCell[] = Array<PlanCell>(WIDTH).fill(null);
    cells[0] = left === "" ? null : left;
    cells[LEFT_HALF] = right === "" ? null : right;
    this.rows.push({ kind: "text", cells, look: { ...look, height: heightFor(lines, size) } });
  }
}

const centred = (line: CentredLine): Omit<RowLook, "height"> => ({
  bold: line.bold || undefined,
  italic: line.italic || undefined,
  align: "center",
  size: line.size,
});

function bodyLook(block: BodyBlock): Omit<RowLook, "height"> {
  switch (block.kind) {
    case "heading":
      return { bold: true, align: "left" };
    case "fill":
      return { align: "left" };
    default:
      return { align: "justify" };
  }
}

function addHeader(sheet: SheetBuilder, header: ReportDocument["header"]): void {
  header.left.forEach((left, i) => sheet.halves(left.text, header.right[i]?.text ?? "", HEADER_ROW_LOOKS[i]));
}

/** Space for the signature and seal, in rows, between the signer's title and name. */
const SIGNATURE_ROWS = 4;

/**
 * The signature on the right; `Nơi nhận:` and its lines on the left, in the rows left free for the signature, so
 * that no row has to hold two differently styled texts.
 */
function addClosing(sheet: SheetBuilder, closing: ReportDocument["closing"]): void {
  const signer = { bold: true, align: "center", size: 14 } as const;
  sheet.halves("", closing.authority, signer);
  sheet.halves("", closing.title, signer);
  sheet.halves(closing.recipientsLabel, "", { bold: true, italic: true, align: "left", size: 12 });
  for (const recipient of closing.recipients) sheet.halves(`- ${recipient}`, "", { align: "left", size: 11 });
  for (let row = 1 + closing.recipients.length; row < SIGNATURE_ROWS; row++) sheet.blank(lineHeight(14));
  sheet.halves("", closing.name ?? "", signer);
}

export function reportSheetFromDocument(document: ReportDocument): SheetPlan {
  const sheet = new SheetBuilder();
  if (document.stamp) {
    const { text, note } = document.stamp;
    sheet.full(note ? `${text} — ${note}` : text, { bold: true, align: "center", size: 14 });
  }
  addHeader(sheet, document.header);
  sheet.blank();
  for (const line of document.title) sheet.full(line.text, centred(line));
  sheet.blank();
  for (const block of document.body) {
    sheet.full(block.kind === "fill" ? FILL_TEXT : blockText(block), bodyLook(block));
  }
  sheet.blank();
  addClosing(sheet, document.closing);
  sheet.blank();
  for (const annex of document.annexes) {
    sheet.full(
      { text: `${annex.label}: xem trang tính ${annex.sheet}`, sheet: annex.sheet, cell: null },
      { italic: true, align: "left" },
    );
  }
  const columns: PlanColumn[] = COLUMN_CHARS.map((width) => ({
    header: "",
    width,
    format: "text",
    wrap: true,
  }));
  return {
    name: SHEET.report,
    columns,
    rows: sheet.rows,
    headerRow: null,
    merges: sheet.merges,
    page: { orientation: "portrait", fitToWidth: true },
    font: { name: FONT, size: SHEET_FONT_SIZE },
  };
}

/** The `Báo cáo` sheet for a model: the same ReportDocument as `renderReportDocx`, so the two cannot disagree. */
export function reportSheet(model: ReportModel, options: { readonly draft: boolean }): SheetPlan {
  return reportSheetFromDocument(buildReportDocument(model, options));
}
