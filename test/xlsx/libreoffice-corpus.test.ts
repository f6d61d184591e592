import { strFromU8 } from "fflate";
import { execFileSync } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { buildReportModel, runCampaign, type WorkbookSnapshot } from "../../src/engine";
import { generatedSheets } from "../../src/report/generated-sheets";
import { inputTemplates } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { trackerWorkbookBytes } from "../../src/xlsx/tracker-workbook";
import { writeReportWorkbook } from "../../src/xlsx/report-workbook";
import { loadWorkbook, snapshotOf } from "../support/exceljs-snapshot";
import { partText, trackerBytes, zipParts } from "../support/xlsx-fixtures";
import { bothTokenizations } from "../support/xml-tokens";

/**
 * Real files from a real writer: the tracker saved again by LibreOffice (1900 and 1904 date systems, an Excel
 * Table without a table style), read by the new reader, reported on, and the report workbook read back by
 * LibreOffice, every sheet to CSV. Generated here; nothing large is committed.
 */

const onPath = (command: string): boolean =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const HAS_SOFFICE = onPath("soffice");
const REQUIRED = /^(true|1)$/i.test(process.env.CI ?? "") || process.env.E2E_REQUIRE === "1";
const SUITE = "workbooks saved by LibreOffice";
if (!HAS_SOFFICE && !REQUIRED) console.warn(`${SUITE} — SKIPPED: \`soffice\` (LibreOffice) is not on PATH`);
const describeLo = HAS_SOFFICE || REQUIRED ? describe : describe.skip;

const TODAY = "2024-07-05";
const ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

