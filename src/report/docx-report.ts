import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  TextRun,
} from "docx";
import type { ReportModel } from "../engine";
import { annexHeading, annexTable } from "./docx-annex";
import { bodyParagraph, centredLine } from "./docx-blocks";
import { closingTable, headerTable } from "./docx-layout-tables";
import {
  A4,
  BODY_SIZE,
  FONT,
  halfPoints,
  LANDSCAPE_TEXT_WIDTH,
  MARGINS,
  PORTRAIT_TEXT_WIDTH,
  ptToTwips,
  STAMP_COLOR,
} from "./docx-page";
import { buildReportDocument, type ReportDocument } from "./report-document";

type Stamp = ReportDocument["stamp"];

/**
 * The page number, centred at the top (Decree 30/2020), and on a draft a red `DỰ THẢO` at the right of the same
 * line, so every page of a draft says so, printed or as PDF.
 */
function pageHeader(stamp: Stamp, textWidth: number): Header {
  const number = new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(BODY_SIZE) });
  if (stamp === null) {
    return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] });
  }
  return new Header({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
          { type: TabStopType.RIGHT, position: textWidth },
        ],
        children: [
          new TextRun({ children: [new Tab()] }),
          number,
          new TextRun({ children: [new Tab()] }),
          new TextRun({ text: stamp.text, bold: true, color: STAMP_COLOR, size: halfPoints(BODY_SIZE) }),
        ],
      }),
    ],
  });
}

/** Page 1 has no number (Decree 30): its header is empty; `titlePage` makes Word and LibreOffice use it. */
const emptyHeader = (): Header => new Header({ children: [new Paragraph({ children: [] })] });

/** The red line above the header block of page 1 of a draft. */
function stampParagraphs(stamp: Stamp): Paragraph[] {
  if (stamp === null) return [];
  const texts = [new TextRun({ text: stamp.text, bold: true, color: STAMP_COLOR, size: halfPoints(16) })];
  if (stamp.note !== null) {
    texts.push(
      new TextRun({ text: ` — ${stamp.note}`, italics: true, color: STAMP_COLOR, size: halfPoints(12) }),
    );
  }
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: ptToTwips(6) }, children: texts }),
  ];
}

/** An empty paragraph exactly `pt` high. */
const spacer = (pt: number, keepWithNext = false): Paragraph =>
  new Paragraph({
    spacing: { before: 0, after: 0, line: ptToTwips(pt), lineRule: LineRuleType.EXACT },
    keepNext: keepWithNext || undefined,
    children: [],
  });

/**
 * A section's properties live in its last paragraph. A section that ends with a table gets an empty one from the
 * docx library, a full text line high; when the table ends at the foot of a page that line spills onto a page of
 * its own, and Word and LibreOffice print a blank page before the next section. A 1 pt paragraph never spills.
 */
const sectionEnd = (): Paragraph => spacer(1);

function reportSection(document: ReportDocument): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: MARGINS,
      },
    },
    headers: { first: emptyHeader(), default: pageHeader(document.stamp, PORTRAIT_TEXT_WIDTH) },
    children: [
      ...stampParagraphs(document.stamp),
      headerTable(document.header),
      spacer(18),
      ...document.title.flatMap((line) => centredLine(line, PORTRAIT_TEXT_WIDTH)),
      spacer(12),
      // The closing formula (`Trên đây là báo cáo …./.`) stays on the signature's page: a signature block alone
      // on a page is refused by registries, as nothing on that page shows what was signed.
      ...document.body.map((block, i) =>
        bodyParagraph(block, PORTRAIT_TEXT_WIDTH, i === document.body.length - 1),
      ),
      spacer(6, true),
      closingTable(document.closing),
      sectionEnd(),
    ],
  };
}

/**
 * Each annex on its own landscape pages: 7–8 columns with units' full names need the 252 mm of a landscape line.
 * The docx library swaps width and height itself when the orientation is landscape.
 */
function annexSection(document: ReportDocument, annex: ReportDocument["annexes"][number]): ISectionOptions {
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: MARGINS,
      },
    },
    headers: { default: pageHeader(document.stamp, LANDSCAPE_TEXT_WIDTH) },
    children: [...annexHeading(annex), annexTable(annex, LANDSCAPE_TEXT_WIDTH), sectionEnd()],
  };
}

export function reportDocx(document: ReportDocument, title: string): Document {
  return new Document({
    title,
    creator: "Action Month Tracker",
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(BODY_SIZE), language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [reportSection(document), ...document.annexes.map((annex) => annexSection(document, annex))],
  });
}

/**
 * The department's report as a .docx (Nghị định 30/2020/NĐ-CP layout), annexes included. Packed to a
 * Uint8Array, which JSZip produces the same way in Node and in the task pane's browser bundle (no Buffer).
 */
export async function renderReportDocx(
  model: ReportModel,
  options: { readonly draft: boolean },
): Promise<Uint8Array> {
  const document = buildReportDocument(model, options);
  return Packer.pack(
    reportDocx(document, `Báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm ${model.year}`),
    "uint8array",
  );
}
