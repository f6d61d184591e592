import { planStamp, readStamps, type SheetPlan, STAMP_SHEET, stampRows } from "../engine";
import { foldKey } from "../engine/text";
import { relsPartOf } from "./opc";
import {
  CONTENT_TYPE,
  editAppTitles,
  editContentTypes,
  editRelationships,
  partsToRemove,
  RELATIONSHIP_TYPE,
  relationshipKind,
  relativeTarget,
} from "./package-edits";
import { planSheetXml, textSheetXml } from "./plan-sheet-xml";
import type { ZipEntrySink } from "./zip-entry-sink";
import type { XlsxWorkbook } from "./read-workbook";
import { StringTable } from "./string-table";
import { StyleAppender } from "./style-appender";
import { applySplices, prefixOf, scanXml, type Splice, withAttributes } from "./xml-scan";
import { xmlEscape } from "./xml";
import { writeZip, type ZipPart } from "./zip-writer";

/**
 * The report workbook, written by copying the input's zip entries and adding the generated sheets: whatever the
 * clerk made (drop-downs, drawings, notes, tables, print settings) is copied byte for byte, never parsed and
 * written again. The generated sheets (`Kiểm tra`, the lists, `Báo cáo`, the stamp sheet) replace sheets of the
 * same name, matched as Excel and the engine match names (case and diacritics aside), in place; new ones go at
 * the end. Styles and shared strings are appended; the workbook's relationships, defined names, content types and
 * `docProps/app.xml` titles follow; `calcChain.xml` goes when sheets go (Excel rebuilds it).
 */

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const encoder = new TextEncoder();

export interface Generated {
  readonly name: string;
  /** The worksheet part: text, or deflated as it was written (to end under its part name). */
  readonly xml: string | ZipEntrySink;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly definedNames: ReadonlyMap<string, string>;
}

/** The stamp sheet's rows after this run: the stamps of the plans written, the previous ones kept. */
function stampSheetRows(source: XlsxWorkbook, plans: readonly SheetPlan[]): string[][] {
  const key = foldKey(STAMP_SHEET);
  const existing = source.snapshot.sheets.find((sheet) => foldKey(sheet.name) === key);
  return stampRows(
    readStamps(existing?.rows ?? []),
    plans.map((plan) => ({ name: plan.name, stamp: planStamp(plan) })),
  );
}

function freePartName(taken: (name: string) => boolean, counter: { n: number }): string {
  for (;;) {
    counter.n += 1;
    const name = `xl/worksheets/sheet${counter.n}.xml`;
    if (!taken(name)) return name;
  }
}

/** The generated sheets written into the input: the stamp sheet (very hidden) and the plans. */
export function writeReportWorkbook(source: XlsxWorkbook, plans: readonly SheetPlan[]): Uint8Array {
  return writeSheetsInto(source, (styles, strings) => [
    {
      name: STAMP_SHEET,
      xml: textSheetXml(stampSheetRows(source, plans), styles, strings),
      state: "veryHidden",
      definedNames: new Map(),
    },
    ...plans.map((plan) => ({
      ...planSheetXml(plan, styles, strings, source.pack.zip.codec),
      name: plan.name,
      state: "visible" as const,
    })),
  ]);
}

/**
 * Sheets written into a workbook by zip copy; `make` writes their XML with the workbook's appended styles and
 * shared strings.
 */