describeLo(SUITE, () => {
  const dir = mkdtempSync(join(tmpdir(), "action-month-lo-"));
  const profile = `file://${join(dir, "profile")}`;
  const soffice = (format: string, outDir: string, files: readonly string[]) => {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "ignore", timeout: 180_000 },
    );
  };
  const saved = (name: string) => {
    const file = join(dir, "lo", `${name}.xlsx`);
    // soffice exits 0 even when it converted nothing.
    if (!existsSync(file)) throw new Error(`LibreOffice did not write ${file}`);
    return new Uint8Array(readFileSync(file));
  };
  let original: Uint8Array;

  beforeAll(async () => {
    original = await trackerBytes();
    writeFileSync(join(dir, "tracker.xlsx"), original);
    const date1904 = await loadWorkbook(original);
    date1904.properties.date1904 = true;
    writeFileSync(join(dir, "tracker-1904.xlsx"), new Uint8Array(await date1904.xlsx.writeBuffer()));
    const table = await loadWorkbook(original);
    table.getWorksheet("Hoạt động")!.addTable({
      name: "BangGhiChu",
      ref: "M1",
      headerRow: true,
      columns: [{ name: "Ghi chú" }, { name: "Người ghi" }],
      rows: [
        ["Đã duyệt", "Văn phòng"],
        ["Chờ ký", "Tổ chức"],
      ],
    });
    writeFileSync(join(dir, "tracker-table.xlsx"), new Uint8Array(await table.xlsx.writeBuffer()));
    const sample = new Map(sampleWorkbook().sheets.map((sheet) => [sheet.name, sheet.rows]));
    writeFileSync(join(dir, "tracker-init.xlsx"), await trackerWorkbookBytes(inputTemplates(), sample));
    soffice(
      "xlsx",
      join(dir, "lo"),
      ["tracker.xlsx", "tracker-1904.xlsx", "tracker-table.xlsx", "tracker-init.xlsx"].map((f) =>
        join(dir, f),
      ),
    );
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const gifts = (snapshot: WorkbookSnapshot) =>
    runCampaign(snapshot, { today: TODAY }).gifts.entries.map((e) => `${e.name} ${e.birthDate}`);

  it("reads LibreOffice's save as the former exceljs reader did, and as the original", async () => {
    const file = saved("tracker");
    const mine = readWorkbook(file).snapshot;
    const theirs = snapshotOf(await loadWorkbook(file));
    const result = (snapshot: WorkbookSnapshot) => JSON.stringify(runCampaign(snapshot, { today: TODAY }));
    expect(result(mine)).toEqual(result(theirs));
    expect(gifts(mine)).toEqual(gifts(readWorkbook(original).snapshot));
  });

  it("tokenizes every XML part LibreOffice wrote as saxes does", () => {
    for (const name of ["tracker", "tracker-1904", "tracker-table"])
      for (const [part, content] of Object.entries(zipParts(saved(name)))) {
        if (!/\.(xml|rels)$/i.test(part)) continue;
        const { saxes, reader } = bothTokenizations(strFromU8(content));
        expect({ part, tokens: reader }).toEqual({ part, tokens: saxes });
      }
  });

  it("opens the tracker init writes, keeping its values, drop-downs and hidden catalog", () => {
    const file = saved("tracker-init");
    expect(gifts(readWorkbook(file).snapshot)).toEqual(gifts(readWorkbook(original).snapshot));
    const children = partText(file, readWorkbook(file).pack.sheets.find((s) => s.name === "Con")!.part!)!;
    expect(children).toMatch(/<dataValidation [^>]*type="list"/);
    expect(readWorkbook(file).pack.sheets.find((s) => s.name === "Danh mục")?.state).toBe("hidden");
  });

  it("gives the right dates from LibreOffice's 1904 workbook", () => {
    const file = saved("tracker-1904");
    expect(partText(file, "xl/workbook.xml")).toMatch(/date1904="true"/);
    expect(gifts(readWorkbook(file).snapshot)).toEqual(gifts(readWorkbook(original).snapshot));
  });

  it("reports on LibreOffice's workbook with a Table, keeping the table", () => {
    const file = saved("tracker-table");
    const workbook = readWorkbook(file);
    const output = writeReportWorkbook(workbook, plansOf(workbook.snapshot));
    expect(readWorkbook(output).pack.zip.entries.some((e) => /tables\/table\d+\.xml$/.test(e.name))).toBe(
      true,
    );
    expect(gifts(readWorkbook(output).snapshot)).toEqual(gifts(readWorkbook(original).snapshot));
  });

  it("writes report workbooks that LibreOffice reads back, every sheet", () => {
    for (const name of ["tracker", "tracker-1904", "tracker-table"]) {
      const workbook = readWorkbook(saved(name));
      const output = writeReportWorkbook(workbook, plansOf(workbook.snapshot));
      const report = join(dir, "reports", `${name}.report.xlsx`);
      mkdirSync(join(dir, "reports"), { recursive: true });
      writeFileSync(report, output);
      soffice(ALL_SHEETS_CSV, join(dir, "csv"), [report]);
      const sheets = readWorkbook(output).pack.sheets.map((s) => s.name);
      for (const sheet of sheets)
        expect([sheet, existsSync(join(dir, "csv", `${name}.report-${sheet}.csv`))]).toEqual([sheet, true]);
      const giftCsv = readFileSync(join(dir, "csv", `${name}.report-DS tặng quà.csv`), "utf8");
      for (const entry of runCampaign(workbook.snapshot, { today: TODAY }).gifts.entries)
        expect(giftCsv).toContain(entry.name);
      const stampCsv = readFileSync(join(dir, "csv", `${name}.report-Dấu sheet tạo.csv`), "utf8");
      expect(stampCsv).toMatch(/^Kiểm tra,fnv1a32:[0-9a-f]{8},/m);
    }
  }, 240_000);
});

function plansOf(snapshot: WorkbookSnapshot) {
  const result = runCampaign(snapshot, { today: TODAY, locale: "vi" });
  const model = buildReportModel(result);
  return generatedSheets(result, model, { locale: "vi", draft: model.draft });
}
