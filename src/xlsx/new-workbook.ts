import type { SheetPlan } from "../engine";
import { planSheetXml } from "./plan-sheet-xml";
import { readWorkbook } from "./read-workbook";
import { type Generated, writeSheetsInto } from "./report-workbook";
import type { StringTable } from "./string-table";
import type { StyleAppender } from "./style-appender";
import { portableCodec, type ZipCodec } from "./zip-codec";
import { writeZip } from "./zip-writer";

/**
 * A new workbook of generated sheets, as bytes: the task pane's lists workbook for `Excel.createWorkbook` and any
 * face that needs a file from plans. Browser-safe (no `node:` module, no Buffer): fflate and the XML tokenizers only. Written by
 * the same zip-copy writer as the command line's report, into an empty package, so both files look the same.
 */

const encoder = new TextEncoder();
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

function emptyPackage(codec?: ZipCodec): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      "</Types>",
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${RELS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    "docProps/app.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      "<Application>Action Month Tracker</Application>" +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>',
    "xl/workbook.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      `xmlns:r="${RELS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}"></Relationships>`,
  };
  return writeZip(
    Object.entries(parts).map(([name, text]) => ({ name, content: encoder.encode(text) })),
    codec,
  );
}

/** A new workbook holding the sheets `make` writes, in order, and nothing else. */
export function newWorkbookWith(
  make: (styles: StyleAppender, strings: StringTable) => readonly Generated[],
  codec?: ZipCodec,
): Uint8Array {
  return writeSheetsInto(readWorkbook(emptyPackage(codec), codec), make);
}

/** A workbook holding the plans' sheets, in order, and nothing else. */
export function newWorkbookFromPlans(plans: readonly SheetPlan[], codec?: ZipCodec): Uint8Array {
  return newWorkbookWith(
    (styles, strings) =>
      plans.map((plan) => ({
        ...planSheetXml(plan, styles, strings, codec ?? portableCodec),
        name: plan.name,
        state: "visible" as const,
      })),
    codec,
  );
}
