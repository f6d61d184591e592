import { isCleanText } from "../engine/text";

/**
 * Workbook text is printed as typed and never interpreted. Control characters are dropped: XML 1.0 cannot hold
 * them, and one stray U+0001 pasted into a cell would make Word refuse the whole .docx.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/** One line of plain text: controls dropped, whitespace collapsed. */
export function plainText(text: string): string {
  // Most names and units are already plain: seen in one scan (the annexes print a province's names).
  if (isCleanText(text) && !text.includes("\u007f")) return text;
  return text.normalize("NFC").replace(CONTROL_CHARACTERS, "").replace(/\s+/g, " ").trim();
}

/** Free text (`Ưu điểm`, `Hạn chế`, `Đề xuất`) as paragraphs: one per line typed in the cell (Alt+Enter). */
export function paragraphsOf(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(plainText)
    .filter((line) => line !== "");
}
