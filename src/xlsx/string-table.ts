import { applySplices, scanXml, withAttributes } from "./xml-scan";
import { xmlEscape } from "./xml";

/**
 * The shared string table with the generated sheets' strings appended: a string the input's table already holds
 * as plain text is used where it is (so a report run again on its own output does not grow the table), a new one
 * goes at the end. The input's items keep their indexes and bytes.
 */
export class StringTable {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private references = 0;

  constructor(
    private readonly existing: readonly string[] = [],
    plain: (index: number) => boolean = () => true,
  ) {
    existing.forEach((text, i) => {
      if (plain(i) && !this.index.has(text)) this.index.set(text, i);
    });
  }

  get size(): number {
    return this.existing.length + this.added.length;
  }

  get hasNew(): boolean {
    return this.added.length > 0;
  }

  indexOf(text: string): number {
    this.references += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing.length + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  private items(): string {
    return this.added.map((text) => `<si><t xml:space="preserve">${xmlEscape(text)}</t></si>`).join("");
  }

  /** A new table part, when the workbook had none. */
  toNewXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.size}">` +
      `${this.items()}</sst>`
    );
  }

  /** The input's table part with the new items appended. */
  appendedTo(xml: string, part: string): string {
    if (!this.hasNew) return xml;
    const root = scanXml(xml, part)[0];
    const p = root.qualifiedName.includes(":")
      ? root.qualifiedName.slice(0, root.qualifiedName.indexOf(":") + 1)
      : "";
    const items = p ? this.items().replace(/<(\/?)(si|t)\b/g, `<$1${p}$2`) : this.items();
    const count = Number(root.attributes.count ?? this.existing.length) + this.references;
    const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    if (root.selfClosing)
      return `${xml.slice(0, root.start)}<${p}sst ${ns} count="${count}" uniqueCount="${this.size}">${items}</${p}sst>${xml.slice(root.end)}`;
    return applySplices(xml, [
      withAttributes(xml, root, { count: String(count), uniqueCount: String(this.size) }),
      { from: root.closeStart, to: root.closeStart, text: items },
    ]);
  }
}
