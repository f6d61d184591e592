import { SaxesParser } from "saxes";
import { type Attributes, localName, XmlError } from "./xml";

/**
 * Where each element of a small part starts and ends, for edits that must keep everything else byte for byte
 * (the workbook part, its relationships, styles, content types): the tokenizer finds the places, the edit is a
 * splice of text. Offsets are UTF-16 indexes into the string.
 */
export interface ScannedElement {
  /** Local name, without prefix. */
  readonly name: string;
  /** As written, `x:sheet`. */
  readonly qualifiedName: string;
  readonly attributes: Attributes;
  readonly depth: number;
  /** Index of the `<` of the start tag. */
  readonly start: number;
  /** Index after the `>` of the start tag. */
  readonly openEnd: number;
  /** Index of the `<` of the end tag (openEnd when self-closing). */
  closeStart: number;
  /** Index after the element. */
  end: number;
  readonly selfClosing: boolean;
  /** Child elements. */
  children: number;
  /** Text directly inside. */
  text: string;
}

export function scanXml(xml: string, part: string): ScannedElement[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const elements: ScannedElement[] = [];
  const open: ScannedElement[] = [];
  parser.on("opentag", (tag) => {
    const openEnd = parser.position;
    const start = xml.lastIndexOf("<", openEnd - 1);
    const parent = open[open.length - 1];
    if (parent) parent.children += 1;
    const element: ScannedElement = {
      name: localName(tag.name),
      qualifiedName: tag.name,
      attributes: tag.attributes as Attributes,
      depth: open.length,
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      children: 0,
      text: "",
    };
    elements.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    const element = open.pop()!;
    element.end = parser.position;
    element.closeStart = xml.lastIndexOf("<", element.end - 1);
  });
  parser.on("text", (text) => {
    const element = open[open.length - 1];
    if (element) element.text += text;
  });
  parser.on("error", (error) => {
    throw new XmlError(`${part}: ${error.message}`);
  });
  parser.write(xml).close();
  return elements;
}

export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The text with the splices applied (they must not overlap; insertions at one place keep their order). */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  // At one place, insertions go before a replacement that starts there (a list placed before an element whose
  // start tag is rewritten).
  const sorted = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.from - b.from || Number(a.to > a.from) - Number(b.to > b.from) || a.i - b.i);
  let out = "";
  let at = 0;
  for (const splice of sorted) {
    out += xml.slice(at, splice.from) + splice.text;
    at = Math.max(at, splice.to);
  }
  return out + xml.slice(at);
}

/** The prefix of an element's qualified name with its colon (`x:`), or "" for the default namespace. */
export function prefixOf(element: ScannedElement): string {
  const colon = element.qualifiedName.indexOf(":");
  return colon < 0 ? "" : element.qualifiedName.slice(0, colon + 1);
}

/** A start tag with attributes set (added or replaced), the others as written. */
export function withAttributes(
  xml: string,
  element: Pick<ScannedElement, "start" | "openEnd">,
  values: Readonly<Record<string, string>>,
): Splice {
  let tag = xml.slice(element.start, element.openEnd);
  for (const [name, value] of Object.entries(values)) {
    const pattern = new RegExp(`(\\s${name.replace(":", "\\:")}\\s*=\\s*)(["'])[^"']*\\2`);
    tag = pattern.test(tag)
      ? tag.replace(pattern, `$1"${value}"`)
      : tag.replace(/^<[^\s/>]+/, (head) => `${head} ${name}="${value}"`);
  }
  return { from: element.start, to: element.openEnd, text: tag };
}
