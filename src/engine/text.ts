/**
 * Text as clerks type it: NFC or NFD (macOS, some IMEs), stray spaces, non-breaking spaces pasted from the web.
 */

import { remembered } from "./remembered";
import { FNV_OFFSET, fnvStep } from "./fnv";

const WHITESPACE_RUN = /[\s\u00a0\u2007\u202f\u200b]+/g;
const COMBINING_MARKS = /\p{M}/gu;

const NOT_CLEAN = 0;
const CLEAN_ASCII = 1;
const CLEAN = 2;

/**
 * Already clean, seen in one pass without a lookup: no space at either end or twice, no other white space, and
 * only characters NFC leaves as they are — below U+0300 (ASCII, Latin-1, Latin Extended) or Vietnamese's
 * precomposed letters (U+1E00–U+1EFF). Most cells of a roster are, and hashing each into a cache cost more than
 * this scan. CLEAN_ASCII when every character is ASCII besides.
 */
function cleanness(text: string): number {
  const last = text.length - 1;
  let ascii = true;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return NOT_CLEAN;
    } else if (code < 0x21 || code === 0xa0 || (code >= 0x300 && (code < 0x1e00 || code > 0x1eff)))
      return NOT_CLEAN;
    else if (code > 0x7f) ascii = false;
  }
  return ascii ? CLEAN_ASCII : CLEAN;
}

/** Already as cleanText makes it: NFC, no white space but single inner spaces. */
export const isCleanText = (text: string): boolean => cleanness(text) !== NOT_CLEAN;

const cleanedText = remembered((text: string): string =>
  text.normalize("NFC").replace(WHITESPACE_RUN, " ").trim(),
);

/** NFC, trimmed, inner whitespace collapsed to one space. */
export const cleanText = (text: string): string => (cleanness(text) === NOT_CLEAN ? cleanedText(text) : text);

/**
 * The key under which headers, sheet names, setting keys and achievement names are matched:
 * case-folded and without Vietnamese diacritics, so `Ho va ten` matches `Họ và tên`.
 * `đ` is a letter of its own in Unicode (it has no decomposition), hence the explicit mapping.
 */
const foldedKey = remembered((text: string): string =>
  cleanText(text)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase(),
);

// Clean ASCII (staff IDs, most headers) has no marks to strip: lower case is the whole key.
export const foldKey = (text: string): string =>
  cleanness(text) === CLEAN_ASCII ? text.toLowerCase() : foldedKey(text);

function hasLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * foldKey's classes with ASCII keys in capitals: the key under which staff IDs are matched. Clerks type IDs in
 * capitals (`CB00123`), and V8 gives such a string back as itself, so the tens of thousands of lookups of a
 * province's children and contributions make no string and hash none twice. A key with other letters stays as
 * foldKey makes it (upper case could merge two, as `ß` and `ss`).
 */
export function foldKeyUpper(text: string): string {
  if (cleanness(text) === CLEAN_ASCII) return hasLowerAscii(text) ? text.toUpperCase() : text;
  const folded = foldedKey(text);
  return isAscii(folded) ? folded.toUpperCase() : folded;
}

const lowerCaseName = remembered((text: string): string => cleanText(text).toLocaleLowerCase("vi"));

/**
 * The key under which children's names are compared: diacritics matter (Hà ≠ Hạ), case and spacing do not.
 * Vietnamese has no casing rules of its own, so a clean name's key is its plain lower case.
 */
export const nameKey = (text: string): string =>
  cleanness(text) === NOT_CLEAN ? lowerCaseName(text) : text.toLowerCase();

/** Each code unit a clean text may hold (below U+0300, U+1E00–U+1EFF) in lower case; -1 where that is not one unit. */
const LOWER_UNIT = (() => {
  const table = new Int32Array(0x1f00).fill(-1);
  for (let code = 0; code < table.length; code += 1) {
    if (code >= 0x300 && code < 0x1e00) continue;
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) table[code] = lower.charCodeAt(0);
  }
  return table;
})();

function hashUnits(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) hash = fnvStep(hash, text.charCodeAt(i));
  return hash >>> 2;
}

/**
 * A hash of nameKey(text) worked out without making the key: equal keys hash equal, and unequal ones seldom do
 * (compare the keys when they do). For clean text, the key's code units are the text's own in lower case, one by
 * one; a province's children are grouped by name without a lower-case copy of every name.
 */
export function nameKeyHash(text: string): number {
  if (cleanness(text) === NOT_CLEAN) return hashUnits(lowerCaseName(text));
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    const lower = LOWER_UNIT[text.charCodeAt(i)];
    // A letter whose lower case is longer (İ): the key made in full.
    if (lower < 0) return hashUnits(text.toLowerCase());
    hash = fnvStep(hash, lower);
  }
  // Two bits off: a small integer for V8, no number object per key.
  return hash >>> 2;
}

/** The given name (tên) by which Vietnamese lists are ordered: the last word of the full name. */
export const givenName = remembered((fullName: string): string => {
  const words = cleanText(fullName).split(" ");
  return words[words.length - 1] ?? "";
});

const vietnameseCollator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/** An ASCII letter in lower case, -1 for anything else. */
function asciiLetter(code: number): number {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower : -1;
}

/**
 * Vietnamese collation (ICU's `vi`, the order Excel's Vietnamese sort gives), with one quick answer: where two
 * texts first differ by two different ASCII letters, their alphabetical order is the answer. `vi` only adds
 * letters (ă â đ ê ô ơ ư, each right after its base) and orders the tone marks; it joins no two characters into
 * one, so what comes before the difference weighs the same on both sides, case and marks count only once every
 * letter has, and a letter joined by a combining mark (a + ◌̆ is ă) still sorts between its base and the next
 * letter. Names of one unit and one given name mostly differ so ("Nguyễn Văn An", "Trần Thị An"): the bench's
 * province made 73,000 collator calls to sort its children, most of them answered here.
 * test/engine/vietnamese-order.test.ts holds this to the collator on random texts.
 */
export function compareVietnamese(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i < shorter) {
    const letterA = asciiLetter(a.charCodeAt(i));
    const letterB = asciiLetter(b.charCodeAt(i));
    if (letterA >= 0 && letterB >= 0 && letterA !== letterB) return letterA < letterB ? -1 : 1;
  }
  return vietnameseCollator.compare(a, b);
}
