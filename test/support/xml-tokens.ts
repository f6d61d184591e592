import { SaxesParser } from "saxes";
import { localName } from "../../src/xlsx/xml";
import { CLOSE, END, OPEN, TEXT, XmlReader } from "../../src/xlsx/xml-reader";

/**
 * A part's tokens as two independent tokenizers see them, for holding the fast reader (src/xlsx/xml-reader.ts) to
 * saxes: elements by local name with each attribute saxes reports (namespace declarations aside, an unprefixed
 * attribute winning over a prefixed one with the same local name), and the text between tags joined.
 */
export type XmlTokenLine = string;

function attributeLines(attributes: Readonly<Record<string, string>>): string[] {
  const byLocal = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    const local = localName(name);
    if (name === local || !byLocal.has(local)) byLocal.set(local, value);
  }
  return [...byLocal].map(([name, value]) => ` @${name}=${JSON.stringify(value)}`).sort();
}

/** saxes's view; the attributes' local names are also what the fast reader is asked for. */
export function saxesTokens(xml: string): XmlTokenLine[] {
  const lines: XmlTokenLine[] = [];
  let text = "";
  let depth = 0;
  const flush = (): void => {
    if (text !== "") lines.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => {
    flush();
    depth += 1;
    const attributes = attributeLines(tag.attributes as Record<string, string>);
    lines.push(`open ${localName(tag.name)}${tag.isSelfClosing ? "/" : ""}${attributes.join("")}`);
  });
  parser.on("closetag", (tag) => {
    flush();
    depth -= 1;
    lines.push(`close ${localName(tag.name)}`);
  });
  const onText = (chunk: string): void => {
    if (depth > 0) text += chunk;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return lines;
}

/** The fast reader's view, asked for the attributes saxes found on each element (by local name). */
export function readerTokens(
  xml: string,
  attributeNames: (line: number) => readonly string[],
): XmlTokenLine[] {
  const reader = new XmlReader(xml, "part");
  const lines: XmlTokenLine[] = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") lines.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token === TEXT) text += reader.text();
    else if (token === OPEN) {
      flush();
      // An absent name too: the reader must not answer it.
      const attributes = [...attributeNames(lines.length), "absent"]
        .map((name) => [name, reader.attribute(name)] as const)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ` @${name}=${JSON.stringify(value)}`)
        .sort();
      lines.push(`open ${reader.name}${reader.selfClosing ? "/" : ""}${attributes.join("")}`);
    } else if (token === CLOSE) {
      flush();
      lines.push(`close ${reader.name}`);
    }
  }
  return lines;
}

/** Both views of one part: equal when the fast reader tokenizes it as saxes does. */
export function bothTokenizations(xml: string): { saxes: XmlTokenLine[]; reader: XmlTokenLine[] } {
  const saxes = saxesTokens(xml);
  const names = (line: number): string[] =>
    [...(saxes[line] ?? "").matchAll(/ @([^=]+)=/g)].map((match) => match[1]);
  return { saxes, reader: readerTokens(xml, names) };
}
