import { type SheetGrid, type WorkbookSnapshot } from "../engine";
import { foldKey } from "../engine/text";
import { GENERATED_SHEETS } from "../engine/schema";
import { readDateStyles } from "./number-formats";
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
  const pack = openWorkbookPackage(bytes, codec);
  return wrap(() => {
    const { zip } = pack;
    const stringsXml = pack.sharedStringsPart ? zip.text(pack.sharedStringsPart) : undefined;
    const sharedStrings = stringsXml
      ? readSharedStrings(stringsXml, pack.sharedStringsPart!)
      : { strings: [], rich: new Set<number>() };
    const stylesXml = pack.stylesPart ? zip.text(pack.stylesPart) : undefined;
    const context: SheetContext = {
      sharedStrings: sharedStrings.strings,
      dateStyles: stylesXml ? readDateStyles(stylesXml, pack.stylesPart!) : [],
      date1904: pack.date1904,
    };
    const grids: SheetGrid[] = [];
    for (const sheet of pack.sheets) {
      if (!sheet.isWorksheet || sheet.part === undefined) continue;
      if (sheets === "input" && isGeneratedSheetName(sheet.name)) continue;
      const xml = zip.text(sheet.part);
      if (xml === undefined) continue;
      grids.push({
        name: sheet.name,
        rows: readSheetValues(xml, sheet.part, context),
        firstRow: 1,
        firstColumn: 1,
      });
    }
    return { pack, sharedStrings, snapshot: { sheets: grids } };
  });
}
