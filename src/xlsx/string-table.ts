import { END, OPEN, CLOSE, XmlReader } from "./xml-reader";
import { applySplices, withAttributes } from "./xml-scan";
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
    const root = rootOf(xml, part);
    const p = root.prefix;
    const items = p ? this.items().replace(/<(\/?)(si|t)\b/g, `<$1${p}$2`) : this.items();
    const count = Number(root.count ?? this.existing.length) + this.references;
    const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    if (root.selfClosing)
      return `${xml.slice(0, root.start)}<${p}sst ${ns} count="${count}" uniqueCount="${this.size}">${items}</${p}sst>${xml.slice(root.end)}`;
    return applySplices(xml, [
      withAttributes(xml, root, { count: String(count), uniqueCount: String(this.size) }),
      { from: root.closeStart, to: root.closeStart, text: items },
    ]);
  }
}

interface RootElement {
  readonly prefix: string;
  readonly count: string | undefined;
  readonly selfClosing: boolean;
  readonly start: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly end: number;
}

/** The table's root element and where it is, read with the fast tokenizer: the table is a province's names. */
function rootOf(xml: string, part: string): RootElement {
  const reader = new XmlReader(xml, part);
  let depth = 0;
  let root: Omit<RootElement, "closeStart" | "end"> | undefined;
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token === OPEN) {
      if (depth === 0) {
        const qualified = reader.qualifiedName;
        const colon = qualified.indexOf(":");
        root = {
          prefix: colon < 0 ? "" : qualified.slice(0, colon + 1),
          count: reader.attribute("count"),
          selfClosing: reader.selfClosing,
          start: reader.tokenStart,
          openEnd: reader.tokenEnd,
        };
      }
      depth += 1;
    } else if (token === CLOSE) {
      depth -= 1;
      if (depth === 0 && root)
        return reader.selfClosing
          ? { ...root, closeStart: root.openEnd, end: root.openEnd }
          : { ...root, closeStart: reader.tokenStart, end: reader.tokenEnd };
    }
  }
  throw new Error(`${part}: no root element`);
}
