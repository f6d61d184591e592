import { decodeEscapes } from "./xml";
import { END, OPEN, TEXT, XmlReader } from "./xml-reader";

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
  const reader = new XmlReader(xml, part);
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token === TEXT) {
      if (inText) text += reader.text();
    } else if (token === OPEN) {
      const name = reader.name;
      if (name === "si") text = "";
      else if (name === "r") rich.add(strings.length);
      else if (name === "t" && !reader.selfClosing) inText = phonetic === 0;
      else if (name === "rPh" && !reader.selfClosing) phonetic += 1;
    } else {
      const name = reader.name;
      if (name === "t") inText = false;
      else if (name === "rPh" && !reader.selfClosing) phonetic -= 1;
      else if (name === "si") strings.push(decodeEscapes(text));
    }
  }
  return { strings, rich };
}