export function writeSheetsInto(
  source: XlsxWorkbook,
  make: (styles: StyleAppender, strings: StringTable) => readonly Generated[],
): Uint8Array {
  const { pack } = source;
  const { zip } = pack;
  const styles = new StyleAppender(pack.stylesPart ? zip.text(pack.stylesPart) : undefined);
  const strings = new StringTable(source.sharedStrings.strings, (i) => !source.sharedStrings.rich.has(i));
  const generated = make(styles, strings);
  const generatedByKey = new Map(generated.map((g) => [foldKey(g.name), g]));

  // The workbook's sheets after this run: kept ones as they are, generated ones in place of their namesakes.
  type Slot =
    | { readonly kept: (typeof pack.sheets)[number] }
    | { readonly generated: Generated; readonly sheetId?: string };
  const slots: Slot[] = [];
  const placed = new Set<Generated>();
  const removedSheets: (typeof pack.sheets)[number][] = [];
  const newIndexOfOld = new Map<number, number>();
  pack.sheets.forEach((sheet, index) => {
    const replacement = generatedByKey.get(foldKey(sheet.name));
    if (!replacement) {
      newIndexOfOld.set(index, slots.length);
      slots.push({ kept: sheet });
      return;
    }
    removedSheets.push(sheet);
    if (!placed.has(replacement)) {
      placed.add(replacement);
      slots.push({ generated: replacement, sheetId: sheet.sheetId });
    }
  });
  for (const g of generated) if (!placed.has(g)) slots.push({ generated: g });

  const removedParts = partsToRemove(
    zip,
    removedSheets.flatMap((sheet) => (sheet.part ? [sheet.part] : [])),
    new Set([pack.workbookPart.toLowerCase()]),
  );
  const calcChain = pack.relationships.find((r) => relationshipKind(r.type) === "calcChain");
  if (calcChain && removedSheets.length > 0) removedParts.add(calcChain.target.toLowerCase());

  // New parts and relationship ids that collide with nothing in the package.
  const counter = { n: 0 };
  const taken = (name: string): boolean => zip.has(name);
  const usedIds = new Set(pack.relationships.map((r) => r.id));
  let idCounter = 0;
  const freeId = (): string => {
    for (;;) {
      const id = `rIdAmt${++idCounter}`;
      if (!usedIds.has(id)) return id;
    }
  };
  const newSheets = slots.flatMap((slot) =>
    "generated" in slot ? [{ slot, part: freePartName(taken, counter), id: freeId() }] : [],
  );
  const newRelationships: { id: string; type: string; target: string }[] = newSheets.map((s) => ({
    id: s.id,
    type: RELATIONSHIP_TYPE.worksheet,
    target: relativeTarget(pack.workbookPart, s.part),
  }));
  const newContentTypes: { part: string; type: string }[] = newSheets.map((s) => ({
    part: s.part,
    type: CONTENT_TYPE.worksheet,
  }));
  const replaced = new Map<string, Uint8Array>();
  const added: ZipPart[] = newSheets.map((s) => {
    const { xml } = (s.slot as { generated: Generated }).generated;
    return typeof xml === "string" ? { name: s.part, content: encoder.encode(xml) } : xml.end(s.part);
  });

  // Styles and shared strings: appended to the input's parts, or new parts.
  const folder = pack.workbookPart.slice(0, pack.workbookPart.lastIndexOf("/") + 1);
  if (pack.stylesPart) replaced.set(pack.stylesPart.toLowerCase(), encoder.encode(styles.toXml()));
  else {
    const part = `${folder}styles.xml`;
    added.push({ name: part, content: encoder.encode(styles.toXml()) });
    newRelationships.push({
      id: freeId(),
      type: RELATIONSHIP_TYPE.styles,
      target: relativeTarget(pack.workbookPart, part),
    });
    newContentTypes.push({ part, type: CONTENT_TYPE.styles });
  }
  if (strings.hasNew) {
    if (pack.sharedStringsPart) {
      const xml = zip.text(pack.sharedStringsPart)!;
      replaced.set(
        pack.sharedStringsPart.toLowerCase(),
        encoder.encode(strings.appendedTo(xml, pack.sharedStringsPart)),
      );
    } else {
      const part = `${folder}sharedStrings.xml`;
      added.push({ name: part, content: encoder.encode(strings.toNewXml()) });
      newRelationships.push({
        id: freeId(),
        type: RELATIONSHIP_TYPE.sharedStrings,
        target: relativeTarget(pack.workbookPart, part),
      });
      newContentTypes.push({ part, type: CONTENT_TYPE.sharedStrings });
    }
  }

  const removedIds = new Set(
    pack.relationships
      .filter((r) => !r.external && removedParts.has(r.target.toLowerCase()))
      .map((r) => r.id),
  );
  for (const sheet of removedSheets) removedIds.add(sheet.relationshipId);
  const workbookRels = relsPartOf(pack.workbookPart);
  replaced.set(
    workbookRels.toLowerCase(),
    encoder.encode(
      editRelationships(
        zip.text(workbookRels) ?? emptyRelationships(),
        workbookRels,
        removedIds,
        newRelationships,
      ),
    ),
  );
  const partIdOf = new Map(newSheets.map((s) => [(s.slot as { generated: Generated }).generated, s.id]));
  replaced.set(
    pack.workbookPart.toLowerCase(),
    encoder.encode(
      editWorkbookXml(
        pack.workbookXml,
        pack.workbookPart,
        slots,
        partIdOf,
        newIndexOfOld,
        pack.sheets.length,
      ),
    ),
  );
  replaced.set(
    "[content_types].xml",
    encoder.encode(editContentTypes(zip.text("[Content_Types].xml")!, removedParts, newContentTypes)),
  );
  const app = zip.text("docProps/app.xml");
  if (app !== undefined) {
    const names = slots.map((slot) => ("kept" in slot ? slot.kept.name : slot.generated.name));
    try {
      replaced.set("docprops/app.xml", encoder.encode(editAppTitles(app, names)));
    } catch {
      // Metadata only: a part this cannot read is copied as it was.
    }
  }

  const parts: ZipPart[] = [];
  for (const entry of zip.entries) {
    const key = entry.name.toLowerCase();
    if (removedParts.has(key)) continue;
    const content = replaced.get(key);
    parts.push(content ? { name: entry.name, content } : entry);
  }
  return writeZip([...parts, ...added], zip.codec);
}

