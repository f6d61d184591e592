import {
  MM_PER_INCH,
  type PageHeaderFooter,
  type PageMargins,
  type PlanCell,
  type PlanColumn,
  type PlanMerge,
  type PlanRow,
  type PlanRule,
  planCellText,
  type ReportModel,
  type RowLook,
  SHEET,
  type SheetPlan,
} from "../engine";
import { FONT } from "./docx-page";
import { annexReferences } from "./report-annexes";
import {
  type AnnexReference,
  blockText,
  buildReportFrame,
  type BodyBlock,
  type CentredLine,
  type ReportDocument,
  type ReportFrame,
} from "./report-document";
import { textWidthPt, wrappedLineCount } from "./text-width";

/**
 * The `Báo cáo` sheet: the report's text and figures from the same ReportDocument as the .docx, laid out to print
 * on A4 portrait from Excel. The annex lists are not repeated: they are the `DS tặng quà` and `DS khen thưởng`
 * sheets, which the rows after the print area link to. It prints as the document: Decree 30 margins and fonts,
 * the rules under the agency name, the motto and the subject as cell borders, the page number in the header from
 * page 2, and row heights from the text.
 */

/** Decree 30 allows 13–14 pt; 13 pt keeps the two header halves on one line each within the A4 text width. */
const SHEET_FONT_SIZE = 13;

/** Decree 30/2020 margins (the .docx's), in inches for the plan: top and bottom 20 mm, left 30 mm, right 15 mm. */
const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
const DECREE_MARGINS: PageMargins = {
  top: inches(20),
  bottom: inches(20),
  left: inches(30),
  right: inches(15),
  header: inches(10),
  footer: inches(10),
};

/**
 * Column widths in Excel's unit, characters of the workbook's default font (Calibri 11: 7 px each at 96 dpi).
 * Three columns hold the agency half of the header (≈ 72 mm: `SỞ KHOA HỌC VÀ CÔNG NGHỆ` in 13 pt bold is 70 mm),
 * five the national-motto half (≈ 92 mm: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` in 12 pt bold is 88 mm); together
 * ≈ 164 mm, within the 165 mm of A4 portrait between Decree 30's margins, so the print is not shrunk and the fonts
 * print at their size. The middle column of each half carries the rule under the agency name (a third of it) and
 * the middle three of the right half the rule under the motto (as long as the motto).
 */
const COLUMN_CHARS = [13, 13, 13, 10, 10, 10, 10, 10] as const;
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

/**
 * Row height in points for `lines` wrapped lines: a Times New Roman line is 1.15 × its size (ascent, descent and
 * line gap), and the row keeps a little room above and below, as Excel's own autofit does. The earlier 1.33 per
 * line, Excel's height for one line, left a blank gap under every long paragraph.
 */
const heightFor = (lines: number, size: number): number =>
  Math.ceil((lines * size * 1.15 + size * 0.25 + 2) * 4) / 4;

/** A dotted line for the clerk to write on, as wide as a full row. */
const FILL_TEXT = ".".repeat(Math.floor(FULL_PT / textWidthPt(".", SHEET_FONT_SIZE)));

/** The page number, centred in the header, from page 2 (Decree 30), in the report's font; a draft says so too. */
const pageNumberHeader = (stamp: ReportDocument["stamp"]): PageHeaderFooter => ({
  header: {
    center: `&"${FONT},Regular"&${SHEET_FONT_SIZE}&P`,
    ...(stamp ? { right: `&"${FONT},Bold"&${SHEET_FONT_SIZE}${stamp.text}` } : {}),
  },
  blankFirstPage: true,
});

type Look = Omit<RowLook, "height">;

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

  /** A thin row carrying rules (cell bottom borders) under the row above. */
  rules(rules: readonly PlanRule[]): void {
    this.rows.push({ kind: "blank", cells: Array<PlanCell>(WIDTH).fill(null), look: { height: 3 }, rules });
  }

  /** One paragraph across the page. */
  full(text: PlanCell, look: Look): void {
    const size = look.size ?? SHEET_FONT_SIZE;
    const lines = wrappedLineCount(String(planCellText(text) ?? ""), FULL_PT, size, look.bold);
    this.merges.push({ row: this.rows.length, column: 0, columns: WIDTH });
    this.rows.push({
      kind: "text",
      cells: [text, ...Array<PlanCell>(WIDTH - 1).fill(null)],
      look: { ...look, height: heightFor(lines, size) },
    });
  }

  /** A left and a right half side by side, each with its own look (Decree 30's header and signature blocks). */
  halves(left: string, leftLook: Look, right: string, rightLook: Look): void {
    const height = (text: string, width: number, look: Look): number =>
      text === ""
        ? 0
        : heightFor(
            wrappedLineCount(text, width, look.size ?? SHEET_FONT_SIZE, look.bold),
            look.size ?? SHEET_FONT_SIZE,
          );
    const row = this.rows.length;
    this.merges.push(
      { row, column: 0, columns: LEFT_HALF },
      { row, column: LEFT_HALF, columns: WIDTH - LEFT_HALF },
    );
    const cells: PlanCell[] = Array<PlanCell>(WIDTH).fill(null);
    cells[0] = left === "" ? null : left;
    cells[LEFT_HALF] = right === "" ? null : right;
    const cellLooks: (Look | undefined)[] = Array<Look | undefined>(WIDTH).fill(undefined);
    cellLooks[0] = leftLook;
    cellLooks[LEFT_HALF] = rightLook;
    const rowHeight = Math.max(
      height(left, LEFT_PT, leftLook),
      height(right, RIGHT_PT, rightLook),
      heightFor(1, SHEET_FONT_SIZE),
    );
    this.rows.push({ kind: "text", cells, look: { height: rowHeight }, cellLooks });
  }
}

