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
import { ZipArchive } from "../xlsx/zip-archive";
import { portableCodec, type ZipCodec } from "../xlsx/zip-codec";
import { writeZip } from "../xlsx/zip-writer";
import { ZipEntrySink } from "../xlsx/zip-entry-sink";
import { ANNEX_CELL_STYLES, annexHeading, annexTableXml } from "./docx-annex";
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
 * Where annex table `index` goes: a paragraph of its own whose text no workbook text can contain (U+2063, the
 * invisible separator, around it, and a token drawn for this rendering). `renderReportDocx` replaces the whole
 * paragraph with the table's XML after packing.
 */
const tablePlace = (token: string, index: number): string => `\u2063ANNEX-TABLE-${index + 1}-${token}\u2063`;

/**
 * Each annex on its own landscape pages: 7–8 columns with parents' full names need the 252 mm of a landscape line.
 * The docx library swaps width and height itself when the orientation is landscape. Decree 30 numbers an annex's
 * pages on their own: the numbering restarts at 1 (`w:pgNumType w:start="1"`), and, like the report's, the first
 * page carries no number (a draft's keeps its header, which says DỰ THẢO).
 */
function annexSection(document: ReportDocument, index: number, token: string): ISectionOptions {
  const numbered = pageHeader(document.stamp, LANDSCAPE_TEXT_WIDTH);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: MARGINS,
        pageNumbers: { start: 1 },
      },
    },
    headers: { first: document.stamp === null ? emptyHeader() : numbered, default: numbered },
    children: [
      ...annexHeading(document.annexes[index]),
      new Paragraph({ children: [new TextRun(tablePlace(token, index))] }),
      sectionEnd(),
    ],
  };
}

export function reportDocx(document: ReportDocument, title: string, token: string): Document {
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
      paragraphStyles: ANNEX_CELL_STYLES.map((style) => ({ ...style, basedOn: "Normal" })),
    },
    sections: [
      reportSection(document),
      ...document.annexes.map((_, index) => annexSection(document, index, token)),
    ],
  });
}

const DOCUMENT_PART = "word/document.xml";

/**
 * The packed frame with each annex table's place-holding paragraph (`<w:p>…</w:p>`, the whole element) replaced by
 * the table's XML, re-zipped (DEFLATE). The new document.xml is encoded and deflated a piece at a time as the
 * tables are written, never held whole (about 70 MB at 30 000 staff). The zip layer of src/xlsx, the other parts copied
 * as the docx library compressed them; in Node as in the task pane's browser bundle: Uint8Array in and out.
 */
function spliceTables(
  packed: Uint8Array,
  token: string,
  tables: readonly Iterable<string>[],
  codec: ZipCodec,
): Uint8Array {
  const zip = ZipArchive.open(packed, codec);
  const xml = zip.text(DOCUMENT_PART);
  if (xml === undefined) throw new Error(`${DOCUMENT_PART} missing from the packed report`);
  const sink = new ZipEntrySink(codec);
  const write = (text: string): void => sink.write(text);
  let from = 0;
  tables.forEach((table, index) => {
    const place = xml.indexOf(tablePlace(token, index), from);
    const start = Math.max(xml.lastIndexOf("<w:p>", place), xml.lastIndexOf("<w:p ", place));
    const end = xml.indexOf("</w:p>", place);
    if (place < 0 || start < from || end < 0) {
      throw new Error(`the place of annex table ${index + 1} is missing from ${DOCUMENT_PART}`);
    }
    write(xml.slice(from, start));
    for (const piece of table) write(piece);
    from = end + "</w:p>".length;
  });
  write(xml.slice(from));
  const document = sink.end(DOCUMENT_PART);
  return writeZip(
    zip.entries.map((entry) => (entry.name === DOCUMENT_PART ? document : entry)),
    codec,
  );
}

/**
 * The department's report as a .docx (Nghị định 30/2020/NĐ-CP layout), annexes included. Packed to a
 * Uint8Array, the same way in Node and in the task pane's browser bundle (no Buffer). The docx library writes the
 * frame (header, body, sections, page headers, stamp); the annex tables, tens of thousands of rows at the
 * largest departments, are written as XML text and spliced into the packed document (docx-annex.ts).
 */
export async function renderReportDocx(
  model: ReportModel,
  options: { readonly draft: boolean; readonly codec?: ZipCodec },
): Promise<Uint8Array> {
  return renderDocumentDocx(
    buildReportDocument(model, options),
    `Báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm ${model.year}`,
    options.codec,
  );
}

/** Any report document in this frame (the department's report, the receiving agency's consolidation). */
export async function renderDocumentDocx(
  document: ReportDocument,
  title: string,
  codec: ZipCodec = portableCodec,
): Promise<Uint8Array> {
  const token = Math.random().toString(36).slice(2);
  const packed = await Packer.pack(reportDocx(document, title, token), "uint8array");
  return spliceTables(
    packed,
    token,
    document.annexes.map((annex) => annexTableXml(annex, LANDSCAPE_TEXT_WIDTH)),
    codec,
  );
}
