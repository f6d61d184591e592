import type { WorkbookSnapshot } from "../engine";
import { loadWorkbook, snapshotOf } from "./read-workbook";

/**
 * The one place the command line's consolidation and the offline page (tool.html) turn a file's bytes into the
 * engine's input: swap the reader here and both follow. Throws UnreadableWorkbookError when the bytes are not a
 * workbook.
 */
export async function readSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadWorkbook(bytes));
}