function emptyRelationships(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

/**
 * The workbook part with its `sheets` in their new order (generated sheets in place of the ones they replace),
 * defined names local to a replaced sheet dropped and the generated sheets' own added, local sheet indexes and the
 * active tab following their sheets.
 */
function editWorkbookXml(
  xml: string,
  part: string,
  slots: readonly (
    | { readonly kept: { readonly sheetId: string; readonly name: string } }
    | { readonly generated: Generated; readonly sheetId?: string }
  )[],
  relationshipIdOf: ReadonlyMap<Generated, string>,
  newIndexOfOld: ReadonlyMap<number, number>,
  oldCount: number,
): string {
  const elements = scanXml(xml, part);
  const root = elements[0];
  const p = prefixOf(root);
  const relPrefix = Object.entries(root.attributes).find(([, value]) => value === RELATIONSHIPS_NS)?.[0];
  const idAttribute = relPrefix?.startsWith("xmlns:") ? `${relPrefix.slice(6)}:id` : "r:id";
  const declare = relPrefix?.startsWith("xmlns:") ? "" : ` xmlns:r="${RELATIONSHIPS_NS}"`;
  const splices: Splice[] = [];

  const sheetsElement = elements.find((e) => e.name === "sheets" && e.depth === 1)!;
  const sheetElements = elements.filter((e) => e.name === "sheet" && e.depth === 2);
  const maxId = Math.max(0, ...sheetElements.map((e) => Number(e.attributes.sheetId) || 0));
  let nextId = maxId;
  const sheetXml = slots.map((slot) => {
    if ("kept" in slot) {
      const element = sheetElements.find(
        (e) => e.attributes.sheetId === slot.kept.sheetId && e.attributes.name === slot.kept.name,
      );
      return element ? xml.slice(element.start, element.end) : "";
    }
    const g = slot.generated;
    const sheetId = slot.sheetId ?? String(++nextId);
    const state = g.state === "visible" ? "" : ` state="${g.state}"`;
    return `<${p}sheet name="${xmlEscape(g.name)}" sheetId="${sheetId}"${state}${declare} ${idAttribute}="${relationshipIdOf.get(g)}"/>`;
  });
  splices.push({ from: sheetsElement.openEnd, to: sheetsElement.closeStart, text: sheetXml.join("") });

  // Defined names: local ones follow their sheet's new index; those of replaced sheets go.
  const names: string[] = [];
  const definedNames = elements.find((e) => e.name === "definedNames" && e.depth === 1);
  for (const element of elements.filter((e) => e.name === "definedName" && e.depth === 2)) {
    const local = element.attributes.localSheetId;
    if (local === undefined) {
      names.push(xml.slice(element.start, element.end));
      continue;
    }
    const index = newIndexOfOld.get(Number(local));
    if (index === undefined) continue;
    const moved = withAttributes(xml, element, { localSheetId: String(index) });
    names.push(moved.text + xml.slice(element.openEnd, element.end));
  }
  slots.forEach((slot, index) => {
    if (!("generated" in slot)) return;
    for (const [name, formula] of slot.generated.definedNames)
      names.push(
        // The AutoFilter's range is Excel's own name, hidden as Excel writes it.
        `<${p}definedName name="${name}" localSheetId="${index}"${name === "_xlnm._FilterDatabase" ? ' hidden="1"' : ""}>${xmlEscape(formula)}</${p}definedName>`,
      );
  });
  const namesXml = names.length > 0 ? `<${p}definedNames>${names.join("")}</${p}definedNames>` : "";
  if (definedNames) splices.push({ from: definedNames.start, to: definedNames.end, text: namesXml });
  else {
    const after = Math.max(
      ...elements
        .filter((e) => e.depth === 1 && ["sheets", "functionGroups", "externalReferences"].includes(e.name))
        .map((e) => e.end),
    );
    splices.push({ from: after, to: after, text: namesXml });
  }

  // The active and first visible tabs follow their sheets (the first sheet when theirs was replaced).
  for (const view of elements.filter((e) => e.name === "workbookView")) {
    const values: Record<string, string> = {};
    for (const attribute of ["activeTab", "firstSheet"]) {
      const old = view.attributes[attribute];
      if (old === undefined) continue;
      const index = Number(old) < oldCount ? newIndexOfOld.get(Number(old)) : undefined;
      values[attribute] = String(index ?? 0);
    }
    if (Object.keys(values).length > 0) splices.push(withAttributes(xml, view, values));
  }
  return applySplices(xml, splices);
}
