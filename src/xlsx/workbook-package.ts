import { readRelationships, relationshipKind, type Relationship } from "./opc";
import { UnreadableWorkbookError } from "./unreadable";
import { attribute, parseXml, rootNamespaces, XmlError } from "./xml";
import { EncryptedZipError, NotAZipError, ZipArchive } from "./zip-archive";
import type { ZipCodec } from "./zip-codec";

/** A workbook package opened: its zip, its workbook part, the sheets in workbook order and their parts. */

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly relationshipId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** The sheet's part; undefined for a chartsheet or a dangling relationship. */
  readonly part: string | undefined;
  readonly isWorksheet: boolean;
}

export interface WorkbookPackage {
  readonly zip: ZipArchive;
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly relationships: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  /** Serials count from 1904-01-01 (`workbookPr/@date1904`). */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** xsd:boolean: `true`, `1`, `false`, `0`, whitespace collapsed (LibreOffice writes `true`, Excel `1`). */
export function xsdBoolean(value: string | undefined): boolean {
  const text = value?.trim();
  return text === "true" || text === "1";
}

function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Office's encrypted packages are compound files holding a stream named `EncryptedPackage`. */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Array.from("EncryptedPackage", (c) => [c.charCodeAt(0), 0]).flat();
  outer: for (let i = 0; i + name.length <= bytes.length; i += 1) {
    for (let j = 0; j < name.length; j += 1) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

function openZip(bytes: Uint8Array, codec: ZipCodec | undefined): ZipArchive {
  if (isCompoundFile(bytes))
    throw new UnreadableWorkbookError(
      holdsEncryptedPackage(bytes) ? "encrypted" : "xls",
      "an OLE compound file, not a zip package",
    );
  try {
    return ZipArchive.open(bytes, codec);
  } catch (cause) {
    if (cause instanceof EncryptedZipError) throw new UnreadableWorkbookError("encrypted", cause.message);
    if (cause instanceof NotAZipError) throw new UnreadableWorkbookError("not-zip", cause.message);
    throw cause;
  }
}

function officeDocumentPart(zip: ZipArchive): string {
  if (zip.text("mimetype")?.startsWith("application/vnd.oasis.opendocument"))
    throw new UnreadableWorkbookError("ods", "an OpenDocument package");
  const main = readRelationships(zip, "").find((r) => relationshipKind(r.type) === "officeDocument");
  // A package without its root relationships still opens in Excel when the part is where Excel puts it.
  const part = main?.target ?? (zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  if (part === undefined) throw new UnreadableWorkbookError("broken", "no workbook part in the package");
  if (part.toLowerCase().endsWith(".bin")) throw new UnreadableWorkbookError("xlsb", "a binary workbook");
  return zip.rawEntry(part)?.name ?? part;
}

interface WorkbookXml {
  readonly sheets: Omit<SheetEntry, "part" | "isWorksheet">[];
  readonly date1904: boolean;
}

function readWorkbookXml(xml: string, part: string): WorkbookXml {
  if ([...rootNamespaces(xml, part).values()].includes(STRICT_MAIN))
    throw new UnreadableWorkbookError("strict", "Strict Open XML");
  const sheets: Omit<SheetEntry, "part" | "isWorksheet">[] = [];
  let date1904 = false;
  parseXml(xml, part, {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = xsdBoolean(attribute(attributes, "date1904"));
      else if (name === "sheet") {
        const state = attribute(attributes, "state");
        sheets.push({
          name: attribute(attributes, "name") ?? "",
          sheetId: attribute(attributes, "sheetId") ?? "",
          relationshipId: attribute(attributes, "id") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      }
    },
  });
  return { sheets, date1904 };
}

/** Opens the package and reads its workbook part; every way this fails is an UnreadableWorkbookError. */
export function openWorkbookPackage(bytes: Uint8Array, codec?: ZipCodec): WorkbookPackage {
  const zip = openZip(bytes, codec);
  try {
    const workbookPart = officeDocumentPart(zip);
    const workbookXml = zip.text(workbookPart);
    if (workbookXml === undefined)
      throw new UnreadableWorkbookError("broken", `${workbookPart} is missing from the package`);
    const { sheets, date1904 } = readWorkbookXml(workbookXml, workbookPart);
    const relationships = readRelationships(zip, workbookPart);
    const byId = new Map(relationships.map((r) => [r.id, r]));
    const partOf = (kind: string): string | undefined => {
      const target = relationships.find((r) => relationshipKind(r.type) === kind)?.target;
      return target === undefined ? undefined : (zip.rawEntry(target)?.name ?? target);
    };
    return {
      zip,
      workbookPart,
      workbookXml,
      relationships,
      sheets: sheets.map((sheet) => {
        const link = byId.get(sheet.relationshipId);
        const part = link && !link.external ? zip.rawEntry(link.target)?.name : undefined;
        return { ...sheet, part, isWorksheet: !!link && relationshipKind(link.type) === "worksheet" };
      }),
      date1904,
      sharedStringsPart: partOf("sharedStrings"),
      stylesPart: partOf("styles"),
    };
  } catch (cause) {
    if (cause instanceof XmlError) throw new UnreadableWorkbookError("broken", cause.message);
    throw cause;
  }
}
