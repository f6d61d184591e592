import { GENERATED_SHEETS } from "../schema";
import { isPlanLink, type SheetPlan } from "./sheet-plan";
import { FNV_OFFSET, fnvStep } from "../fnv";

/**
 * A generated sheet's stamp: FNV-1a/32 over its non-empty cell values and their positions, computed from the plan
 * when the sheet is written and from `range.values` when it is read back. A sheet whose values no longer hash to
 * its stamp was edited by hand since (co-authors share the workbook), and the add-in asks before replacing it.
 *
 * The stamps live in one very hidden sheet, two columns per generated sheet: the stamp of what was written last,
 * and the one before it. Office batches are not transactions, so a run that dies in the middle of its last sync
 * can leave the old sheet in place under the new stamp; accepting either stamp keeps that from looking like an edit.
 * The sheet is ExcelApi 1.1 and read in the same bulk read as the input sheets (worksheet custom properties would
 * need 1.12). It is not a lock against a determined user, only a guard against losing edits by accident.
 */
export const STAMP_SHEET = "Dấu sheet tạo";

/** Never a number, whatever the hex digits: `1e50` alone would be read back as 1E+50. */
const STAMP_PREFIX = "fnv1a32:";

export const STAMP_HEADER = ["Sheet", "Dấu (FNV-1a/32)", "Dấu trước"] as const;

export interface SheetStamp {
  /** The stamp of what the add-in last wrote, or "" when unknown. */
  readonly stamp: string;
  readonly previous: string;
}

/** A value as both sides see it: Excel keeps 15 significant digits of a number; empty cells are skipped. */
function canonical(value: unknown): string | number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number")
    // An integer of up to 15 digits is already what Excel keeps, and is hashed digit by digit, as it is written.
    return isPlainInteger(value) ? value : String(Number(value.toPrecision(15)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

const isPlainInteger = (value: number): boolean => Number.isSafeInteger(value) && Math.abs(value) < 1e15;

const COMMA = 0x2c;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const MINUS = 0x2d;
const ZERO = 0x30;

class Fnv1a32 {
  private hash = FNV_OFFSET;

  /** One cell: `row,column<TAB>value<LF>`, hashed as those bytes without the text ever being built. */
  addCell(row: number, column: number, value: string | number): void {
    let hash = integerInto(this.hash, row);
    hash = fnvStep(hash, COMMA);
    hash = integerInto(hash, column);
    hash = fnvStep(hash, TAB);
    hash = typeof value === "number" ? integerInto(hash, value) : textInto(hash, value);
    // Math.imul works on 32 bits whatever the sign; the stamp reads the hash unsigned.
    this.hash = fnvStep(hash, LINE_FEED) >>> 0;
  }

  get stamp(): string {
    return `${STAMP_PREFIX}${this.hash.toString(16).padStart(8, "0")}`;
  }
}

/** An integer's decimal digits, as String() writes them, most significant first, into the hash. */
function integerInto(hash: number, value: number): number {
  if (value < 0) hash = fnvStep(hash, MINUS);
  const magnitude = Math.abs(value);
  let unit = 1;
  while (unit * 10 <= magnitude) unit *= 10;
  for (; unit >= 1; unit /= 10) hash = fnvStep(hash, ZERO + (Math.floor(magnitude / unit) % 10));
  return hash;
}

/**
 * The text's UTF-8 bytes into the hash as they are worked out, without an encoder and an array per cell (a
 * 30 000-staff report hashes a million cells). A lone surrogate counts as U+FFFD, as TextEncoder would make it.
 */
function textInto(hash: number, text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      hash = fnvStep(hash, code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      } else code = 0xfffd;
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x800) {
      hash = fnvStep(hash, 0xc0 | (code >> 6));
    } else if (code < 0x10000) {
      hash = fnvStep(hash, 0xe0 | (code >> 12));
      hash = fnvStep(hash, 0x80 | ((code >> 6) & 0x3f));
    } else {
      hash = fnvStep(hash, 0xf0 | (code >> 18));
      hash = fnvStep(hash, 0x80 | ((code >> 12) & 0x3f));
      hash = fnvStep(hash, 0x80 | ((code >> 6) & 0x3f));
    }
    hash = fnvStep(hash, 0x80 | (code & 0x3f));
  }
  return hash;
}

