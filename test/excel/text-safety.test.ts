import { runCampaign } from "../../src/engine";
import { computeAndFill } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { ExcelFake } from "../support/excel-fake";
import { fakeOf, OPTIONS, TODAY, withExcel } from "./kit";

/**
 * Names that begin with `=`, `+`, `-` or `@` are written as text: Excel parses `range.values` like typing, so the
 * adapter formats text cells `@` before it writes them (an apostrophe prefix is not used: in a cell already
 * formatted as text Excel would keep it as a character). The fake parses like Excel, so a missing `@` shows up
 * here as a formula.
 */
const TRICKY = ['=HYPERLINK("http://x")', "+Bình An", "-Minh Châu", "@Ngọc Anh"];

/** The sample with four listed children renamed, and every school name given a leading `-`. */
function trickySample() {
  const sample = sampleWorkbook();
  const listed = runCampaign(sample, { today: TODAY }).gifts.byUnit.flatMap((unit) =>
    unit.entries.map((entry) => entry.name),
  );
  const children = sample.sheets.find((sheet) => sheet.name === "Con")!;
  const header = children.rows.findIndex((row) => row.includes("Họ và tên con"));
  const nameColumn = children.rows[header].indexOf("Họ và tên con");
  const schoolColumn = children.rows[header].indexOf("Trường");
  const renamed = new Map(listed.slice(0, TRICKY.length).map((name, i) => [name, TRICKY[i]]));
  const rows = children.rows.map((row, r) =>
    r > header
      ? row.map((cell, c) =>
          c === nameColumn
            ? (renamed.get(cell as string) ?? cell)
            : c === schoolColumn && cell !== null
              ? `-${cell}`
              : cell,
        )
      : row,
  );
  return { sheets: sample.sheets.map((sheet) => (sheet === children ? { ...sheet, rows } : sheet)) };
}

describe("text that looks like a formula", () => {
  it("is written as text in the lists and the report", async () => {
    const fake = fakeOf(trickySample());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    const texts = ["DS tặng quà", "DS khen thưởng", "Báo cáo", "Kiểm tra"].flatMap((name) =>
      fake.values(name).flat(),
    );
    for (const name of TRICKY) expect(texts).toContain(name);
    expect(texts.filter((value) => typeof value === "object" && value !== null)).toEqual([]);
    expect(texts.some((value) => typeof value === "string" && value.startsWith("-Trường"))).toBe(true);
    // The report's `Nơi nhận` lines begin with "- " too.
    expect(texts).toContain("- Lãnh đạo Sở;");
  });

  it("would have become formulas without the text format (the fake parses like Excel)", async () => {
    const fake = ExcelFake.fromSheets([{ name: "Sheet1", rows: [] }]);
    await withExcel(fake, () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 4).values = [TRICKY];
        await context.sync();
      }),
    );
    expect(
      fake
        .values("Sheet1")[0]
        .every((value) => typeof value === "object" && value !== null && "formula" in value),
    ).toBe(true);
  });
});
