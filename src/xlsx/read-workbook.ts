import { type SheetGrid, type WorkbookSnapshot } from "../engine";
import { foldKey } from "../engine/text";
import { GENERATED_SHEETS } from "../engine/schema";
import { readDateStyles } from "./number-formats";
import { type PackedRows, packRows, unpackRows } from "./packed-rows";
import { readSharedStrings, type SharedStrings } from "./shared-strings";
import { readSheetValues, type SheetContext } from "./sheet-values";
import { UnreadableWorkbookError } from "./unreadable";
import { openWorkbookPackage, type WorkbookPackage } from "./workbook-package";
import { XmlError } from "./xml";
import type { ZipCodec } from "./zip-codec";

export { UnreadableWorkbookError } from "./unreadable";

/** A workbook file read for the engine: the package (for the report writer) and the sheets' values. */
export interface XlsxWorkbook {
  readonly pack: WorkbookPackage;
  readonly sharedStrings: SharedStrings;
  readonly snapshot: WorkbookSnapshot;
}

const generatedKeys = new Set(GENERATED_SHEETS.map(foldKey));

/**
 * The generated sheets are rebuilt by every `report` and the engine never reads them, so they are not parsed:
 * at province scale they are the largest sheets of a workbook that was filled before.
 */
export function isGeneratedSheetName(name: string): boolean {
  return generatedKeys.has(foldKey(name));
}

function wrap<T>(read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof XmlError) throw new UnreadableWorkbookError("broken", cause.message);
    throw cause;
  }
}

/**
 * Reads an .xlsx file's values: every worksheet but the generated ones, in workbook order, as the engine's
 * snapshot. Dates are 1900-system serials whatever the workbook's date system. Throws UnreadableWorkbookError
 * (with its reason) for anything that is not an ordinary .xlsx.
 */
export function readWorkbook(
  bytes: Uint8Array,
  codec?: ZipCodec,
  /** "all" reads the generated sheets too (reading a report back). */
  sheets: "input" | "all" = "input",
): XlsxWorkbook {
  return readPackage(openWorkbookPackage(bytes, codec), sheets, null).workbook;
}

/**
 * readWorkbook with one large input sheet parsed by `parseElsewhere` (the command line's helper thread) while this
 * thread parses the others. The helper answers undefined when it could not, and then
 * the sheet is parsed here, so every failure reads as it would have.
 */
export async function readWorkbookSharing(
  bytes: Uint8Array,
  codec: ZipCodec,
  parseElsewhere: (part: string) => Promise<PackedRows | undefined>,
): Promise<XlsxWorkbook> {
  const pack = openWorkbookPackage(bytes, codec);
  const part = sheetForHelper(pack);
  const elsewhere = part === undefined ? undefined : parseElsewhere(part);
  const { workbook, context, deferredIndex } = readPackage(pack, "input", part ?? null);
  if (part === undefined) return workbook;
  const packed = await elsewhere;
  const rows = packed
    ? unpackRows(packed, context.sharedStrings)
    : wrap(() => readSheetValues(pack.zip.text(part) ?? "", part, context));
  const sheets = [...workbook.snapshot.sheets];
  sheets[deferredIndex] = { ...sheets[deferredIndex], rows };
  return { ...workbook, snapshot: { sheets } };
}

/** One sheet part's values, read on its own (on the helper thread) with the package's shared strings and styles. */
export function readSheetPart(bytes: Uint8Array, codec: ZipCodec, part: string): PackedRows {
  const pack = openWorkbookPackage(bytes, codec);
  const { context } = sheetContext(pack);
  return wrap(() =>
    packRows(readSheetValues(pack.zip.text(part) ?? "", part, context), context.sharedStrings),
  );
}

/**
 * Below this, a sheet parses in less time than handing it to another thread costs (the helper starts, reads the
 * shared strings too, and the rows come back packed): about 4 MB of XML, 20 000 rows of a roster.
 */
const SHARED_SHEET_BYTES = 4 << 20;
/**
 * The helper's share of the input sheets' XML at most. It starts about 50 ms later than this thread and parses
 * slower at first (a thread of its own warms up its own code), so the halves finish together at about 30–40 %:
 * at 30 000 staff the helper takes `Cán bộ` (8.5 of 31 MB) and both are done in 190 ms; given `Con` (13.4 MB),
 * the largest, this thread waited 100 ms for it.
 */
const HELPER_SHARE = 0.4;

type SheetEntry = WorkbookPackage["sheets"][number];

const isWorksheetPart = (sheet: SheetEntry): boolean => sheet.isWorksheet && sheet.part !== undefined;
/** The sheets `readWorkbook` reads by default: worksheets, the generated ones left out. */
const isReadInput = (sheet: SheetEntry): boolean =>
  isWorksheetPart(sheet) && !isGeneratedSheetName(sheet.name);

/** The input sheet to parse on another thread: the largest within the helper's share, when that is large. */
function sheetForHelper(pack: WorkbookPackage): string | undefined {
  const sized = pack.sheets
    .filter(isReadInput)
    .map((sheet) => ({ part: sheet.part!, size: pack.zip.rawEntry(sheet.part!)?.size ?? 0 }));
  const total = sized.reduce((sum, sheet) => sum + sheet.size, 0);
  let chosen: { part: string; size: number } | undefined;
  for (const sheet of sized)
    if (
      sheet.size >= SHARED_SHEET_BYTES &&
      sheet.size <= total * HELPER_SHARE &&
      sheet.size > (chosen?.size ?? 0)
    )
      chosen = sheet;
  return chosen?.part;
}

function sheetContext(pack: WorkbookPackage): { sharedStrings: SharedStrings; context: SheetContext } {
  const { zip } = pack;
  const stringsXml = pack.sharedStringsPart ? zip.text(pack.sharedStringsPart) : undefined;
  const sharedStrings = stringsXml
    ? readSharedStrings(stringsXml, pack.sharedStringsPart!)
    : { strings: [], rich: new Set<number>() };
  const stylesXml = pack.stylesPart ? zip.text(pack.stylesPart) : undefined;
  return {
    sharedStrings,
    context: {
      sharedStrings: sharedStrings.strings,
      dateStyles: stylesXml ? readDateStyles(stylesXml, pack.stylesPart!) : [],
      date1904: pack.date1904,
    },
  };
}

/** The package's sheets read, but `deferred` (parsed elsewhere), which is listed with no rows yet. */
function readPackage(
  pack: WorkbookPackage,
  sheets: "input" | "all",
  deferred: string | null,
): { workbook: XlsxWorkbook; context: SheetContext; deferredIndex: number } {
  return wrap(() => {
    const { sharedStrings, context } = sheetContext(pack);
    const grids: SheetGrid[] = [];
    let deferredIndex = -1;
    for (const sheet of pack.sheets) {
      if (!(sheets === "input" ? isReadInput : isWorksheetPart)(sheet) || sheet.part === undefined) continue;
      const xml = sheet.part === deferred ? "" : pack.zip.text(sheet.part);
      if (xml === undefined) continue;
      if (sheet.part === deferred) deferredIndex = grids.length;
      grids.push({
        name: sheet.name,
        rows: sheet.part === deferred ? [] : readSheetValues(xml, sheet.part, context),
        firstRow: 1,
        firstColumn: 1,
      });
    }
    return { workbook: { pack, sharedStrings, snapshot: { sheets: grids } }, context, deferredIndex };
  });
}
