import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  buildReportModel,
  type Cell,
  planCellText,
  runCampaign,
  type SheetPlan,
  STAMP_SHEET,
  type WorkbookSnapshot,
} from "../../src/engine";
import { foldKey } from "../../src/engine/text";
import { main } from "../../src/cli/main";
import { generatedSheets } from "../../src/report/generated-sheets";
import { readWorkbook, UnreadableWorkbookError } from "../../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../../src/xlsx/report-workbook";
import type { UnreadableReason } from "../../src/xlsx/unreadable";
import { loadWorkbook, snapshotOf } from "../support/exceljs-snapshot";
import {
  partText,
  rewriteParts,
  trackerBytes,
  withAbsoluteTargets,
  withoutCellReferences,
  withPrefixedElements,
  zipParts,
} from "../support/xlsx-fixtures";

const TODAY = "2024-07-05";

/** Rows without trailing empty cells and rows, numbers to 9 decimals: how two readers may differ harmlessly. */
function comparable(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => {
      const cells = row.map((cell) => (typeof cell === "number" ? Math.round(cell * 1e9) / 1e9 : cell));
      while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === ""))
        cells.pop();
      return cells;
    });
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return { name: sheet.name, rows };
  });
}

function plansOf(snapshot: WorkbookSnapshot): SheetPlan[] {
  const result = runCampaign(snapshot, { today: TODAY, locale: "vi" });
  const model = buildReportModel(result);
  return generatedSheets(result, model, { locale: "vi", draft: model.draft });
}

/** `action-month report` in memory: the input read, the generated sheets written into it by zip copy. */
function report(bytes: Uint8Array): Uint8Array {
  const workbook = readWorkbook(bytes);
  return writeReportWorkbook(workbook, plansOf(workbook.snapshot));
}

const sheetNames = (bytes: Uint8Array): string[] => readWorkbook(bytes).pack.sheets.map((s) => s.name);

describe("reading a workbook's values", () => {
  let tracker: Uint8Array;
  beforeAll(async () => {
    tracker = await trackerBytes();
  });

  it("gives the engine what the former exceljs reader gave it, on the tracker as init writes it", async () => {
    const before = snapshotOf(await loadWorkbook(tracker));
    expect(comparable(readWorkbook(tracker).snapshot)).toEqual(comparable(before));
  });

  it.each([
    ["openpyxl's absolute part targets", withAbsoluteTargets],
    ["the OpenXML SDK's prefixed elements (x:c)", withPrefixedElements],
    ["an exporter's rows and cells without r", withoutCellReferences],
  ])("reads the same values from a file with %s", (_, variant) => {
    const file = variant(tracker);
    expect(file).not.toEqual(tracker);
    expect(comparable(readWorkbook(file).snapshot)).toEqual(comparable(readWorkbook(tracker).snapshot));
  });

  it.each(["1", "true", " true "])(
    "shifts dates of a 1904 workbook (date1904=%j) onto the engine's 1900 serials",
    async (spelling) => {
      const workbook = await loadWorkbook(tracker);
      workbook.properties.date1904 = true;
      const saved = new Uint8Array(await workbook.xlsx.writeBuffer());
      const file = rewriteParts(saved, (name, text) =>
        name === "xl/workbook.xml" ? text.replace(/date1904="[^"]*"/, `date1904="${spelling}"`) : undefined,
      );
      expect(partText(file, "xl/workbook.xml")).toContain(`date1904="${spelling}"`);
      const birthDates = (bytes: Uint8Array) =>
        runCampaign(readWorkbook(bytes).snapshot, { today: TODAY }).gifts.entries.map((e) => e.birthDate);
      expect(birthDates(file)).toEqual(birthDates(tracker));
      expect(birthDates(file).length).toBeGreaterThan(10);
    },
  );

  it("reads shared and inline strings, rich text, escapes, booleans, errors, ISO dates, formulas and merges", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>Lê_x000D_Văn</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="d"><v>2015-06-02T00:00:00</v></c></row>
      <row r="3"><c r="A3" s="1"><v>42157</v></c><c r="B3" t="str"><f>A1&amp;""</f><v>Hà</v></c><c r="C3"><f>1/0</f></c><c r="D3" t="s"><v>1</v></c></row>
      <row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>0</v></c></row>
    </sheetData><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>
    <dataValidations count="1"><dataValidation type="list" sqref="C2:C1048576 D2:D1048576"><formula1>$Z$1:$Z$3</formula1></dataValidation></dataValidations></worksheet>`;
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
      <si><t>Nguyễn</t></si><si/><si><r><rPr><b/></rPr><t xml:space="preserve">Trần </t></r><r><t>Bình</t></r><rPh sb="0" eb="1"><t>トラン</t></rPh></si>
      <si><t>_x005F_x0041_</t></si></sst>`;
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/></numFmts>
      <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const file = minimalPackage({
      "xl/worksheets/sheet1.xml": sheet,
      "xl/sharedStrings.xml": strings,
      "xl/styles.xml": styles,
    });
    expect(readWorkbook(file).snapshot.sheets[0].rows).toEqual([
      ["Nguyễn", "", "Trần Bình", "_x0041_"],
      ["Lê\rVăn", true, { error: "#N/A" }, 42157],
      [42157, "Hà", null, ""],
      [],
      ["Nguyễn"],
    ]);
  });
});

