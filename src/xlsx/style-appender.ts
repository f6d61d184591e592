import { BORDER_COLOR, type CellLook, RULE_COLOR } from "../engine";
import {
  applySplices,
  prefixOf,
  type ScannedElement,
  scanXml,
  type Splice,
  withAttributes,
} from "./xml-scan";
import { xmlEscape } from "./xml";

/**
 * The generated sheets' cell styles, appended to a workbook's styles part: new fonts, fills, borders, number
 * formats and cell formats after the input's own, which keep their indexes (so the input sheets, copied as they
 * are, look exactly as before). Each distinct look is one cell format.
 */

/** A cell's look as the style part knows it: CellLook, or a column's default look. */
export type StyleLook = Pick<
  CellLook,
  "numberFormat" | "bold" | "italic" | "underline" | "wrap" | "border"
> & {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly horizontal?: CellLook["horizontal"];
  readonly vertical?: CellLook["vertical"];
  readonly fill?: string;
  readonly rule?: boolean;
};

/** Number formats every spreadsheet program knows by id (ECMA-376 part 1, §18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "@": 49,
};

/** A minimal styles part for a new workbook: Excel's required first fills and the default font and format. */
export const BASE_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** The styleSheet's children in schema order (CT_Stylesheet), for placing a list the part lacks. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
/** What an absent list must hold first, so the indexes Excel reserves keep their meaning. */
const SEED: Readonly<Record<string, readonly string[]>> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
};

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

interface List {
  readonly element: ScannedElement | undefined;
  /** Items the part holds already. */
  readonly existing: number;
  /** Items appended (after the seed of a list the part lacks or leaves empty). */
  readonly added: string[];
  readonly keys: Map<string, number>;
}

export class StyleAppender {
  private readonly lists = new Map<string, List>();
  private readonly rootElement: ScannedElement;
  private readonly prefix: string;
  private nextFormatId = 164;
  private readonly formatIds = new Map<string, number>();
  readonly defaultFont: { readonly name: string; readonly size: number };

  constructor(private readonly xml: string = BASE_STYLES) {
    const elements = scanXml(xml, "styles");
    this.rootElement = elements[0];
    this.prefix = prefixOf(this.rootElement);
    for (const element of elements) {
      if (element.depth === 1 && ORDER.includes(element.name)) {
        this.lists.set(element.name, {
          element,
          existing: element.children,
          added: element.children === 0 ? [...(SEED[element.name] ?? [])] : [],
          keys: new Map(),
        });
      } else if (element.name === "numFmt") {
        const id = Number(element.attributes.numFmtId);
        const code = element.attributes.formatCode;
        if (Number.isInteger(id)) this.nextFormatId = Math.max(this.nextFormatId, id + 1);
        if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      }
    }
    for (const name of ORDER) {
      if (!this.lists.has(name) && (SEED[name] || name === "numFmts"))
        this.lists.set(name, {
          element: undefined,
          existing: 0,
          added: [...(SEED[name] ?? [])],
          keys: new Map(),
        });
    }
    // The first font is the workbook's default, which a look without a font of its own takes.
    const font0 = elements.find((e) => e.name === "font" && e.depth === 2);
    const inside = font0
      ? elements.filter((e) => e.depth === 3 && e.start > font0.start && e.end <= font0.end)
      : [];
    const size = Number(inside.find((e) => e.name === "sz")?.attributes.val);
    this.defaultFont = {
      name: inside.find((e) => e.name === "name")?.attributes.val ?? "Calibri",
      size: Number.isFinite(size) && size > 0 ? size : 11,
    };
  }

  private item(list: string, xml: string): number {
    const entry = this.lists.get(list)!;
    const known = entry.keys.get(xml);
    if (known !== undefined) return known;
    const index = entry.existing + entry.added.length;
    entry.added.push(xml);
    entry.keys.set(xml, index);
    return index;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.item("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return id;
  }

  private readonly xfByLook = new Map<string, number>();

  /** The cell format index (a cell's `s`) of a look. A province's lists are a million cells of a few dozen looks. */
  xfOf(look: StyleLook): number {
    const key =
      `${look.numberFormat}|${look.fontName}|${look.fontSize}|${look.fontColor}|${look.bold ? 1 : 0}` +
      `${look.italic ? 1 : 0}${look.underline ? 1 : 0}${look.wrap ? 1 : 0}${look.border ? 1 : 0}` +
      `${look.rule ? 1 : 0}|${look.fill}|${look.horizontal}|${look.vertical}`;
    let xf = this.xfByLook.get(key);
    if (xf === undefined) {
      xf = this.newXf(look);
      this.xfByLook.set(key, xf);
    }
    return xf;
  }

  private newXf(look: StyleLook): number {
    const p = this.prefix;
    const font =
      `<${p}font>${look.bold ? `<${p}b/>` : ""}${look.italic ? `<${p}i/>` : ""}${look.underline ? `<${p}u/>` : ""}` +
      `<${p}sz val="${look.fontSize ?? this.defaultFont.size}"/>` +
      (look.fontColor ? `<${p}color rgb="${argb(look.fontColor)}"/>` : "") +
      `<${p}name val="${xmlEscape(look.fontName ?? this.defaultFont.name)}"/></${p}font>`;
    const fontId = this.item("fonts", font);
    const fillId = look.fill
      ? this.item(
          "fills",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(look.fill)}"/>` +
            `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const side = (name: string, color: string | null): string =>
      color ? `<${p}${name} style="thin"><${p}color rgb="${argb(color)}"/></${p}${name}>` : `<${p}${name}/>`;
    const edge = look.border ? BORDER_COLOR : null;
    const bottom = look.border ? BORDER_COLOR : look.rule ? RULE_COLOR : null;
    const borderId =
      edge || bottom
        ? this.item(
            "borders",
            `<${p}border>${side("left", edge)}${side("right", edge)}${side("top", edge)}${side("bottom", bottom)}` +
              `<${p}diagonal/></${p}border>`,
          )
        : 0;
    const numFmtId = this.numberFormatId(look.numberFormat);
    const alignment = [
      look.horizontal ? ` horizontal="${look.horizontal}"` : "",
      look.vertical ? ` vertical="${look.vertical === "middle" ? "center" : look.vertical}"` : "",
      look.wrap ? ' wrapText="1"' : "",
    ].join("");
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"` +
      (alignment ? `><${p}alignment${alignment}/></${p}xf>` : "/>");
    return this.item("cellXfs", xf);
  }

  /** The styles part with the new items appended; the input's items untouched. */
  toXml(): string {
    const splices: Splice[] = [];
    const p = this.prefix;
    for (const [name, list] of this.lists) {
      if (list.added.length === 0) continue;
      const count = String(list.existing + list.added.length);
      const items = list.added.join("");
      const { element } = list;
      if (element && !element.selfClosing) {
        splices.push(withAttributes(this.xml, element, { count }));
        splices.push({ from: element.closeStart, to: element.closeStart, text: items });
      } else {
        const whole = `<${p}${name} count="${count}">${items}</${p}${name}>`;
        const from = element ? element.start : this.placeOf(name);
        splices.push({ from, to: element ? element.end : from, text: whole });
      }
    }
    return applySplices(this.xml, splices);
  }

  /** Where an absent list goes: before the first list that follows it in the schema, else before the root's end. */
  private placeOf(name: string): number {
    const later = ORDER.slice(ORDER.indexOf(name) + 1);
    for (const next of later) {
      const element = this.lists.get(next)?.element;
      if (element) return element.start;
    }
    return this.rootElement.closeStart;
  }
}
