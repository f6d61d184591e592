/**
 * Amounts in words (`Bằng chữ`), as Vietnamese finance offices write them under the figures of a total.
 *
 * Conventions, northern administrative usage:
 * - scales `nghìn`, `triệu`, `tỷ`; above 10^12 the scales repeat before `tỷ` (`một nghìn tỷ`);
 * - `mười` for a tens digit of 1, `mươi` otherwise (`mười lăm`, `hai mươi`);
 * - a units digit of 1 after `mươi` is `mốt` (`hai mươi mốt`), never after `mười` (`mười một`) or `linh`;
 * - a units digit of 5 after a tens word is `lăm` (`mười lăm`, `hai mươi lăm`), but `linh năm` (105);
 * - a units digit of 4 after `mươi` is `tư` (`hai mươi tư`): the form of accounting documents in the north, and
 *   unambiguous beside `bốn mươi`; after `mười` and `linh` it stays `bốn`;
 * - a zero tens digit before a non-zero unit is `linh` (`một trăm linh năm`);
 * - a group of three after the leading one is read in full, zero hundreds as `không trăm`
 *   (1 000 005 → `một triệu không trăm linh năm`); an all-zero group is skipped (1 000 000 000 → `một tỷ`).
 */

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const THOUSAND_SCALES = ["", "nghìn", "triệu"] as const;
const BILLION = 1_000_000_000;

function unitsAfterTens(tens: number, units: number): string {
  if (units === 0) return "";
  if (units === 5) return "lăm";
  if (tens >= 2 && units === 1) return "mốt";
  if (tens >= 2 && units === 4) return "tư";
  return DIGITS[units];
}

/** 0–999; `full` reads the hundreds even when zero, as a group inside a larger number must be. */
function readGroup(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const saysHundreds = full || hundreds > 0;
  if (saysHundreds) words.push(DIGITS[hundreds], "trăm");
  if (tens === 0) {
    if (units > 0) words.push(...(saysHundreds ? ["linh"] : []), DIGITS[units]);
  } else {
    words.push(...(tens === 1 ? ["mười"] : [DIGITS[tens], "mươi"]));
    const last = unitsAfterTens(tens, units);
    if (last !== "") words.push(last);
  }
  return words;
}

/** Below 10^9: groups of three with `nghìn`/`triệu`; `full` as in readGroup, for the part after `tỷ`. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  for (let scale = 2; scale >= 0; scale--) {
    const group = groups[scale];
    if (group === 0) continue;
    const leading = !full && words.length === 0;
    words.push(...readGroup(group, !leading));
    if (THOUSAND_SCALES[scale] !== "") words.push(THOUSAND_SCALES[scale]);
  }
  return words;
}

function readNumber(n: number, full: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, full);
  const rest = n % BILLION;
  const words = [...readNumber(Math.floor(n / BILLION), full), "tỷ"];
  return rest === 0 ? words : [...words, ...readBelowBillion(rest, true)];
}

/** 2 010 000 → "hai triệu không trăm mười nghìn"; 0 → "không". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a whole non-negative number: ${n}`);
  if (n === 0) return DIGITS[0];
  return readNumber(n, false).join(" ");
}

/** 14 000 000 → "Mười bốn triệu đồng": the `Bằng chữ` reading of a whole VND amount. */
export function vndInWords(n: number): string {
  const words = numberInWords(n);
  return `${words.charAt(0).toLocaleUpperCase("vi")}${words.slice(1)} đồng`;
}