/** A workbook package of the given parts, with the bookkeeping every reader needs. */
function minimalPackage(parts: Record<string, string>, workbookPr = ""): Uint8Array {
  const rels = (body: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
    "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml")),
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets><sheet name="Con" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(
      rel("rId1", "worksheet", "worksheets/sheet1.xml") +
        rel("rId2", "sharedStrings", "sharedStrings.xml") +
        rel("rId3", "styles", "styles.xml"),
    ),
    ...parts,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

describe("files that are not an ordinary .xlsx", () => {
  const compoundFile = (extra: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Array.from(extra, (c) => [c.charCodeAt(0), 0]).flat(), 1024);
    return bytes;
  };
  const strictWorkbook = async () =>
    rewriteParts(await trackerBytes(), (name, text) =>
      name === "xl/workbook.xml"
        ? text.replace(
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main",
          )
        : undefined,
    );
  const cases: [UnreadableReason, () => Promise<Uint8Array> | Uint8Array][] = [
    ["not-zip", () => strToU8("Mã CB,Họ và tên\nVP01,Nguyễn Văn An\n")],
    ["xls", () => compoundFile("Workbook")],
    ["encrypted", () => compoundFile("EncryptedPackage")],
    [
      "xlsb",
      () =>
        zipSync({
          "_rels/.rels": strToU8(
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
          ),
          "xl/workbook.bin": new Uint8Array([1, 2, 3]),
        }),
    ],
    ["ods", () => zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet") })],
    ["strict", strictWorkbook],
    ["broken", () => zipSync({ "docProps/app.xml": strToU8("<Properties/>") })],
  ];

  it.each(cases)("names a %s file for what it is, in one line, with exit code 2", async (reason, make) => {
    const bytes = await make();
    expect(() => readWorkbook(bytes)).toThrow(
      expect.objectContaining({ reason }) as unknown as UnreadableWorkbookError,
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), "action-month-"));
    const file = path.join(dir, `so-theo-doi.xlsx`);
    writeFileSync(file, bytes);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["check", file], { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect({ code, lines: err.length, out }).toEqual({ code: 2, lines: 1, out: [] });
    expect(err[0]).toContain(file);
    expect(err[0]).not.toMatch(/không mong đợi|at .*\.js/);
    messages.set(reason, err[0]);
  });

  const messages = new Map<string, string>();
  afterAll(() => {
    // Each kind of file has its own advice.
    expect(new Set(messages.values()).size).toBe(messages.size);
  });
});

