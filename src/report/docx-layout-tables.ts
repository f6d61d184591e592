import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import { centredLine, runs } from "./docx-blocks";
import {
  BODY_SIZE,
  mmToTwips,
  PORTRAIT_TEXT_WIDTH,
  ptToTwips,
  RECIPIENTS_LABEL_SIZE,
  RECIPIENTS_SIZE,
} from "./docx-page";
import type { CentredLine, Closing, ReportDocument } from "./report-document";

/**
 * The two side-by-side blocks of a Vietnamese administrative document — agency | national motto at the top,
 * recipients | signature at the bottom — as borderless tables: the layout Word templates for Decree 30 use, and
 * one that LibreOffice reproduces exactly (text boxes and tab-aligned columns drift between the two).
 */

/**
 * Measured in LibreOffice's PDF: `SỞ KHOA HỌC VÀ CÔNG NGHỆ` in 13 pt bold is 70 mm wide, `CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM` in 12 pt bold 88 mm (Decree 30 allows 12–13 pt for both). 74 mm | 91 mm holds each on one line and
 * keeps the agency name clear of the right-hand column.
 */
const HEADER_LEFT = mmToTwips(74);
const HEADER_RIGHT = PORTRAIT_TEXT_WIDTH - HEADER_LEFT;
const CLOSING_LEFT = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
const CLOSING_RIGHT = PORTRAIT_TEXT_WIDTH - CLOSING_LEFT;
/** Room for the signature and seal between the signer's title and name. */
const SIGNATURE_GAP = ptToTwips(84);

function layoutTable(widths: readonly [number, number], rows: readonly (readonly Paragraph[])[][]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children: [...children] }),
          ),
        }),
    ),
  });
}

/**
 * Two rows, so that `Số: …/BC-…` and the place-and-date line share a baseline whatever the line heights above
 * them (Decree 30 places them level with each other).
 */
export function headerTable(header: ReportDocument["header"]): Table {
  const top = (lines: readonly CentredLine[], width: number) =>
    lines.slice(0, -1).flatMap((line) => centredLine(line, width));
  const bottom = (lines: readonly CentredLine[], width: number) =>
    centredLine(lines[lines.length - 1], width, 6);
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [top(header.left, HEADER_LEFT), top(header.right, HEADER_RIGHT)],
      [bottom(header.left, HEADER_LEFT), bottom(header.right, HEADER_RIGHT)],
    ],
  );
}

export function closingTable(closing: Closing): Table {
  const recipients = [
    new Paragraph({
      children: runs([{ text: closing.recipientsLabel, bold: true, italic: true }], RECIPIENTS_LABEL_SIZE),
    }),
    ...closing.recipients.map(
      (line) => new Paragraph({ children: runs([{ text: `- ${line}` }], RECIPIENTS_SIZE) }),
    ),
  ];
  const signerLine = (text: string, spaceBefore = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: spaceBefore, after: 0 },
      children: runs([{ text, bold: true }], BODY_SIZE),
    });
  const signature = [
    signerLine(closing.authority),
    signerLine(closing.title),
    signerLine(closing.name ?? "", SIGNATURE_GAP),
  ];
  return layoutTable([CLOSING_LEFT, CLOSING_RIGHT], [[recipients, signature]]);
}
