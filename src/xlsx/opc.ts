import { attribute, parseXml } from "./xml";
import type { ZipArchive } from "./zip-archive";

/** Open Packaging Conventions: relationships between the parts of a package, and where their files are. */

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part's name in the zip, resolved (no leading `/`); the raw target for external links. */
  readonly target: string;
  readonly external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `""` (the package) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A target as a part name. openpyxl writes absolute targets (`/xl/worksheets/sheet1.xml`), Excel relative ones
 * (`worksheets/sheet1.xml`, `../drawings/drawing1.xml`), against the folder of the part that holds the link.
 */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.replace(/\\/g, "/"));
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The relationships of `part` (`""` for the package's own), in file order; none when it has no .rels part. */
export function readRelationships(zip: ZipArchive, part: string): Relationship[] {
  const relsPart = relsPartOf(part);
  const xml = zip.text(relsPart);
  if (xml === undefined) return [];
  const relationships: Relationship[] = [];
  parseXml(xml, relsPart, {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const external = attribute(attributes, "TargetMode") === "External";
      const target = attribute(attributes, "Target") ?? "";
      relationships.push({
        id: attribute(attributes, "Id") ?? "",
        type: attribute(attributes, "Type") ?? "",
        target: external ? target : resolveTarget(part, target),
        external,
      });
    },
  });
  return relationships;
}

/** The relationship type's last segment: `officeDocument`, `worksheet`, `sharedStrings`… (transitional and strict). */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
