/**
 * How big the fake judges each sync's request and response, in bytes of UTF-8 JSON: what a RichApi batch would
 * carry. A request holds, per action, `{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":…}` with
 * its arguments (values matrices, formats, names), and per object path used in the batch (a `getRangeByIndexes`,
 * a `.format`, a `.font`), its definition and the action instantiating it. A response holds the JSON of what the
 * loads bring back.
 */
export const ACTION_BYTES = 100;
export const PATH_BYTES = 160;

const encoder = new TextEncoder();

export const jsonSize = (value: unknown): number =>
  value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;

export interface SyncRecord {
  readonly index: number;
  readonly actions: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Action names in order, e.g. `Range.values`, `Worksheet.delete`. */
  readonly names: readonly string[];
  readonly failed: boolean;
}
