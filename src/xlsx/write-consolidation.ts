import { type Consolidation, consolidationSheets } from "../engine";
import { newWorkbookFromPlans } from "./new-workbook";
import type { ZipCodec } from "./zip-codec";

/** The consolidation workbook: the engine's sheet plans, written by the report workbook's writer. */
export function consolidationWorkbook(consolidation: Consolidation, codec?: ZipCodec): Uint8Array {
  return newWorkbookFromPlans(consolidationSheets(consolidation), codec);
}
