import type { Cell } from "../engine";
import { DAYS_1900_TO_1904, serialOfIsoDate } from "./serials";
import { decodeEscapes } from "./xml";
import { END, OPEN, TEXT, XmlReader } from "./xml-reader";

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** By cell style index: the style shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** `C12` → { column: 2, row: 11 } (0-based); null for anything else. */
export function parseCellRef(ref: string): { column: number; row: number } | null {
  const packed = packedCellRef(ref, 0, ref.length);
  return packed < 0 ? null : { column: packed % MAX_COLUMNS, row: Math.floor(packed / MAX_COLUMNS) };
}

const MAX_COLUMNS = 16_384;
const DOLLAR = 0x24;

/**
 * `C12`, `$C$12` in `text` from `from` to `to` → row × 16 384 + column (both 0-based), -1 for anything else. Read from
 * the characters: every cell of a sheet has one, and a string and an object for each was a tenth of the reading.
 */
function packedCellRef(text: string, from: number, to: number): number {
  let i = from;
  if (text.charCodeAt(i) === DOLLAR) i += 1;
  let column = 0;
  const lettersFrom = i;
  for (; i < to; i += 1) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  if (i === lettersFrom || column > MAX_COLUMNS) return -1;
  if (text.charCodeAt(i) === DOLLAR) i += 1;
  let row = 0;
  const digitsFrom = i;
  for (; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  if (i === digitsFrom || row === 0 || row > 1_048_576) return -1;
  return (row - 1) * MAX_COLUMNS + column - 1;
}

/** The cell reference in the `r` of the `<c>` just opened, packed as packedCellRef makes it; -1 when none. */
function cellRefOf(reader: XmlReader): number {
  if (!reader.locateAttribute("r")) return -1;
  const { source, valueStart, valueEnd } = reader;
  const packed = packedCellRef(source, valueStart, valueEnd);
  // A reference written with character references (well-formed, if never seen) is read decoded.
  if (packed < 0 && source.slice(valueStart, valueEnd).includes("&")) {
    const decoded = reader.attribute("r")!;
    return packedCellRef(decoded, 0, decoded.length);
  }
  return packed;
}

/** The `s` of the `<c>` just opened: its style index, 0 when absent or empty. */
function styleOf(reader: XmlReader): number {
  if (!reader.locateAttribute("s")) return 0;
  const { source, valueStart, valueEnd } = reader;
  let style = 0;
  for (let i = valueStart; i < valueEnd; i += 1) {
    const digit = source.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return Number(reader.attribute("s"));
    style = style * 10 + digit;
  }
  return style;
}

function numberCell(text: string, style: number, context: SheetContext): Cell {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) return text === "" ? null : { error: "#VALUE!" };
  return context.date1904 && context.dateStyles[style] ? value + DAYS_1900_TO_1904 : value;
}

function cellOf(
  type: string,
  text: string,
  inline: string | null,
  style: number,
  context: SheetContext,
): Cell {
  switch (type) {
    case "s": {
      const index = Number(text);
      return Number.isInteger(index) ? (context.sharedStrings[index] ?? null) : null;
    }
    case "inlineStr":
      return inline === null ? (text === "" ? null : decodeEscapes(text)) : decodeEscapes(inline);
    case "str":
      return decodeEscapes(text);
    case "b":
      return text === "" ? null : text.trim() === "1" || text.trim() === "true";
    case "e":
      return text === "" ? null : { error: text.trim() };
    case "d": {
      if (text === "") return null;
      const serial = serialOfIsoDate(text);
      return serial === null ? text : serial;
    }
    default:
      return numberCell(text, style, context);
  }
}

/**
 * A worksheet's values as the engine's rows: row i is Excel row i + 1, cell j column j + 1, empty cells null, the
 * cells hidden under a merged area empty (as Excel shows them). Rows and cells without `r` (some exporters write
 * none) follow the one before. Formulas give their cached result. Data validations, conditional formats and
 * everything after `sheetData` but the merged areas are skipped unparsed in the same pass: a drop-down on a whole
 * column costs no more than one on ten cells.
 */
export function readSheetValues(xml: string, part: string, context: SheetContext): Cell[][] {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  let rowIndex = -1;
  let nextColumn = 0;
  let column = 0;
  let type = "n";
  let style = 0;
  let text = "";
  let inline: string | null = null;
  /** 1 inside `<v>`, 2 inside the `<t>` of an inline string (outside phonetic runs). */
  let collecting = 0;
  let phonetic = 0;

  const reader = new XmlReader(xml, part);
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token === TEXT) {
      if (collecting === 1) text += reader.text();
      else if (collecting === 2) inline += reader.text();
    } else if (token === OPEN) {
      switch (reader.name) {
        case "row": {
          const r = reader.attribute("r");
          rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
          nextColumn = 0;
          break;
        }
        case "c": {
          const ref = cellRefOf(reader);
          if (ref >= 0 && rowIndex < 0) rowIndex = Math.floor(ref / MAX_COLUMNS);
          column = ref >= 0 ? ref % MAX_COLUMNS : nextColumn;
          nextColumn = column + 1;
          type = reader.attribute("t") ?? "n";
          style = styleOf(reader);
          text = "";
          inline = null;
          break;
        }
        case "v":
          if (!reader.selfClosing) collecting = 1;
          break;
        case "is":
          inline = "";
          break;
        case "t":
          if (inline !== null && !reader.selfClosing && phonetic === 0) collecting = 2;
          break;
        case "rPh":
          if (!reader.selfClosing) phonetic += 1;
          break;
        case "mergeCell": {
          const ref = reader.attribute("ref");
          if (ref) merges.push(ref);
          break;
        }
      }
    } else {
      switch (reader.name) {
        case "v":
        case "t":
          collecting = 0;
          break;
        case "rPh":
          if (!reader.selfClosing) phonetic -= 1;
          break;
        case "c": {
          if (rowIndex < 0) rowIndex = 0;
          const value = cellOf(type, text, inline, style, context);
          if (value === null) break;
          const cells = rows[rowIndex] ?? (rows[rowIndex] = []);
          cells[column] = value;
          break;
        }
      }
    }
  }

  for (const ref of merges) clearMergedArea(rows, ref);
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r];
    if (cells === undefined) {
      rows[r] = [];
      continue;
    }
    let length = cells.length;
    while (length > 0 && cells[length - 1] === undefined) length -= 1;
    cells.length = length;
    for (let c = 0; c < length; c += 1) if (cells[c] === undefined) cells[c] = null;
  }
  return rows;
}

/** Excel keeps only the top-left cell of a merged area; a value left under it by another program is not shown. */
function clearMergedArea(rows: Cell[][], ref: string): void {
  const [from, to] = ref.split(":").map(parseCellRef);
  if (!from || !to) return;
  for (let r = from.row; r <= Math.min(to.row, rows.length - 1); r += 1) {
    const cells = rows[r];
    if (!cells) continue;
    for (let c = from.column; c <= Math.min(to.column, cells.length - 1); c += 1)
      if (r !== from.row || c !== from.column) delete cells[c];
  }
}
