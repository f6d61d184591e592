/**
 * Text as clerks type it: NFC or NFD (macOS, some IMEs), stray spaces, non-breaking spaces pasted from the web.
 */

const WHITESPACE_RUN = /[\s\u00a0\u2007\u202f\u200b]+/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * A function's results remembered by argument. The same unit names, headers, achievements and schools come back
 * tens of thousands of times at province scale, and NFC/NFD normalisation is the engine's most expensive step.
 * Bounded, so a long session in the task pane does not keep every text it ever saw.
 */
function remembered(compute: (text: string) => string, limit = 250_000): (text: string) => string {
  let cache = new Map<string, string>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= limit) cache = new Map();
      result = compute(text);
      cache.set(text, result);
    }
    return result;
  };
}

/** NFC, trimmed, inner whitespace collapsed to one space. */
export const cleanText = remembered((text: string): string =>
  text.normalize("NFC").replace(WHITESPACE_RUN, " ").trim(),
);

/**
 * The key under which headers, sheet names, setting keys and achievement names are matched:
 * case-folded and without Vietnamese diacritics, so `Ho va ten` matches `Họ và tên`.
 * `đ` is a letter of its own in Unicode (it has no decomposition), hence the explicit mapping.
 */
export const foldKey = remembered((text: string): string =>
  cleanText(text)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase(),
);

/** The key under which children's names are compared: diacritics matter (Hà ≠ Hạ), case and spacing do not. */
export const nameKey = remembered((text: string): string => cleanText(text).toLocaleLowerCase("vi"));

/** The given name (tên) by which Vietnamese lists are ordered: the last word of the full name. */
export const givenName = remembered((fullName: string): string => {
  const words = cleanText(fullName).split(" ");
  return words[words.length - 1] ?? "";
});

const vietnameseCollator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