describe("the report workbook, written by zip copy", () => {
  let tracker: Uint8Array;
  let written: Uint8Array;
  beforeAll(async () => {
    tracker = await trackerBytes();
    written = report(tracker);
  });

  it("copies every part of the input untouched but the bookkeeping parts it must extend", () => {
    const input = zipParts(tracker);
    const output = zipParts(written);
    const changed = Object.keys(input).filter(
      (name) => !output[name] || Buffer.compare(Buffer.from(input[name]), Buffer.from(output[name])) !== 0,
    );
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "docProps/app.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
      ].filter((name) => input[name]),
    );
  });

  it("holds each generated sheet's plan, cell for cell, as the reader reads it back", () => {
    const back = readWorkbook(written, undefined, "all").snapshot;
    for (const plan of plansOf(readWorkbook(tracker).snapshot)) {
      const sheet = back.sheets.find((s) => s.name === plan.name)!;
      const expected = plan.rows.map((row) =>
        row.cells.map((cell): Cell => {
          const value = planCellText(cell);
          return value === "" ? null : value;
        }),
      );
      const hidden = new Set(
        plan.merges.flatMap((m) =>
          Array.from({ length: m.columns - 1 }, (_, i) => `${m.row},${m.column + i + 1}`),
        ),
      );
      const rows = expected.map((row, r) => row.map((cell, c) => (hidden.has(`${r},${c}`) ? null : cell)));
      expect(comparable({ sheets: [sheet] })[0].rows).toEqual(
        comparable({ sheets: [{ name: "", rows }] })[0].rows,
      );
    }
  });

  it("opens in exceljs with its styles, and names the print titles and sheets in the bookkeeping parts", async () => {
    const workbook = await loadWorkbook(written);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sheetNames(written));
    expect(workbook.getWorksheet(STAMP_SHEET)!.state).toBe("veryHidden");
    const gifts = workbook.getWorksheet("DS tặng quà")!;
    expect(gifts.getCell("A3").font?.bold).toBe(true);
    expect(gifts.views[0]).toEqual(expect.objectContaining({ state: "frozen" }));
    const app = partText(written, "docProps/app.xml")!;
    for (const name of sheetNames(written)) expect(app).toContain(`<vt:lpstr>${name}</vt:lpstr>`);
    const types = partText(written, "[Content_Types].xml")!;
    expect(types.match(/spreadsheetml\.worksheet\+xml/g)).toHaveLength(sheetNames(written).length);
  });

  it("replaces its own generated sheets when run again on its own output, keeping one of each", () => {
    const again = report(written);
    expect(sheetNames(again)).toEqual(sheetNames(written));
    expect(comparable(readWorkbook(again, undefined, "all").snapshot)).toEqual(
      comparable(readWorkbook(written, undefined, "all").snapshot),
    );
    expect(partText(again, "xl/sharedStrings.xml")!.length).toBe(
      partText(written, "xl/sharedStrings.xml")!.length,
    );
  });

  it("replaces a hand-made KIỂM TRA sheet in place (names compared as Excel does), dropping what only it used", async () => {
    const file = await trackerBytes(undefined, (workbook) => {
      const sheet = workbook.addWorksheet("KIỂM TRA");
      sheet.getCell("A1").value = "ghi chú tay";
      sheet.getCell("B2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    });
    const before = sheetNames(file);
    const after = sheetNames(report(file));
    expect(after.filter((name) => foldKey(name) === foldKey("Kiểm tra"))).toEqual(["Kiểm tra"]);
    expect(after.indexOf("Kiểm tra")).toBe(before.indexOf("KIỂM TRA"));
    expect(after.length).toBe(before.length + 4);
  });

  it("keeps 14 whole-column drop-downs as they were, without expanding or doubling them", async () => {
    const file = await trackerBytes(undefined, (workbook) => {
      const sheet = workbook.getWorksheet("Cán bộ")!;
      for (let column = 0; column < 14; column += 1) {
        const letter = String.fromCharCode(65 + column);
        (
          sheet as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
        ).dataValidations.add(`${letter}2:${letter}1048576`, {
          type: "list",
          allowBlank: true,
          formulae: ['"Có,Không"'],
        });
      }
    });
    const validations = (bytes: Uint8Array) =>
      Object.entries(zipParts(bytes))
        .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .flatMap(
          ([, xml]) =>
            Buffer.from(xml)
              .toString("utf8")
              .match(/<dataValidation [^>]*>/g) ?? [],
        );
    const input = validations(file);
    expect(input.filter((v) => v.includes("1048576"))).toHaveLength(14);
    expect(comparable(readWorkbook(file).snapshot)).toEqual(comparable(readWorkbook(tracker).snapshot));
    expect(validations(report(file)).sort()).toEqual([...input].sort());
  });

  it("drops calcChain when a sheet with formulas goes, and every relationship still points at a part", async () => {
    const file = await trackerBytes(undefined, (workbook) => {
      const sheet = workbook.addWorksheet("Kiểm tra");
      sheet.getCell("A1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    });
    const withChain = rewriteParts(
      file,
      (name, text) =>
        name === "xl/_rels/workbook.xml.rels"
          ? text.replace(
              "</Relationships>",
              '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
            )
          : undefined,
      {
        "xl/calcChain.xml":
          '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="9"/></calcChain>',
      },
    );
    const output = report(withChain);
    const parts = zipParts(output);
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    const rels = partText(output, "xl/_rels/workbook.xml.rels")!;
    expect(rels).not.toContain("calcChain");
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g))
      expect(parts[target.startsWith("/") ? target.slice(1) : `xl/${target}`]).toBeDefined();
  });
});
