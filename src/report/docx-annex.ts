import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { BODY_SIZE, halfPoints, ptToTwips, TABLE_SIZE } from "./docx-page";
import type { Annex, AnnexColumn, AnnexRow } from "./report-document";

const ALIGN: Record<AnnexColumn["align"], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const CELL_MARGIN = ptToTwips(4);

function columnWidths(columns: readonly AnnexColumn[], tableWidth: number): number[] {
  const weights = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((tableWidth * c.weight) / weights));
  // Rounding leftovers go to the widest column, so the grid adds up to the text width exactly.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += tableWidth - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

function cell(
  text: string,
  width: number,
  span: number,
  align: AnnexColumn["align"],
  bold: boolean,
  keepNext = false,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        keepNext,
        children: [new TextRun({ text, bold, size: halfPoints(TABLE_SIZE) })],
      }),
    ],
  });
}

/** Cells of a row, a `null` widening the cell before it. */
function rowCells(row: AnnexRow, columns: readonly AnnexColumn[], widths: readonly number[]): TableCell[] {
  const cells: TableCell[] = [];
  const bold = row.kind !== "data";
  for (let i = 0; i < row.cells.length; i++) {
    const text = row.cells[i];
    if (text === null) continue;
    let span = 1;
    while (i + span < row.cells.length && row.cells[i + span] === null) span++;
    const width = widths.slice(i, i + span).reduce((sum, w) => sum + w, 0);
    // A heading or a label spanning several columns reads left-aligned; an amount keeps its column's alignment.
    const align = span > 1 ? "left" : columns[i].align;
    // A unit's name row keeps with its first child: seen alone at the foot of page 9 of the sample's annex.
    cells.push(cell(text, width, span, align, bold, row.kind === "group"));
  }
  return cells;
}

export function annexTable(annex: Annex, tableWidth: number): Table {
  const widths = columnWidths(annex.columns, tableWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: annex.columns.map((c, i) => cell(c.header, widths[i], 1, "center", true)),
  });
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: ptToTwips(1), bottom: ptToTwips(1) },
    rows: [
      header,
      ...annex.rows.map(
        (row) => new TableRow({ cantSplit: true, children: rowCells(row, annex.columns, widths) }),
      ),
    ],
  });
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
