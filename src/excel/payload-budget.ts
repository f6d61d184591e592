/**
 * Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). Batches are planned against 4 MB so that an estimate may be a quarter off.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Large reads and writes are cut into pieces this big before packing, so a batch wastes at most this much of its
 * budget and the number of syncs is the total divided by the budget, rounded up.
 */
export const PIECE_BYTES = 256 * 1024;

/**
 * A RichApi request carries, besides the arguments, an action per property set or method call
 * (`{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":…}`, ~100 bytes) and, per object path it
 * uses — a `getRangeByIndexes(…)`, a `.format`, a `.font` — the path's definition and the action instantiating it
 * (~160 bytes).
 */
export const ACTION_BYTES = 100;
export const PATH_BYTES = 160;

/**
 * The response to a `values` load, per cell, when nothing better is known: the synthetic 10 000-staff roster
 * measures 13.5 bytes per cell (Vietnamese names, ids, serial dates, empty cells as `""`). A workbook of long
 * texts can exceed it; the read then retries with smaller batches (read-snapshot.ts).
 */
export const READ_BYTES_PER_CELL = 16;

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON: the most a JSON payload of it can weigh. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Groups items, in order, into batches whose estimated bytes stay within the budget (an oversized item goes alone). */
export function packBatches<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = PAYLOAD_BUDGET_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && used + bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Splits `rows` rows of `bytesPerRow` each into runs of at most `pieceBytes` (at least one row each). */
export function rowPieces(
  rows: number,
  bytesPerRow: number,
  pieceBytes = PIECE_BYTES,
): { start: number; count: number }[] {
  const perPiece = Math.max(1, Math.floor(pieceBytes / Math.max(1, bytesPerRow)));
  const pieces: { start: number; count: number }[] = [];
  for (let start = 0; start < rows; start += perPiece)
    pieces.push({ start, count: Math.min(perPiece, rows - start) });
  return pieces;
}
