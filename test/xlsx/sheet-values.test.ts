import { parseCellRef, readSheetValues } from "../../src/xlsx/sheet-values";

/**
 * Cell references and style indexes are read from the worksheet's characters, not through strings: every form a
 * writer may use must still land in its cell, and anything else must fall back to "the cell after the last one".
 */

const context = { sharedStrings: ["a", "b"], dateStyles: [false, true], date1904: true };
const sheet = (cells: string): string =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;

describe("parseCellRef", () => {
  test.each([
    ["A1", { column: 0, row: 0 }],
    ["c12", { column: 2, row: 11 }],
    ["$C$12", { column: 2, row: 11 }],
    ["AB7", { column: 27, row: 6 }],
    ["XFD1048576", { column: 16_383, row: 1_048_575 }],
  ])("%s", (ref, expected) => expect(parseCellRef(ref)).toEqual(expected));

  test.each(["", "A", "12", "A0", "A1.0", "A 1", "A1B", "XFE1", "A1048577", "1A"])(
    "%j is no reference",
    (ref) => expect(parseCellRef(ref)).toBeNull(),
  );
});

describe("readSheetValues: references and styles from the characters", () => {
  test("absolute, lower-case and character-referenced `r` land in their cells", () => {
    const xml = sheet(
      '<row r="2"><c r="$B$2" t="s"><v>0</v></c><c r="d2"><v>5</v></c><c r="&#69;2" t="s"><v>1</v></c></row>',
    );
    expect(readSheetValues(xml, "sheet1.xml", context)).toEqual([[], [null, "a", null, 5, "b"]]);
  });

  test("a cell whose `r` is unreadable follows the one before it", () => {
    const xml = sheet('<row r="1"><c r="B1"><v>1</v></c><c r="B?"><v>2</v></c><c><v>3</v></c></row>');
    expect(readSheetValues(xml, "sheet1.xml", context)).toEqual([[null, 1, 2, 3]]);
  });

  test("the style index picks the date styles (1904 shift), absent or empty `s` is style 0", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" s="1"><v>100</v></c><c r="B1" s="0"><v>100</v></c><c r="C1"><v>100</v></c>' +
        '<c r="D1" s=""><v>100</v></c><c r="E1" s="&#49;"><v>100</v></c></row>',
    );
    const styleZeroIsDate = { ...context, dateStyles: [true, false] };
    expect(readSheetValues(xml, "sheet1.xml", styleZeroIsDate)).toEqual([[100, 1562, 1562, 1562, 100]]);
  });
});
