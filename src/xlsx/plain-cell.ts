/**
 * The cells that make up nearly all of a sheet, read straight from the characters: `<c r="B7" s="3" t="s"><v>42</v>
 * </c>`, `<c r="B7" s="3"><v>45444</v></c>`, `<c r="B7" s="3"/>`. A province's tracker is 700 000 of these, and
 * the tokenizer's general path (a start tag, its attributes, a text, two end tags, each a token) was most of
 * reading it. Only text that is well-formed by its very shape is taken here — unprefixed names, attribute values
 * in double quotes without `<` or `&`, digits for the value — so skipping it loses none of the tokenizer's checks;
 * anything else (a formula, an inline string, a decimal, a reference, a prefix) is left to the tokenizer.
 */

/** What readPlainCell found; valid when it returned an index. */
export interface PlainCell {
  /** The `r` packed as row × 16 384 + column (0-based), or -1 when the cell has none. */
  ref: number;
  style: number;
  /** "s" or "n". */
  type: "s" | "n";
  /** The `<v>`'s digits as a number, or -1 for a cell without one. */
  value: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const AMPERSAND = 0x26;
const LOWER_C = 0x63;
const LOWER_V = 0x76;
const LOWER_R = 0x72;
const LOWER_S = 0x73;
const LOWER_T = 0x74;
const LOWER_N = 0x6e;
const DOLLAR = 0x24;
const MAX_COLUMNS = 16_384;
/** Digits a double holds exactly. */
const MAX_DIGITS = 15;

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** A character of an attribute name this path accepts: ASCII letters, digits, `_`, `-`, `.` (no prefix). */
const isPlainNameChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f ||
  code === 0x2d ||
  code === 0x2e;

/** `C12` or `$C$12` from `from` to `to` → row × 16 384 + column (0-based), -1 for anything else. */
export function packedCellRef(text: string, from: number, to: number): number {
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

/** The digits from `from` to `to` as a number (1 to 15 of them), else -1. */
export function digitsIn(text: string, from: number, to: number): number {
  if (to <= from || to - from > MAX_DIGITS) return -1;
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads the plain cell at `at` (white space before it allowed) into `cell`; returns the index after its end, or -1
 * when what is there is not a plain cell (nothing is consumed then).
 */
export function readPlainCell(xml: string, at: number, cell: PlainCell): number {
  let i = at;
  while (isSpace(xml.charCodeAt(i))) i += 1;
  if (xml.charCodeAt(i) !== LT || xml.charCodeAt(i + 1) !== LOWER_C) return -1;
  i += 2;
  let ref = -1;
  let style = 0;
  let type: "s" | "n" = "n";
  for (;;) {
    const spaced = isSpace(xml.charCodeAt(i));
    while (isSpace(xml.charCodeAt(i))) i += 1;
    const code = xml.charCodeAt(i);
    if (code === GT || code === SLASH) break;
    // Attributes must be separated from the name and from each other by white space.
    if (!spaced) return -1;
    const nameStart = i;
    while (isPlainNameChar(xml.charCodeAt(i))) i += 1;
    const nameLength = i - nameStart;
    if (nameLength === 0 || xml.charCodeAt(i) !== EQUALS || xml.charCodeAt(i + 1) !== QUOTE) return -1;
    const valueStart = i + 2;
    let valueEnd = valueStart;
    for (; ; valueEnd += 1) {
      const c = xml.charCodeAt(valueEnd);
      if (c === QUOTE) break;
      // `<` is an error and `&` a reference for the tokenizer to check; NaN is the end of the text.
      if (c === LT || c === AMPERSAND || c !== c) return -1;
    }
    i = valueEnd + 1;
    if (nameLength !== 1) continue;
    const name = xml.charCodeAt(nameStart);
    if (name === LOWER_R) {
      ref = packedCellRef(xml, valueStart, valueEnd);
      if (ref < 0) return -1;
    } else if (name === LOWER_S) {
      style = digitsIn(xml, valueStart, valueEnd);
      if (style < 0) return -1;
    } else if (name === LOWER_T) {
      if (valueEnd - valueStart !== 1) return -1;
      const written = xml.charCodeAt(valueStart);
      if (written === LOWER_S) type = "s";
      else if (written !== LOWER_N) return -1;
    }
  }
  cell.ref = ref;
  cell.style = style;
  cell.type = type;
  cell.value = -1;
  if (xml.charCodeAt(i) === SLASH) {
    if (xml.charCodeAt(i + 1) !== GT || type !== "n") return -1;
    return i + 2;
  }
  i += 1; // past `>`
  if (xml.startsWith("</c>", i)) return type === "n" ? i + 4 : -1;
  if (xml.charCodeAt(i) !== LT || xml.charCodeAt(i + 1) !== LOWER_V || xml.charCodeAt(i + 2) !== GT)
    return -1;
  const digitsStart = i + 3;
  const digitsEnd = xml.indexOf("<", digitsStart);
  if (digitsEnd < 0) return -1;
  cell.value = digitsIn(xml, digitsStart, digitsEnd);
  if (cell.value < 0 || !xml.startsWith("</v></c>", digitsEnd)) return -1;
  return digitsEnd + 8;
}
