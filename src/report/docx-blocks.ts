import {
  AlignmentType,
  BorderStyle,
  LeaderType,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from "docx";
import { BODY_SIZE, halfPoints, ptToTwips } from "./docx-page";
import type { BodyBlock, CentredLine, Run } from "./report-document";
import { textWidthPt } from "./text-width";

/** Paragraphs of the report body (Decree 30: first line indented 1–1.27 cm, at least 6 pt between paragraphs). */

const FIRST_LINE_INDENT = 567; // 1 cm
const AFTER_PARAGRAPH = ptToTwips(6);
/** 1.2 lines (240 = single): within Decree 30's single to 1.5 lines, and room for stacked Vietnamese marks. */
const LINE_SPACING = 288;
/** A rule under the agency name or the subject is 1/3 to 1/2 of the line; 2/5 sits in the middle of that range. */
const SHORT_RULE_SHARE = 0.4;

export function runs(items: readonly Run[], size = BODY_SIZE): TextRun[] {
  return items.map(
    (run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, size: halfPoints(size) }),
  );
}

/**
 * A horizontal rule of `widthTwips` centred in `availableTwips`: an empty 2 pt-high paragraph with a top border,
 * indented from both sides. Paragraph borders render the same in Word and LibreOffice, unlike drawn shapes,
 * whose anchoring LibreOffice shifts in table cells.
 */
export function ruleParagraph(widthTwips: number, availableTwips: number): Paragraph {
  const indent = Math.max(0, Math.round((availableTwips - widthTwips) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    indent: { left: indent, right: indent },
    // The border is drawn above the paragraph's own box; the 2 pt before it keep it clear of the descenders above.
    spacing: { before: ptToTwips(2), after: 0, line: ptToTwips(2), lineRule: LineRuleType.EXACT },
    children: [],
  });
}

/** A centred line of the header or title block, with its rule when it has one. */
export function centredLine(line: CentredLine, availableTwips: number, spaceBeforePt = 0): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: ptToTwips(spaceBeforePt), after: 0 },
      children: [
        new TextRun({ text: line.text, bold: line.bold, italics: line.italic, size: halfPoints(line.size) }),
      ],
    }),
  ];
  if (line.rule) {
    const textTwips = ptToTwips(textWidthPt(line.text, line.size, line.bold));
    const width = Math.min(availableTwips, line.rule === "full" ? textTwips : textTwips * SHORT_RULE_SHARE);
    paragraphs.push(ruleParagraph(width, availableTwips));
  }
  return paragraphs;
}

/** `keepWithNext` holds the paragraph on the page of what follows it (the closing formula with the signature). */
export function bodyParagraph(block: BodyBlock, textWidthTwips: number, keepWithNext = false): Paragraph {
  const common = {
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: AFTER_PARAGRAPH, line: LINE_SPACING },
    ...(keepWithNext ? { keepNext: true, keepLines: true } : {}),
  };
  switch (block.kind) {
    case "heading":
      return new Paragraph({
        ...common,
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        children: runs([{ text: block.text, bold: true }]),
      });
    case "paragraph":
      return new Paragraph({
        ...common,
        indent: { firstLine: FIRST_LINE_INDENT },
        children: runs(block.runs),
      });
    case "item":
      return new Paragraph({
        ...common,
        indent: { firstLine: FIRST_LINE_INDENT },
        children: runs([{ text: "- " }, ...block.runs]),
      });
    case "fill":
      // A dot leader to the right margin: the line stays exactly as wide as the text block in Word and LibreOffice.
      return new Paragraph({
        ...common,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips, leader: LeaderType.DOT }],
        children: [new TextRun({ children: [new Tab()], size: halfPoints(BODY_SIZE) })],
      });
  }
}
