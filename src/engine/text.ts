/**
 * Text as clerks type it: NFC or NFD (macOS, some IMEs), stray spaces, non-breaking spaces pasted from the web.
 */

const WHITESPACE_RUN = /[\s\u00a0\u2007\u202f\u200b]+/g;
const COMBINING_MARKS = /\p{M}/gu;

/** NFC, trimmed, inner whitespace collapsed to one space. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * The key under which headers, sheet names, setting keys and achievement names are matched:
 * case-folded and without Vietnamese diacritics, so `Ho va ten` matches `Họ và tên`.
 * `đ` is a letter of its own in Unicode (it has no decomposition), hence the explicit mapping.
 */
export function foldKey(text: string): string {
  return cleanText(text)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** The key under which children's names are compared: diacritics matter (Hà ≠ Hạ), case and spacing do not. */
export function nameKey(text: string): string {
  return cleanText(text).toLocaleLowerCase("vi");
}

/** The given name (tên) by which Vietnamese lists are ordered: the last word of the full name. */
export function givenName(fullName: string): string {
  const words = cleanText(fullName).split(" ");
  return words[words.length - 1] ?? "";
}

const vietnameseCollator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
