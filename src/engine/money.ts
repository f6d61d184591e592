import { type Cell, isBlankCell, isCellError } from "./cell";

export type AmountReading =
  | { readonly kind: "blank" }
  | { readonly kind: "amount"; readonly value: number }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "invalid" };

const CURRENCY_SUFFIX = /\s*(đồng|đ|vnđ|vnd)\.?$/iu;
/** `500000`, or groups of three separated by `.`, `,` or a space: `500.000`, `500,000`, `1 500 000`. */
const WHOLE_VND = /^(\d+|\d{1,3}([., \u00a0]\d{3})+)$/;

/**
 * Whole VND as clerks type it: `500000`, `500.000`, `500,000`, `500 000`, `500.000 đ` all mean 500 000.
 * A separator followed by anything but three digits (`1.5`, `500,5`) is not a whole amount.
 */
export function readAmountCell(cell: Cell | undefined, options: { allowZero?: boolean } = {}): AmountReading {
  if (isBlankCell(cell)) return { kind: "blank" };
  if (isCellError(cell)) return { kind: "error", error: cell.error };
  let value: number;
  if (typeof cell === "number") {
    value = cell;
  } else if (typeof cell === "string") {
    const text = cell.normalize("NFC").trim().replace(CURRENCY_SUFFIX, "");
    if (!WHOLE_VND.test(text)) return { kind: "invalid" };
    value = Number(text.replace(/[., \u00a0]/g, ""));
  } else {
    return { kind: "invalid" };
  }
  if (!Number.isSafeInteger(value) || value < 0 || (value === 0 && !options.allowZero))
    return { kind: "invalid" };
  return { kind: "amount", value };
}

/** A head count: a whole number ≥ 0, typed as a number or as digits. */
export function readCountCell(cell: Cell | undefined): AmountReading {
  if (typeof cell === "string" && !/^\s*\d+\s*$/.test(cell) && !isBlankCell(cell)) return { kind: "invalid" };
  return readAmountCell(cell, { allowZero: true });
}

/** 14000000 → "14.000.000": Vietnamese documents group thousands with dots. */
export function formatVnd(value: number): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(value)));
  // Beyond 1e21 String() writes an exponent: no groups to make there.
  if (!Number.isSafeInteger(Math.trunc(value))) return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  // Groups cut from the left, the first one 1–3 digits long: the annexes print a province's amounts, and a
  // regular expression per amount was a tenth of laying them out.
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `.${digits.slice(i, i + 3)}`;
  return sign + grouped;
}
