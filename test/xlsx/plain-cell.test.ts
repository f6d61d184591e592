import type { Cell } from "../../src/engine";
import { type PlainCell, readPlainCell } from "../../src/xlsx/plain-cell";
import { readSheetValues } from "../../src/xlsx/sheet-values";
import { XmlError } from "../../src/xlsx/xml";
import { seededRandom } from "../support/seeded-random";

/**
 * The plain cells — `<c r="B7" s="3" t="s"><v>42</v></c>` and kin — are read from the characters, past the
 * tokenizer. What it takes must read exactly as the tokenizer would have read it, what it leaves must be left
 * whole to the tokenizer, and nothing ill-formed may slip through it.
 */

const context = { sharedStrings: ["a", "b", "Nguyễn Thị Hương"], dateStyles: [false, true], date1904: false };
const sheet = (rows: string): string =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe("readPlainCell", () => {
  const read = (xml: string): { end: number; cell: PlainCell } => {
    const cell: PlainCell = { ref: -2, style: -2, type: "n", value: -2 };
    return { end: readPlainCell(xml, 0, cell), cell };
  };

  test.each([
    ['<c r="B7" s="3" t="s"><v>2</v></c>', { ref: 6 * 16_384 + 1, style: 3, type: "s", value: 2 }],
    ['<c r="A1"><v>45444</v></c>', { ref: 0, style: 0, type: "n", value: 45444 }],
    ['<c t="n" s="12" r="$C$2"><v>007</v></c>', { ref: 16_384 + 2, style: 12, type: "n", value: 7 }],
    ['<c r="D1" s="1"/>', { ref: 3, style: 1, type: "n", value: -1 }],
    ['<c r="D1" s="1"></c>', { ref: 3, style: 1, type: "n", value: -1 }],
    ['\n  <c\tr="A2"\n s="0" cm="1"><v>1</v></c>', { ref: 16_384, style: 0, type: "n", value: 1 }],
    ["<c><v>5</v></c>", { ref: -1, style: 0, type: "n", value: 5 }],
  ])("takes %j", (xml, expected) => {
    const { end, cell } = read(xml);
    expect(end).toBe(xml.length);
    expect(cell).toEqual(expected);
  });

  test.each([
    ['<c r="A1"><f>1+1</f><v>2</v></c>', "a formula"],
    ['<c r="A1" t="inlineStr"><is><t>x</t></is></c>', "an inline string"],
    ['<c r="A1" t="str"><v>x</v></c>', "a formula's text"],
    ['<c r="A1" t="b"><v>1</v></c>', "a boolean"],
    ['<c r="A1" t="e"><v>#N/A</v></c>', "an error"],
    ['<c r="A1" t="s"/>', "a shared string without its index"],
    ['<c r="A1"><v>1.5</v></c>', "a decimal"],
    ['<c r="A1"><v>-3</v></c>', "a negative number"],
    ['<c r="A1"><v>1234567890123456</v></c>', "more digits than a double holds"],
    ['<c r="A1"><v></v></c>', "an empty value"],
    ['<c r="A1"><v> 1 </v></c>', "spaces around the value"],
    ["<c r='A1'><v>1</v></c>", "single quotes"],
    ['<c r="&#65;1"><v>1</v></c>', "a character reference"],
    ['<c r="A1" x:foo="1"><v>1</v></c>', "a prefixed attribute"],
    ['<x:c r="A1"><v>1</v></x:c>', "a prefixed element"],
    ['<c r="A1" s="1a"><v>1</v></c>', "a style that is not a number"],
    ['<c r="1A"><v>1</v></c>', "a reference that is none"],
    ['<c r="A1"s="1"><v>1</v></c>', "attributes not separated"],
    ['<c r="A1" ><v>1</v ></c>', "a space inside an end tag"],
    ['<c r="A1"><v>1</v></d>', "a wrong end tag"],
    ['<c r="A1"><v>1<!-- x --></v></c>', "a comment in the value"],
    ['<col min="1"/>', "another element"],
    ['<c r="A1" s="1"', "the end of the text"],
  ])("leaves %j (%s) to the tokenizer", (xml) => {
    expect(read(xml).end).toBe(-1);
  });
});

describe("readSheetValues with plain cells among the others", () => {
  test("a broken cell that looks plain is still a broken sheet", () => {
    expect(() => readSheetValues(sheet('<row r="1"><c r="A1"><v>1</v></d></row>'), "s.xml", context)).toThrow(
      XmlError,
    );
    expect(() => readSheetValues(sheet('<row r="1"><c r="A1"><v>1</v></c>'), "s.xml", context)).toThrow(
      XmlError,
    );
  });

  test("an empty shared-string cell is empty, not the table's first string", () => {
    expect(
      readSheetValues(
        sheet('<row r="1"><c r="A1" t="s"></c><c r="B1" t="s"><v/></c></row>'),
        "s.xml",
        context,
      ),
    ).toEqual([]);
  });

  /**
   * Rows of cells drawn from every shape, plain or not, each with the value it must read as: the reading must be
   * the same whatever mix of shapes a writer uses, since the plain ones take another path.
   */
  type Shape = (ref: string | null, random: (n: number) => number) => { xml: string; value: Cell };
  const refAttr = (ref: string | null): string => (ref === null ? "" : ` r="${ref}"`);
  const SHAPES: Shape[] = [
    (ref, random) => {
      const i = random(3);
      return { xml: `<c${refAttr(ref)} s="2" t="s"><v>${i}</v></c>`, value: context.sharedStrings[i] };
    },
    (ref, random) => {
      const n = random(1_000_000);
      return { xml: `<c${refAttr(ref)}><v>${n}</v></c>`, value: n };
    },
    (ref) => ({ xml: `<c${refAttr(ref)} s="1"/>`, value: null }),
    (ref) => ({ xml: `<c${refAttr(ref)}><f>SUM(A1:A2)</f><v>12</v></c>`, value: 12 }),
    (ref) => ({ xml: `<c${refAttr(ref)} t="inlineStr"><is><t>Bé &amp; Tí</t></is></c>`, value: "Bé & Tí" }),
    (ref) => ({ xml: `<c${refAttr(ref)}><v>2.5</v></c>`, value: 2.5 }),
    (ref) => ({ xml: `<c${ref === null ? "" : ` r='${ref}'`} t='s'><v>1</v></c>`, value: "b" }),
    (ref) => ({ xml: `<c${refAttr(ref)} t="b"><v>1</v></c>`, value: true }),
    (ref) => ({ xml: `\n    <c${refAttr(ref)} t="s"><v>2</v></c>`, value: context.sharedStrings[2] }),
  ];

  test("300 rows of mixed shapes read as each shape's value, in its cell", () => {
    const random = seededRandom(20241201);
    const expected: Cell[][] = [];
    let xml = "";
    for (let r = 0; r < 300; r += 1) {
      const row: Cell[] = [];
      let column = random(3);
      let cells = "";
      for (let c = 0; c < 8; c += 1) {
        // Some cells skip a column; some have no `r` and follow the one before.
        column += random(5) === 0 ? 2 : 1;
        const withRef = random(5) !== 0;
        const ref = `${String.fromCharCode(64 + column)}${r + 1}`;
        const { xml: cell, value } = SHAPES[random(SHAPES.length)](withRef ? ref : null, random);
        if (!withRef) column = row.length + 1;
        cells += cell;
        while (row.length < column - 1) row.push(null);
        row[column - 1] = value;
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      expected.push(row);
      xml += `<row r="${r + 1}">${cells}</row>`;
    }
    expect(readSheetValues(sheet(xml), "s.xml", context)).toEqual(expected);
  });
});