/** The stamp of cell values read from a range whose top-left cell is at (rowIndex, columnIndex), 0-based. */
export function valuesStamp(
  origin: { readonly rowIndex: number; readonly columnIndex: number },
  values: readonly (readonly unknown[])[],
): string {
  const hash = new Fnv1a32();
  for (let r = 0; r < values.length; r += 1) {
    const row = values[r];
    for (let c = 0; c < row.length; c += 1) {
      const text = canonical(row[c]);
      if (text !== null) hash.addCell(origin.rowIndex + r, origin.columnIndex + c, text);
    }
  }
  return hash.stamp;
}

/** The stamp of a plan's sheet as both adapters write it: a link shows its text, a merged area its first cell. */
export function planStamp(plan: SheetPlan): string {
  const width = plan.columns.length;
  const hiddenInRow = new Map<number, { from: number; to: number }[]>();
  for (const merge of plan.merges) {
    if (merge.columns < 2) continue;
    const spans = hiddenInRow.get(merge.row) ?? [];
    spans.push({ from: merge.column + 1, to: merge.column + merge.columns });
    hiddenInRow.set(merge.row, spans);
  }
  const hash = new Fnv1a32();
  for (let r = 0; r < plan.rows.length; r += 1) {
    const hidden = hiddenInRow.get(r);
    const cells = plan.rows[r].cells;
    for (let c = 0; c < Math.min(width, cells.length); c += 1) {
      if (hidden && hidden.some((span) => c >= span.from && c < span.to)) continue;
      const cell = cells[c];
      const text = canonical(isPlanLink(cell) ? cell.text : cell);
      if (text !== null) hash.addCell(r, c, text);
    }
  }
  return hash.stamp;
}

const key = (name: string): string => name.toLocaleLowerCase();

/** The stamps of the stamp sheet's rows, by generated sheet (Excel's case-insensitive names). */
export function readStamps(rows: readonly (readonly unknown[])[]): Map<string, SheetStamp> {
  const stamps = new Map<string, SheetStamp>();
  for (const [name, stamp, previous] of rows) {
    if (typeof name !== "string" || !GENERATED_SHEETS.some((sheet) => key(sheet) === key(name))) continue;
    stamps.set(key(name), {
      stamp: typeof stamp === "string" ? stamp : "",
      previous: typeof previous === "string" ? previous : "",
    });
  }
  return stamps;
}

export function stampOf(stamps: ReadonlyMap<string, SheetStamp>, sheet: string): SheetStamp | undefined {
  return stamps.get(key(sheet));
}

/** True when the values are as the add-in last wrote them, or when nothing says otherwise (no stamp). */
export function isAsStamped(current: string, stamp: SheetStamp | undefined): boolean {
  if (!stamp || stamp.stamp === "") return true;
  return current === stamp.stamp || current === stamp.previous;
}

/**
 * The stamp sheet's rows once `written` sheets are written: one row per generated sheet in the contract's order.
 * A rewrite with the same content keeps the previous stamp as it was, so running twice changes nothing.
 */
export function stampRows(
  before: ReadonlyMap<string, SheetStamp>,
  written: readonly { readonly name: string; readonly stamp: string }[],
): string[][] {
  return [
    [...STAMP_HEADER],
    ...GENERATED_SHEETS.map((sheet) => {
      const old = stampOf(before, sheet) ?? { stamp: "", previous: "" };
      const fresh = written.find((entry) => key(entry.name) === key(sheet));
      if (!fresh) return [sheet, old.stamp, old.previous];
      return [sheet, fresh.stamp, old.stamp !== "" && old.stamp !== fresh.stamp ? old.stamp : old.previous];
    }),
  ];
}
