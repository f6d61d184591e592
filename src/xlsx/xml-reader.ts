import { XmlError } from "./xml";

/**
 * A pull tokenizer for the large parts — worksheets and the shared string table, tens of megabytes at province
 * scale — where saxes spent half a second building an attribute object for every cell. It checks what makes a
 * document well-formed for this purpose (tags nested and closed, attributes quoted and separated, entity and
 * character references valid, one root, no DTD — OOXML forbids them) and allocates nothing for what its reader
 * does not ask for: an attribute is found and decoded when asked by name, text only when asked.
 * `test/xlsx/xml-reader.test.ts` holds it to saxes's token stream on every XML part of the test corpus.
 *
 * Names are given without their prefix (`x:c` is `c`), as `xml.ts` does for the small parts.
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type XmlToken = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const COLON = 0x3a;
const QUESTION = 0x3f;
const BANG = 0x21;
const CR = 0x0d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === CR;
}

/** Characters that end a name; `<`, `&`, quotes and `=` inside one are errors. */
function endsName(code: number): boolean {
  return isSpace(code) || code === GT || code === SLASH;
}

function isForbiddenInName(code: number): boolean {
  return code === LT || code === AMPERSAND || code === QUOTE || code === APOSTROPHE || code === EQUALS;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * The element names the readers switch on, as the literals their code holds, so that a name read is the very
 * string a `case` compares with.
 */
const COMMON_NAMES = new Map(
  ["sheetData", "row", "c", "v", "f", "is", "t", "r", "rPh", "mergeCell", "mergeCells", "si", "sst"].map(
    (name) => [name, name],
  ),
);

export class XmlReader {
  /** Local name of the element just opened or closed. */
  name = "";
  /** Its name as written, prefix included (`x:c`). */
  qualifiedName = "";
  /** The element just opened, or just closed, was written `<… />` (its CLOSE token comes right after its OPEN). */
  selfClosing = false;

  private at = 0;
  /**
   * Where the token just read starts (its `<`, or its first character of text) and ends (after its `>`), as
   * UTF-16 indexes, for edits that splice the text. A self-closing element's CLOSE has the OPEN's place.
   */
  tokenStart = 0;
  get tokenEnd(): number {
    return this.at;
  }
  private readonly open: string[] = [];
  /** The local names of `open`, element by element. */
  private readonly openLocal: string[] = [];
  /** Names met so far, by a hash of their place: a sheet has a dozen distinct names and a million tags. */
  private readonly knownNames: (string | undefined)[] = [];
  private readonly knownLocals: string[] = [];
  private pendingClose = false;
  private seenRoot = false;
  /** Where the current TEXT token lies in `source`, undecoded (a CDATA section's inside). */
  textStart = 0;
  textEnd = 0;
  /** The current TEXT token came from a CDATA section. */
  private textRaw = false;
  /** Per attribute of the current start tag: start of its local name, end of its name, value start, value end. */
  private readonly attributes: number[] = [];
  private attributeCount = 0;
  /** The next `&` at or after the scan, found once: every reference is checked once, the scan stays linear. */
  private nextAmpersand = -1;

  constructor(
    private readonly xml: string,
    private readonly part: string,
  ) {
    this.nextAmpersand = this.find("&", 0);
    if (xml.charCodeAt(0) === 0xfeff) this.at = 1;
  }

  private fail(message: string, at = this.at): never {
    const line = this.xml.slice(0, at).split("\n").length;
    throw new XmlError(`${this.part}: ${message} (line ${line})`);
  }

  private find(text: string, from: number): number {
    const at = this.xml.indexOf(text, from);
    return at < 0 ? Infinity : at;
  }

  /** Checks each `&` in [from, to) starts a valid reference. */
  private checkReferences(from: number, to: number): void {
    while (this.nextAmpersand < to) {
      if (this.nextAmpersand >= from) this.referenceEnd(this.nextAmpersand);
      this.nextAmpersand = this.find("&", this.nextAmpersand + 1);
    }
  }

  /** The reference at `at` (an `&`) decoded, with the index after its `;`. */
  private reference(at: number): { text: string; end: number } {
    const end = this.referenceEnd(at);
    const body = this.xml.slice(at + 1, end - 1);
    if (body.charCodeAt(0) !== 0x23) return { text: NAMED_ENTITIES[body], end };
    const code = body.charCodeAt(1) === 0x78 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return { text: String.fromCodePoint(code), end };
  }

  private referenceEnd(at: number): number {
    const semicolon = this.xml.indexOf(";", at);
    const body = semicolon < 0 || semicolon - at > 12 ? "" : this.xml.slice(at + 1, semicolon);
    if (body.charCodeAt(0) === 0x23) {
      const hex = body.charCodeAt(1) === 0x78;
      const digits = body.slice(hex ? 2 : 1);
      if ((hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits) && isXmlChar(parseInt(digits, hex ? 16 : 10)))
        return semicolon + 1;
      this.fail(`invalid character reference &${body};`, at);
    }
    if (!(body in NAMED_ENTITIES)) this.fail(`undefined entity &${body};`, at);
    return semicolon + 1;
  }

  /**
   * Text with references decoded and line ends normalised as XML requires (`\r\n` and `\r` read as `\n`; in an
   * attribute value every tab, line end and `\r\n` reads as one space).
   */
  private decode(from: number, to: number, attribute: boolean): string {
    const xml = this.xml;
    let out = "";
    let run = from;
    for (let i = from; i < to; i += 1) {
      const code = xml.charCodeAt(i);
      if (code === AMPERSAND) {
        const { text, end } = this.reference(i);
        out += xml.slice(run, i) + text;
        run = end;
        i = end - 1;
      } else if (code === CR) {
        out += xml.slice(run, i) + (attribute ? " " : "\n");
        if (xml.charCodeAt(i + 1) === 0x0a) i += 1;
        run = i + 1;
      } else if (attribute && (code === 0x0a || code === 0x09)) {
        out += xml.slice(run, i) + " ";
        run = i + 1;
      }
    }
    return run === from ? xml.slice(from, to) : out + xml.slice(run, to);
  }

  /**
   * Moves on to `index`, past text its caller has read and knows to be well-formed, balanced markup without
   * references (src/xlsx/plain-cell.ts), as if its tokens had been read.
   */
  skipTo(index: number): void {
    if (this.pendingClose || index < this.at || this.nextAmpersand < index)
      throw new Error(`${this.part}: cannot skip from ${this.at} to ${index}`);
    this.at = index;
  }

  /** The next token. After END, END again. */
  next(): XmlToken {
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    const xml = this.xml;
    while (this.at < xml.length) {
      const start = this.at;
      this.tokenStart = start;
      if (xml.charCodeAt(start) !== LT) {
        const lt = xml.indexOf("<", start);
        const end = lt < 0 ? xml.length : lt;
        this.at = end;
        this.checkReferences(start, end);
        if (this.open.length === 0) {
          for (let i = start; i < end; i += 1)
            if (!isSpace(xml.charCodeAt(i))) this.fail("text outside the root element", i);
          continue;
        }
        this.textStart = start;
        this.textEnd = end;
        this.textRaw = false;
        return TEXT;
      }
      const second = xml.charCodeAt(start + 1);
      if (second === SLASH) return this.endTag(start);
      if (second === QUESTION) {
        const end = this.find("?>", start + 2);
        if (end === Infinity) this.fail("unterminated processing instruction", start);
        this.at = end + 2;
        continue;
      }
      if (second === BANG) {
        if (xml.startsWith("<!--", start)) {
          const end = this.find("-->", start + 4);
          if (end === Infinity) this.fail("unterminated comment", start);
          this.at = end + 3;
          continue;
        }
        if (xml.startsWith("<![CDATA[", start)) {
          if (this.open.length === 0) this.fail("CDATA outside the root element", start);
          const end = this.find("]]>", start + 9);
          if (end === Infinity) this.fail("unterminated CDATA section", start);
          this.at = end + 3;
          this.textStart = start + 9;
          this.textEnd = end;
          this.textRaw = true;
          return TEXT;
        }
        this.fail(
          xml.startsWith("<!DOCTYPE", start) ? "a DTD, which OOXML parts may not have" : "unexpected <!",
          start,
        );
      }
      return this.startTag(start);
    }
    if (this.open.length > 0) this.fail(`<${this.open[this.open.length - 1]}> is not closed`);
    if (!this.seenRoot) this.fail("no root element");
    return END;
  }

  /**
   * The slot of `knownNames` holding the name written from `from` to `to`, filled first when it holds another.
   * One string per distinct name rather than one per tag, and the same string each time: the reader's switch on
   * names compares it by identity.
   */
  private nameSlot(from: number, to: number): number {
    const xml = this.xml;
    const length = to - from;
    const slot = (length * 31 + xml.charCodeAt(from) * 7 + xml.charCodeAt(to - 1)) & 255;
    const known = this.knownNames[slot];
    if (known !== undefined && known.length === length && xml.startsWith(known, from)) return slot;
    const written = xml.slice(from, to);
    const qualified = COMMON_NAMES.get(written) ?? written;
    const colon = qualified.indexOf(":");
    const local = colon < 0 ? qualified : qualified.slice(colon + 1);
    this.knownNames[slot] = qualified;
    this.knownLocals[slot] = COMMON_NAMES.get(local) ?? local;
    return slot;
  }

  private nameEnd(from: number): number {
    const xml = this.xml;
    let i = from;
    for (; i < xml.length; i += 1) {
      const code = xml.charCodeAt(i);
      if (endsName(code)) break;
      if (isForbiddenInName(code)) this.fail("invalid character in a name", i);
    }
    if (i === from) this.fail("a tag without a name", from);
    if (i === xml.length) this.fail("unterminated tag", from);
    return i;
  }

  private skipSpace(from: number): number {
    const xml = this.xml;
    let i = from;
    while (isSpace(xml.charCodeAt(i))) i += 1;
    return i;
  }

  private startTag(start: number): XmlToken {
    const xml = this.xml;
    if (this.open.length === 0 && this.seenRoot) this.fail("a second root element", start);
    const nameEnd = this.nameEnd(start + 1);
    const slot = this.nameSlot(start + 1, nameEnd);
    const qualified = this.knownNames[slot]!;
    this.qualifiedName = qualified;
    this.name = this.knownLocals[slot];
    this.attributeCount = 0;
    let i = nameEnd;
    for (;;) {
      const spaced = isSpace(xml.charCodeAt(i));
      i = this.skipSpace(i);
      const code = xml.charCodeAt(i);
      if (code === GT) {
        this.selfClosing = false;
        this.open.push(qualified);
        this.openLocal.push(this.name);
        break;
      }
      if (code === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) this.fail("expected /> ", i);
        this.selfClosing = true;
        this.pendingClose = true;
        i += 1;
        break;
      }
      if (i >= xml.length) this.fail("unterminated tag", start);
      if (!spaced) this.fail("attributes must be separated by white space", i);
      i = this.readAttribute(i);
    }
    this.seenRoot = true;
    this.at = i + 1;
    return OPEN;
  }

  /** Reads one `name="value"` from `from`, recording where its parts are; returns the index after it. */
  private readAttribute(from: number): number {
    const xml = this.xml;
    let nameEnd = from;
    let local = from;
    for (; nameEnd < xml.length; nameEnd += 1) {
      const code = xml.charCodeAt(nameEnd);
      if (isSpace(code) || code === EQUALS) break;
      if (code === COLON && local === from) local = nameEnd + 1;
      else if (code === LT || code === GT || code === SLASH || code === AMPERSAND || code === QUOTE)
        this.fail("invalid character in an attribute name", nameEnd);
    }
    if (nameEnd === from) this.fail("an attribute without a name", from);
    let i = this.skipSpace(nameEnd);
    if (xml.charCodeAt(i) !== EQUALS) this.fail("an attribute without a value", i);
    i = this.skipSpace(i + 1);
    const quote = xml.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) this.fail("an attribute value must be quoted", i);
    const valueStart = i + 1;
    let valueEnd = valueStart;
    for (; ; valueEnd += 1) {
      const code = xml.charCodeAt(valueEnd);
      if (code === quote) break;
      if (code === LT || valueEnd >= xml.length) this.fail("unterminated attribute value", valueStart);
    }
    this.checkReferences(valueStart, valueEnd);
    const slot = this.attributeCount * 4;
    this.attributes[slot] = local;
    this.attributes[slot + 1] = nameEnd;
    this.attributes[slot + 2] = valueStart;
    this.attributes[slot + 3] = valueEnd;
    this.attributeCount += 1;
    return valueEnd + 1;
  }

  private endTag(start: number): XmlToken {
    const xml = this.xml;
    const expected = this.open.pop();
    if (expected === undefined) this.fail("an end tag without a start tag", start);
    const local = this.openLocal.pop()!;
    const nameEnd = start + 2 + expected.length;
    if (!xml.startsWith(expected, start + 2) || !endsName(xml.charCodeAt(nameEnd)))
      this.fail(`expected </${expected}>`, start);
    const close = this.skipSpace(nameEnd);
    if (xml.charCodeAt(close) !== GT) this.fail(`expected </${expected}>`, start);
    this.name = local;
    this.qualifiedName = expected;
    this.selfClosing = false;
    this.at = close + 1;
    return CLOSE;
  }

  /**
   * An attribute of the element just opened, by local name (`r:id` answers "id"), decoded; undefined when absent.
   * An unprefixed attribute wins over a prefixed one; namespace declarations are never answers.
   */
  attribute(local: string): string | undefined {
    const slot = this.slotOf(local);
    if (slot < 0) return undefined;
    return this.decode(this.attributes[slot + 2], this.attributes[slot + 3], true);
  }

  /**
   * Finds the attribute `local` as `attribute` does, without making a string: its undecoded value is
   * `source.slice(valueStart, valueEnd)`. For the few attributes read on every cell of a sheet.
   */
  locateAttribute(local: string): boolean {
    const slot = this.slotOf(local);
    if (slot < 0) return false;
    this.valueStart = this.attributes[slot + 2];
    this.valueEnd = this.attributes[slot + 3];
    return true;
  }

  /** Where the value found by `locateAttribute` lies in `source`. */
  valueStart = 0;
  valueEnd = 0;

  /** The XML being read. */
  get source(): string {
    return this.xml;
  }

  private slotOf(local: string): number {
    const xml = this.xml;
    let found = -1;
    for (let slot = 0; slot < this.attributeCount * 4; slot += 4) {
      const localStart = this.attributes[slot];
      const nameEnd = this.attributes[slot + 1];
      if (nameEnd - localStart !== local.length || !xml.startsWith(local, localStart)) continue;
      const nameStart = this.nameStartOf(slot);
      if (localStart === nameStart) return slot;
      if (found < 0 && !xml.startsWith("xmlns:", nameStart)) found = slot;
    }
    return found;
  }

  /** Where the attribute of `slot` begins, prefix included: back from its local name to the space before it. */
  private nameStartOf(slot: number): number {
    let i = this.attributes[slot];
    while (i > 0 && !isSpace(this.xml.charCodeAt(i - 1))) i -= 1;
    return i;
  }

  /** The text of the current TEXT token, decoded. */
  text(): string {
    if (!this.textRaw) return this.decode(this.textStart, this.textEnd, false);
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  }
}
