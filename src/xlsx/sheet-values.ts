import type { Cell } from "../engine";
import { DAYS_1900_TO_1904, serialOfIsoDate } from "./serials";
import { decodeEscapes } from "./xml";
import { digitsIn, packedCellRef, type PlainCell, readPlainCell } from "./plain-cell";
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

const CELL_TYPES = ["s", "n", "str", "b", "e", "inlineStr", "d"];

/** The `t` of the `<c>` just opened ("n" when absent), as one of the literals above when it is one. */
function typeOf(reader: XmlReader): string {
  if (!reader.locateAttribute("t")) return "n";
  const { source, valueStart, valueEnd } = reader;
  for (const type of CELL_TYPES)
    if (valueEnd - valueStart === type.length && source.startsWith(type, valueStart)) return type;
  return reader.attribute("t")!;
}

/** The `r` of the `<row>` just opened as a number; NaN when not digits, undefined when absent. */
function rowNumberOf(reader: XmlReader): number | undefined {
  if (!reader.locateAttribute("r")) return undefined;
  const digits = digitsIn(reader.source, reader.valueStart, reader.valueEnd);
  return digits >= 0 ? digits : Number(reader.attribute("r"));
}

/** A cell of type `s` or `n` whose `<v>` held only digits, as cellOf would read it. */
function digitsCell(type: string, value: number, style: number, context: SheetContext): Cell {
  if (type === "s") return context.sharedStrings[value] ?? null;
  return context.date1904 && context.dateStyles[style] ? value + DAYS_1900_TO_1904 : value;
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
      if (text === "") return null;
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
  /** The `<v>`'s value when it is one run of digits in an `s` or `n` cell (then `text` stays empty), else -1. */
  let digits = -1;
  let valueFrom = 0;
  let valueTo = 0;
  let inline: string | null = null;
  /** 1 inside `<v>`, 2 inside the `<t>` of an inline string (outside phonetic runs). */
  let collecting = 0;
  let phonetic = 0;

  const reader = new XmlReader(xml, part);
  const plain: PlainCell = { ref: -1, style: 0, type: "n", value: -1 };
  /** After a row's start or a cell's end, the plain cells that follow are read without the tokenizer. */
  const readPlainCells = (): void => {
    let at = reader.tokenEnd;
    for (let end = readPlainCell(xml, at, plain); end >= 0; end = readPlainCell(xml, at, plain)) {
      at = end;
      if (plain.ref >= 0 && rowIndex < 0) rowIndex = Math.floor(plain.ref / MAX_COLUMNS);
      const cellColumn = plain.ref >= 0 ? plain.ref % MAX_COLUMNS : nextColumn;
      nextColumn = cellColumn + 1;
      if (plain.value < 0) continue;
      if (rowIndex < 0) rowIndex = 0;
      const value = digitsCell(plain.type, plain.value, plain.style, context);
      if (value === null) continue;
      (rows[rowIndex] ??= [])[cellColumn] = value;
    }
    if (at !== reader.tokenEnd) reader.skipTo(at);
  };
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token === TEXT) {
      if (collecting === 1) {
        if (digits >= 0) {
          // A second run of text in one <v> (split by a comment): the first was plain digits, so written as read.
          text = reader.source.slice(valueFrom, valueTo);
          digits = -1;
        } else if (text === "" && (type === "s" || type === "n")) {
          valueFrom = reader.textStart;
          valueTo = reader.textEnd;
          digits = digitsIn(reader.source, valueFrom, valueTo);
          if (digits >= 0) continue;
        }
        text += reader.text();
      } else if (collecting === 2) inline += reader.text();
    } else if (token === OPEN) {
      switch (reader.name) {
        case "row": {
          const r = rowNumberOf(reader);
          rowIndex = r === undefined ? rowIndex + 1 : r - 1;
          nextColumn = 0;
          if (!reader.selfClosing) readPlainCells();
          break;
        }
        case "c": {
          const ref = cellRefOf(reader);
          if (ref >= 0 && rowIndex < 0) rowIndex = Math.floor(ref / MAX_COLUMNS);
          column = ref >= 0 ? ref % MAX_COLUMNS : nextColumn;
          nextColumn = column + 1;
          type = typeOf(reader);
          style = styleOf(reader);
          text = "";
          digits = -1;
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
          const value =
            digits >= 0
              ? digitsCell(type, digits, style, context)
              : cellOf(type, text, inline, style, context);
          if (value !== null) (rows[rowIndex] ??= [])[column] = value;
          readPlainCells();
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
