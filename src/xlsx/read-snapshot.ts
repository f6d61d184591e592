import type { WorkbookSnapshot } from "../engine";
import { readWorkbook } from "./read-workbook";
import type { ZipCodec } from "./zip-codec";

/**
 * The one place the command line's consolidation and the offline page (tool.html) turn a file's bytes into the
 * engine's input. Throws UnreadableWorkbookError (with its reason) when the bytes are not an ordinary .xlsx.
 */
export function readSnapshot(bytes: Uint8Array, codec?: ZipCodec): WorkbookSnapshot {
  return readWorkbook(bytes, codec).snapshot;
}
