import { type Cell, inputTemplates } from "../../src/engine";
import { trackerWorkbookBytes } from "../../src/xlsx/tracker-workbook";
import { syntheticWorkbook } from "./synthetic-workbook";

/**
 * A tracker large enough for the command line to hand a sheet to its helper thread (a worksheet part of 4 MB or
 * more, within 40 % of the input sheets' XML): 20 000 staff make `Cán bộ` 4.8 MB of 17.5 MB. Made once per process.
 */
let made: Promise<Uint8Array> | undefined;

export function largeTrackerBytes(): Promise<Uint8Array> {
  made ??= trackerWorkbookBytes(
    inputTemplates(),
    new Map<string, readonly (readonly Cell[])[]>(
      syntheticWorkbook({ staff: 20_000 }).sheets.map((sheet) => [sheet.name, sheet.rows]),
    ),
  );
  return made;
}
