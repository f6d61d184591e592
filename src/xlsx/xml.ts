import { SaxesParser } from "saxes";

/**
 * A thin layer over saxes, a conformant streaming XML parser: element names without their prefix (`x:c` and `c`
 * are the same cell; the OpenXML SDK writes the former), attributes as written. Namespaces are not resolved
 * element by element, which would cost a third of the parse on a large sheet; where a namespace decides
 * something (strict OOXML), the root element's declarations are read (`rootNamespaces`).
 */

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The XML of a part is not well-formed. */
export class XmlError extends Error {}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id`, `id`), or undefined. */
export function attribute(attributes: Attributes, local: string): string | undefined {
  const plain = attributes[local];
  if (plain !== undefined) return plain;
  for (const name in attributes) if (localName(name) === local) return attributes[name];
  return undefined;
}

export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const { open, close, text } = handlers;
  if (open)
    parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as Attributes, tag.isSelfClosing));
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.on("error", (error) => {
    throw new XmlError(`${part}: ${error.message}`);
  });
  parser.write(xml).close();
}

/** The namespaces the root element declares, by prefix ("" for the default namespace). */
export function rootNamespaces(xml: string, part: string): Map<string, string> {
  const namespaces = new Map<string, string>();
  const parser = new SaxesParser({ xmlns: false, position: false });
  let done = false;
  parser.on("opentag", (tag) => {
    if (done) return;
    done = true;
    for (const [name, value] of Object.entries(tag.attributes as Attributes)) {
      if (name === "xmlns") namespaces.set("", value);
      else if (name.startsWith("xmlns:")) namespaces.set(name.slice(6), value);
    }
  });
  parser.on("error", (error) => {
    throw new XmlError(`${part}: ${error.message}`);
  });
  // The root element's start tag is within the first few kilobytes of any part.
  const head = xml.slice(0, Math.min(xml.length, 8192));
  try {
    parser.write(head);
  } catch (error) {
    if (!done) throw error;
  }
  return namespaces;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/**
 * Text as XML character data or attribute value. Characters XML 1.0 cannot carry are written as Excel's `_xHHHH_`
 * escapes, as Excel does, and a literal `_xHHHH_` in the text gets its `_` escaped so it reads back as typed.
 */
const SPECIAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[&<>"]|_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(SPECIAL, (c) => {
    const escaped = ESCAPES[c];
    if (escaped) return escaped;
    if (c === "_") return "_x005F_";
    if (c.length === 2) return c; // a surrogate pair: one astral character, kept
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return ""; // half a pair: nothing any program could show
    return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
  });
}

/** Excel's `_xHHHH_` escapes in shared and inline strings, decoded. */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
