import { readRelationships, relsPartOf, relationshipKind } from "./opc";
import { applySplices, prefixOf, scanXml, type Splice, withAttributes } from "./xml-scan";
import { xmlEscape } from "./xml";
import type { ZipArchive } from "./zip-archive";

/** Edits of a package's bookkeeping parts, each a splice that leaves the rest of the part as it was. */

export const RELATIONSHIP_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** The part a `.rels` part describes: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`. */
function sourceOfRels(relsPart: string): string {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPart);
  return match ? `${match[1]}${match[2]}` : "";
}

/**
 * The parts that go with removed sheets: the sheets, and what only they point at (their drawings, comments,
 * tables, printer settings, and what those point at), never a part something kept still uses (a picture shared
 * with another sheet's drawing).
 */
export function partsToRemove(
  zip: ZipArchive,
  sheets: readonly string[],
  keep: ReadonlySet<string>,
): Set<string> {
  const key = (name: string): string => name.toLowerCase();
  const links = new Map<string, string[]>();
  for (const entry of zip.entries) {
    if (!entry.name.toLowerCase().endsWith(".rels")) continue;
    const source = sourceOfRels(entry.name);
    if (source === "" && !entry.name.toLowerCase().startsWith("_rels/")) continue;
    links.set(
      key(source),
      readRelationships(zip, source)
        .filter((r) => !r.external)
        .map((r) => key(r.target)),
    );
  }
  const removed = new Set(sheets.map(key));
  const queue = [...removed];
  while (queue.length > 0) {
    for (const target of links.get(queue.pop()!) ?? []) {
      if (!removed.has(target) && !keep.has(target)) {
        removed.add(target);
        queue.push(target);
      }
    }
  }
  // What a kept part still points at stays.
  for (const [source, targets] of links)
    if (!removed.has(source)) for (const target of targets) if (source !== "") removed.delete(target);
  for (const sheet of sheets) removed.add(key(sheet));
  const withRels = new Set<string>();
  for (const part of removed) {
    withRels.add(part);
    withRels.add(key(relsPartOf(part)));
  }
  return withRels;
}

/** A relationship target for a part, relative to the source part's folder where it lies below it. */
export function relativeTarget(source: string, part: string): string {
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  return folder !== "" && part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

/** A relationships part without the given ids and with the added relationships. */
export function editRelationships(
  xml: string,
  part: string,
  removeIds: ReadonlySet<string>,
  add: readonly { readonly id: string; readonly type: string; readonly target: string }[],
): string {
  const elements = scanXml(xml, part);
  const root = elements[0];
  const p = prefixOf(root);
  const splices: Splice[] = elements
    .filter((e) => e.name === "Relationship" && removeIds.has(e.attributes.Id ?? ""))
    .map((e) => ({ from: e.start, to: e.end, text: "" }));
  const added = add
    .map((r) => `<${p}Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`)
    .join("");
  if (root.selfClosing) {
    splices.push({ from: root.openEnd - 2, to: root.openEnd, text: `>${added}</${root.qualifiedName}>` });
  } else splices.push({ from: root.closeStart, to: root.closeStart, text: added });
  return applySplices(xml, splices);
}

/** `[Content_Types].xml` without the removed parts' overrides, with overrides for the new parts. */
export function editContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  add: readonly { readonly part: string; readonly type: string }[],
): string {
  const elements = scanXml(xml, "[Content_Types].xml");
  const root = elements[0];
  const p = prefixOf(root);
  const splices: Splice[] = elements
    .filter(
      (e) =>
        e.name === "Override" && removed.has((e.attributes.PartName ?? "").replace(/^\//, "").toLowerCase()),
    )
    .map((e) => ({ from: e.start, to: e.end, text: "" }));
  const added = add
    .map((o) => `<${p}Override PartName="/${xmlEscape(o.part)}" ContentType="${o.type}"/>`)
    .join("");
  splices.push({ from: root.closeStart, to: root.closeStart, text: added });
  return applySplices(xml, splices);
}

/**
 * `docProps/app.xml`: the worksheet titles (the first group of `HeadingPairs`, which Excel and every writer that
 * fills it put first) set to the workbook's sheets. The part is metadata that no program checks; when it is not
 * in the expected shape it is left as it was.
 */
export function editAppTitles(xml: string, worksheetNames: readonly string[]): string {
  const elements = scanXml(xml, "docProps/app.xml");
  const pairs = elements.find((e) => e.name === "HeadingPairs");
  const titles = elements.find((e) => e.name === "TitlesOfParts");
  if (!pairs || !titles) return xml;
  const inside = (outer: { start: number; end: number }) => (e: { start: number; end: number }) =>
    e.start > outer.start && e.end <= outer.end;
  const counts = elements.filter((e) => e.name === "i4" && inside(pairs)(e));
  const vector = elements.find((e) => e.name === "vector" && inside(titles)(e));
  const items = elements.filter((e) => e.name === "lpstr" && vector && inside(vector)(e));
  const firstCount = Number(counts[0]?.text);
  if (!vector || !Number.isInteger(firstCount) || firstCount > items.length) return xml;
  const itemTag = items[0]?.qualifiedName ?? "vt:lpstr";
  const countTag = counts[0];
  const names = worksheetNames.map((name) => `<${itemTag}>${xmlEscape(name)}</${itemTag}>`).join("");
  const splices: Splice[] = [
    { from: countTag.openEnd, to: countTag.closeStart, text: String(worksheetNames.length) },
    withAttributes(xml, vector, { size: String(items.length - firstCount + worksheetNames.length) }),
  ];
  if (firstCount > 0) splices.push({ from: items[0].start, to: items[firstCount - 1].end, text: names });
  else splices.push({ from: vector.openEnd, to: vector.openEnd, text: names });
  return applySplices(xml, splices);
}

export { relationshipKind };
