import type { Cell } from "../engine";

/**
 * A sheet's rows packed for the trip from the helper thread (src/cli/report-helper.ts) in transferable buffers:
 * a cell holding a shared string travels as its index into the table both threads read from the same file, a
 * number as itself, anything else (inline text, a boolean, an error) in a short side list. Structured clone of the
 * rows themselves cost the main thread more to unpack than half the sheet took to parse.
 */
export interface PackedRows {
  /** Per row, where its cells start in `kinds`/`values`; one more at the end. */
  readonly rowStarts: Uint32Array;
  readonly kinds: Uint8Array;
  readonly values: Float64Array;
  /** The cells of kind OTHER, in order. */
  readonly others: readonly Cell[];
}

const EMPTY = 0;
const NUMBER = 1;
const SHARED = 2;
const OTHER = 3;

export function packRows(rows: readonly (readonly Cell[])[], sharedStrings: readonly string[]): PackedRows {
  const indexOf = new Map<string, number>();
  sharedStrings.forEach((text, i) => {
    if (!indexOf.has(text)) indexOf.set(text, i);
  });
  let cells = 0;
  for (const row of rows) cells += row.length;
  const rowStarts = new Uint32Array(rows.length + 1);
  const kinds = new Uint8Array(cells);
  const values = new Float64Array(cells);
  const others: Cell[] = [];
  let at = 0;
  rows.forEach((row, r) => {
    rowStarts[r] = at;
    for (const cell of row) {
      const shared = typeof cell === "string" ? indexOf.get(cell) : undefined;
      if (cell === null) kinds[at] = EMPTY;
      else if (typeof cell === "number") {
        kinds[at] = NUMBER;
        values[at] = cell;
      } else if (shared !== undefined) {
        kinds[at] = SHARED;
        values[at] = shared;
      } else {
        kinds[at] = OTHER;
        others.push(cell);
      }
      at += 1;
    }
  });
  rowStarts[rows.length] = at;
  return { rowStarts, kinds, values, others };
}

export function unpackRows(packed: PackedRows, sharedStrings: readonly string[]): Cell[][] {
  const { rowStarts, kinds, values, others } = packed;
  const rows: Cell[][] = new Array<Cell[]>(rowStarts.length - 1);
  let other = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const start = rowStarts[r];
    const row: Cell[] = new Array<Cell>(rowStarts[r + 1] - start);
    for (let c = 0; c < row.length; c += 1) {
      const kind = kinds[start + c];
      row[c] =
        kind === EMPTY
          ? null
          : kind === NUMBER
            ? values[start + c]
            : kind === SHARED
              ? sharedStrings[values[start + c]]
              : others[other++];
    }
    rows[r] = row;
  }
  return rows;
}

/** The buffers to transfer rather than copy. */
export const packedBuffers = (packed: PackedRows): ArrayBuffer[] =>
  [packed.rowStarts, packed.kinds, packed.values].map((array) => array.buffer as ArrayBuffer);
