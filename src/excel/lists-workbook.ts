import type { SheetPlan } from "../engine";

/**
 * The lists as an .xlsx in base64, for `Excel.createWorkbook` (Windows and Mac, where the pane's WebView cannot
 * download a blob). The command line's zip-copy writer makes it (src/xlsx/new-workbook.ts, browser-safe), so the
 * file equals the CLI's sheets; it is loaded only here, as a separate chunk, so the pane's first load does not
 * carry it.
 */
export async function listsWorkbookBase64(plans: readonly SheetPlan[]): Promise<string> {
  const { newWorkbookFromPlans } = await import("../xlsx/new-workbook");
  return toBase64(newWorkbookFromPlans(plans));
}

/** btoa takes a binary string; built in slices so a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
