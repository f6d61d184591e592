import type { Cell, SheetTemplate } from "../engine";
import { inputSheets } from "./input-sheets-xml";
import { newWorkbookWith } from "./new-workbook";
import type { ZipCodec } from "./zip-codec";

/**
 * A new tracker workbook as .xlsx bytes: the input sheets of `templates`, each filled with its rows in `contents`
 * or seeded from its template. The one place that makes a new tracker, for every face (`init`, `init --from`, the
 * pane's "Chuẩn bị năm sau"): the same file layer as the report workbook, browser-safe.
 */
export async function trackerWorkbookBytes(
  templates: readonly SheetTemplate[],
  contents: ReadonlyMap<string, readonly (readonly Cell[])[]> = new Map(),
  codec?: ZipCodec,
): Promise<Uint8Array> {
  return newWorkbookWith((styles, strings) => inputSheets(templates, contents, styles, strings), codec);
}