const centred = (line: CentredLine): Look => ({
  bold: line.bold,
  italic: line.italic,
  align: "center",
  size: line.size,
});

function bodyLook(block: BodyBlock): Look {
  switch (block.kind) {
    case "heading":
      return { bold: true, align: "left" };
    case "fill":
      return { align: "left" };
    default:
      return { align: "justify" };
  }
}

/** The rule under the agency name: the middle column of the left half, a third of the half as Decree 30 asks. */
const AGENCY_RULE: PlanRule = { column: 1, columns: 1 };
/** The rule under the motto: the middle three columns of the right half, about the motto's length. */
const MOTTO_RULE: PlanRule = { column: LEFT_HALF + 1, columns: 3 };

/** The rule under the subject line: columns 3–5, about half the subject's length, centred on the page. */
const SUBJECT_RULE: PlanRule = { column: 2, columns: 3 };

function addHeader(sheet: SheetBuilder, header: ReportDocument["header"]): void {
  header.left.forEach((left, i) => {
    const right = header.right[i];
    sheet.halves(left.text, centred(left), right?.text ?? "", right ? centred(right) : {});
    const rules = [...(left.rule ? [AGENCY_RULE] : []), ...(right?.rule ? [MOTTO_RULE] : [])];
    if (rules.length > 0) sheet.rules(rules);
  });
}

/** Space for the signature and seal, in rows, between the signer's title and name. */
const SIGNATURE_ROWS = 4;

/**
 * The signature on the right; `Nơi nhận:` level with the signer's authority (Decree 30, Phụ lục I) and its lines
 * beside the title and the space left for the signature and seal.
 */
function addClosing(sheet: SheetBuilder, closing: ReportDocument["closing"]): void {
  const signer: Look = { bold: true, align: "center", size: 14 };
  const label: Look = { bold: true, italic: true, align: "left", size: 12 };
  const recipient: Look = { align: "left", size: 11 };
  const left = [closing.recipientsLabel, ...closing.recipients.map((line) => `- ${line}`)];
  const right = [closing.authority, closing.title];
  const rows = Math.max(left.length, right.length + SIGNATURE_ROWS);
  for (let i = 0; i < rows; i++) {
    sheet.halves(left[i] ?? "", i === 0 ? label : recipient, right[i] ?? "", signer);
  }
  sheet.halves("", recipient, closing.name ?? "", signer);
}

/** The sheet for a report; of its annexes only the labels and sheets are used (a full ReportDocument will do). */
export function reportSheetFromDocument(
  document: ReportFrame & { readonly annexes: readonly AnnexReference[] },
): SheetPlan {
  const sheet = new SheetBuilder();
  if (document.stamp) {
    const { text, note } = document.stamp;
    sheet.full(note ? `${text} — ${note}` : text, { bold: true, align: "center", size: 14 });
  }
  addHeader(sheet, document.header);
  sheet.blank();
  for (const line of document.title) {
    sheet.full(line.text, centred(line));
    if (line.rule) sheet.rules([SUBJECT_RULE]);
  }
  sheet.blank();
  for (const block of document.body) {
    sheet.full(block.kind === "fill" ? FILL_TEXT : blockText(block), bodyLook(block));
  }
  sheet.blank();
  addClosing(sheet, document.closing);
  // The links to the lists are for the screen: they follow the print area.
  const printRows = sheet.rows.length;
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
    page: {
      orientation: "portrait",
      fitToWidth: true,
      margins: DECREE_MARGINS,
      headerFooter: pageNumberHeader(document.stamp),
      printRows,
    },
    font: { name: FONT, size: SHEET_FONT_SIZE },
  };
}

/**
 * The `Báo cáo` sheet for a model: the same ReportDocument as `renderReportDocx`, so the two cannot disagree —
 * without the annexes' rows, which a province's report would make by the hundred thousand only to link to them.
 */
export function reportSheet(model: ReportModel, options: { readonly draft: boolean }): SheetPlan {
  return reportSheetFromDocument({ ...buildReportFrame(model, options), annexes: annexReferences(model) });
}
