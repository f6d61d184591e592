import { decodeEscapes, parseXml } from "./xml";

export interface SharedStrings {
  readonly strings: readonly string[];
  /** Items with formatted runs: their text is not reused for a plain generated cell. */
  readonly rich: ReadonlySet<number>;
}

/**
 * The shared string table: each item's text, rich-text runs joined, phonetic runs (`rPh`, furigana) left out,
 * `_xHHHH_` escapes decoded. Empty items stay empty strings, so every later index still points at its own item.
 */
export function readSharedStrings(xml: string, part: string): SharedStrings {
  const strings: string[] = [];
  const rich = new Set<number>();
  let text = "";
  let inText = false;
  let phonetic = 0;
  parseXml(xml, part, {
    open(name, _attributes, selfClosing) {
      if (name === "si") text = "";
      else if (name === "r") rich.add(strings.length);
      else if (name === "t" && !selfClosing) inText = phonetic === 0;
      else if (name === "rPh" && !selfClosing) phonetic += 1;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "si") strings.push(decodeEscapes(text));
    },
    text(chunk) {
      if (inText) text += chunk;
    },
  });
  return { strings, rich };
}
