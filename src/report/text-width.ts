/**
 * Printed width of a line in Times New Roman, estimated from the font's advance widths (1/1000 em; Liberation
 * Serif, which LibreOffice substitutes, has the same metrics). Used where Decree 30 ties a length to the text
 * ("a rule as long as the line above") and to size wrapped rows of the `Báo cáo` sheet.
 */

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";

interface FontWidths {
  readonly letters: ReadonlyMap<string, number>;
  readonly marks: Readonly<Record<string, number>>;
}

function fontWidths(
  upper: readonly number[],
  lower: readonly number[],
  marks: Record<string, number>,
): FontWidths {
  const letters = new Map<string, number>();
  [...UPPER].forEach((char, i) => letters.set(char, upper[i]));
  [...LOWER].forEach((char, i) => letters.set(char, lower[i]));
  return { letters, marks };
}

const SHARED_MARKS = {
  " ": 250,
  ",": 250,
  ".": 250,
  "-": 333,
  "(": 333,
  ")": 333,
  "/": 278,
  "!": 333,
  "“": 444,
  "”": 444,
  "…": 1000,
  "–": 500,
  "—": 1000,
};

const REGULAR = fontWidths(
  [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611,
  ],
  [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
    500, 722, 500, 500, 444,
  ],
  { ...SHARED_MARKS, ":": 278, ";": 278, "?": 444, "%": 833, "&": 778 },
);

const BOLD = fontWidths(
  [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
    722, 1000, 722, 722, 667,
  ],
  [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
    500, 722, 500, 500, 444,
  ],
  { ...SHARED_MARKS, ":": 333, ";": 333, "?": 500, "%": 1000, "&": 833 },
);

/** Digits are 500 in both weights; anything unknown is taken as 500 too. */
const DEFAULT_WIDTH = 500;
/** The horn of ơ/ư adds width that the base letter does not have. */
const HORN_EXTRA = 60;

function measuredCharWidth(char: string, font: FontWidths): number {
  const direct = font.letters.get(char) ?? font.marks[char];
  if (direct !== undefined) return direct;
  // Vietnamese letters: the base letter's width (tone and vowel marks sit above or below it).
  const decomposed = char.normalize("NFD");
  const base = decomposed.charAt(0).replace("đ", "d").replace("Đ", "D");
  const horn = decomposed.includes("\u031b") ? HORN_EXTRA : 0;
  return (font.letters.get(base) ?? DEFAULT_WIDTH) + horn;
}

/**
 * Widths by character, each measured once: the annexes' page breaks measure every cell of every row (hundreds of
 * thousands of names at province scale), and decomposing a Vietnamese letter each time was most of the .docx's time.
 */
const cachedWidths = new Map<FontWidths, Map<string, number>>([
  [REGULAR, new Map()],
  [BOLD, new Map()],
]);

function charWidth(char: string, font: FontWidths): number {
  const cache = cachedWidths.get(font)!;
  let width = cache.get(char);
  if (width === undefined) {
    width = measuredCharWidth(char, font);
    cache.set(char, width);
  }
  return width;
}

/** Width of `text` in 1/1000 em; widths add up character by character (no kerning in the estimate). */
function textUnits(text: string, font: FontWidths): number {
  let units = 0;
  for (const char of text.normalize("NFC")) units += charWidth(char, font);
  return units;
}

/** Words repeat (a province's names share a few thousand syllables): each word measured once per font. */
const cachedWords = new Map<FontWidths, Map<string, number>>([
  [REGULAR, new Map()],
  [BOLD, new Map()],
]);
/** Beyond this many words the cache starts afresh, so a long-lived task pane does not grow without end. */
const WORD_CACHE_LIMIT = 100_000;

function wordUnits(word: string, font: FontWidths): number {
  const cache = cachedWords.get(font)!;
  let units = cache.get(word);
  if (units === undefined) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    units = textUnits(word, font);
    cache.set(word, units);
  }
  return units;
}

/** Width of `text` on one line, in points. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  return (textUnits(text, bold ? BOLD : REGULAR) * sizePt) / 1000;
}

/**
 * Widths by UTF-16 code for the characters NFC leaves as they are and a table can hold (below U+0300, and
 * Vietnamese's precomposed letters U+1E00–U+1EFF); -1 until first measured.
 */
const TABLE_END = 0x1f00;
const tableWidths = new Map<FontWidths, Float64Array>([
  [REGULAR, new Float64Array(TABLE_END).fill(-1)],
  [BOLD, new Float64Array(TABLE_END).fill(-1)],
]);

/** Width of `text` in 1/1000 em by the table, in one pass; -1 when a character needs NFC or is not in it. */
function tableUnits(text: string, font: FontWidths): number {
  const table = tableWidths.get(font)!;
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && (code < 0x1e00 || code >= TABLE_END)) return -1;
    let width = table[code];
    if (width < 0) table[code] = width = charWidth(String.fromCharCode(code), font);
    units += width;
  }
  return units;
}

/** Lines a paragraph takes when wrapped at word boundaries into `widthPt`. */
export function wrappedLineCount(text: string, widthPt: number, sizePt: number, bold = false): number {
  const font = bold ? BOLD : REGULAR;
  // Most cells fit on one line whole (the spaces at either end included), and then wrapping cannot break them.
  const whole = tableUnits(text, font);
  if (whole >= 0 && (whole * sizePt) / 1000 <= widthPt) return 1;
  const space = charWidth(" ", font);
  let lines = 1;
  let line = 0;
  // As the text "" + word would be: a line of empty words (a leading or doubled space) has no width yet.
  let lineEmpty = true;
  for (const word of text.split(" ")) {
    const units = wordUnits(word, font);
    // A line's width is its words' widths and the spaces between them: measured once per word.
    const candidate = lineEmpty ? units : line + space + units;
    if (!lineEmpty && (candidate * sizePt) / 1000 > widthPt) {
      lines++;
      line = units;
      lineEmpty = word === "";
    } else {
      line = candidate;
      lineEmpty = lineEmpty && word === "";
    }
  }
  return lines;
}
