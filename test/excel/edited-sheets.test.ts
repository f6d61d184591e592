import ExcelJS from "exceljs";
import { type Cell, GENERATED_SHEETS, STAMP_SHEET } from "../../src/engine";
import {
  clearGeneratedSheets,
  computeAndFill,
  EditedSheetsError,
  exportReportWorkbook,
  selectIssueCell,
  setUp,
  validate,
} from "../../src/excel";
import { friendlyError } from "../../src/excel/office-errors";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { toEngineCell } from "../support/exceljs-cell-value";
import { ExcelFake } from "../support/excel-fake";
import { cliReportWorkbook, fakeOf, OPTIONS, withExcel } from "./kit";

/**
 * SPEC §6, co-authoring: a generated sheet someone edited by hand is not replaced without asking. Each write
 * stamps the sheet (FNV-1a/32 of its values, in the very hidden stamp sheet); the next Validate or Compute & fill
 * reads the sheets it replaces in its bulk read, and stops with an EditedSheetsError before writing anything when
 * one no longer matches its stamp, unless the clerk said to replace it.
 */

const dump = (fake: ExcelFake): string => JSON.stringify(fake.dump());

/** What a co-author types into a cell. */
function edit(fake: ExcelFake, sheet: string, row: number, column: number, value: string | number): void {
  fake.sheet(sheet).cellForWrite(row, column).content =
    typeof value === "number" ? { kind: "number", value } : { kind: "string", value };
}

async function computed(): Promise<ExcelFake> {
  const fake = fakeOf(sampleWorkbook());
  await withExcel(fake, () => computeAndFill(OPTIONS));
  return fake;
}

describe("a generated sheet edited by hand", () => {
  it("stops Compute & fill before anything is written, naming the sheet in the clerk's language", async () => {
    const fake = await computed();
    edit(fake, "DS tặng quà", 5, 8, "Đã nhận");
    const before = dump(fake);
    fake.resetStats();
    const error = await withExcel(fake, () => computeAndFill(OPTIONS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditedSheetsError);
    expect(error).toMatchObject({
      sheets: ["DS tặng quà"],
      code: "EditedSheets",
      message:
        "Trang tính DS tặng quà đã được sửa tay sau lần tính trước; chạy lại sẽ thay bằng bản mới và mất phần sửa đó.",
    });
    expect(dump(fake)).toBe(before);
    // Only the three reading syncs ran (sheet list, used ranges with the generated sheets, input values): reads.
    expect(fake.syncs).toHaveLength(3);
    expect(
      fake.syncs.flatMap((sync) => sync.names).filter((name) => !/load|Null|getUsed/.test(name)),
    ).toEqual([]);
  });

  it("lists every edited sheet, in English too", async () => {
    const fake = await computed();
    edit(fake, "Báo cáo", 0, 0, "BÁO CÁO (bản sửa)");
    edit(fake, "DS khen thưởng", 40, 12, 1);
    await expect(withExcel(fake, () => computeAndFill({ ...OPTIONS, locale: "en" }))).rejects.toMatchObject({
      sheets: ["DS khen thưởng", "Báo cáo"],
      message:
        "Sheets DS khen thưởng, Báo cáo were edited by hand since the last run; running again replaces them with new versions and loses those edits.",
    });
  });

  it("is replaced when the clerk says so, and is then the same as a clean run's", async () => {
    const clean = await computed();
    const fake = await computed();
    edit(fake, "DS tặng quà", 5, 8, "Đã nhận");
    const report = await withExcel(fake, () => computeAndFill({ ...OPTIONS, replaceEditedSheets: true }));
    expect(report.sheets).toEqual([...GENERATED_SHEETS]);
    const sheets = (f: ExcelFake) =>
      JSON.stringify(f.dump().filter((s) => (GENERATED_SHEETS as readonly string[]).includes(s.name)));
    expect(sheets(fake)).toBe(sheets(clean));
    // Stamped afresh: the next run asks nothing.
    await withExcel(fake, () => computeAndFill(OPTIONS));
  });

  it("stops Validate only when Kiểm tra, the one sheet it replaces, was edited", async () => {
    const fake = await computed();
    edit(fake, "DS tặng quà", 5, 8, "Đã nhận");
    await withExcel(fake, () => validate(OPTIONS));
    edit(fake, "Kiểm tra", 3, 4, "Đã xem");
    await expect(withExcel(fake, () => validate(OPTIONS))).rejects.toMatchObject({ sheets: ["Kiểm tra"] });
    await withExcel(fake, () => validate({ ...OPTIONS, replaceEditedSheets: true }));
    // Compute & fill still sees the list edited earlier.
    await expect(withExcel(fake, () => computeAndFill(OPTIONS))).rejects.toMatchObject({
      sheets: ["DS tặng quà"],
    });
  });

  it("is not flagged for a change of format only, nor once emptied, nor without a stamp (an older version's)", async () => {
    const fake = await computed();
    fake.sheet("DS tặng quà").cellForWrite(5, 8).style.bold = true;
    fake.sheet("Kiểm tra").cells.clear();
    await withExcel(fake, () => computeAndFill(OPTIONS));

    const older = await computed();
    edit(older, "DS tặng quà", 5, 8, "Đã nhận");
    older.sheet(STAMP_SHEET).visibility = "Hidden";
    older.model.deleteSheet(older.sheet(STAMP_SHEET));
    await withExcel(older, () => computeAndFill(OPTIONS));
    expect(older.sheet(STAMP_SHEET).visibility).toBe("VeryHidden");
  });

  it("is told apart from the command line's report workbook as written, opened in Excel with the add-in", async () => {
    const cli = await cliReportWorkbook(sampleWorkbook());
    const fake = fakeOf({ sheets: cli.worksheets.map(asSeed) });
    await withExcel(fake, () => computeAndFill(OPTIONS));
    const edited = fakeOf({ sheets: cli.worksheets.map(asSeed) });
    edit(edited, "DS khen thưởng", 6, 1, "Nguyễn Văn Sửa");
    await expect(withExcel(edited, () => computeAndFill(OPTIONS))).rejects.toMatchObject({
      sheets: ["DS khen thưởng"],
    });
  });

  it("passes through friendlyError untouched: it is a question for the clerk, not a failure", () => {
    const error = EditedSheetsError.of(["Báo cáo"], "vi");
    expect(friendlyError(error, "en")).toBe(error);
  });
});

describe("the stamp", () => {
  it("lives in one very hidden sheet, before the generated sheets, as text", async () => {
    const fake = await computed();
    const names = fake.sheetNames();
    expect(names.slice(-5)).toEqual([STAMP_SHEET, ...GENERATED_SHEETS]);
    expect(fake.sheet(STAMP_SHEET).visibility).toBe("VeryHidden");
    const rows = fake.values(STAMP_SHEET);
    expect(rows.map((row) => row[0])).toEqual(["Sheet", ...GENERATED_SHEETS]);
    for (const row of rows.slice(1)) {
      expect(row[1]).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
      expect(row[2]).toBeNull();
    }
    expect(fake.sheet(STAMP_SHEET).cell(1, 1)?.style.numberFormat).toBe("@");
  });

  it("keeps the stamp before a change, so that a run dying half-way through its last sync is not taken for an edit", async () => {
    const fake = await computed();
    const first = fake.values(STAMP_SHEET).map((row) => row[1]);
    edit(fake, "Con", 8, 1, "Trần Thị Mới");
    fake.resetStats();
    // The swap sync (5th) dies right after writing the stamps (screen updating, format, values), before any swap.
    fake.failAt({ sync: 5, afterActions: 3, code: "GeneralException" });
    await expect(withExcel(fake, () => computeAndFill(OPTIONS))).rejects.toThrow();
    fake.failAt(null);
    // The new stamps are in, the old sheets still in place, and the old stamps beside the new ones.
    const stamps = fake.values(STAMP_SHEET);
    const changed = GENERATED_SHEETS.filter((_, i) => stamps[i + 1][1] !== first[i + 1]);
    expect(changed).toContain("DS khen thưởng");
    GENERATED_SHEETS.forEach((_, i) =>
      expect(stamps[i + 1][2]).toBe(stamps[i + 1][1] === first[i + 1] ? null : first[i + 1]),
    );
    await withExcel(fake, () => computeAndFill(OPTIONS));
  });
});

/** A sheet of an exceljs workbook as Excel shows it: a merged area's value in its first cell only. */
function asSeed(sheet: ExcelJS.Worksheet) {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const slave = cell.isMerged && cell.master.address !== cell.address;
      rows[r - 1][c - 1] = slave ? null : toEngineCell(cell.value);
    });
  });
  return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
}

describe("every operation run twice", () => {
  it.each([
    ["setUp", () => setUp(OPTIONS)],
    ["validate", () => validate({ ...OPTIONS, activate: true })],
    ["computeAndFill", () => computeAndFill(OPTIONS)],
    ["exportReportWorkbook", () => exportReportWorkbook(OPTIONS)],
    ["selectIssueCell", () => selectIssueCell("Con", "C7")],
    ["clearGeneratedSheets", () => clearGeneratedSheets()],
  ] as const)("%s: the second run asks nothing and leaves identical sheets", async (_name, operation) => {
    const fake = await computed();
    await withExcel(fake, operation);
    const first = dump(fake);
    await withExcel(fake, operation);
    expect(dump(fake)).toBe(first);
  });

  it("setUp on an empty workbook, then Compute & fill: identical the second time round", async () => {
    const fake = ExcelFake.fromSheets([{ name: "Sheet1", rows: [] }]);
    await withExcel(fake, () => setUp(OPTIONS).then(() => computeAndFill(OPTIONS)));
    const first = dump(fake);
    await withExcel(fake, () => setUp(OPTIONS).then(() => computeAndFill(OPTIONS)));
    expect(dump(fake)).toBe(first);
  });
});

describe("co-authoring: each operation reads the workbook afresh", () => {
  it("sees a co-author's changes made since the last operation, and leaves a renamed copy alone", async () => {
    const fake = await computed();
    const before = fake.values("DS tặng quà");
    // A co-author adds a child, deletes one list, and keeps the report under another name.
    const children = fake.sheet("Con");
    const last = children.usedArea(true)!;
    const template = last.row + last.rows - 1;
    for (let c = 0; c < last.columns; c += 1) {
      const cell = children.cell(template, c);
      if (cell?.content) children.cellForWrite(template + 1, c).content = cell.content;
    }
    edit(fake, "Con", template + 1, 1, "Con Mới Thêm");
    fake.model.deleteSheet(fake.sheet("DS khen thưởng"));
    fake.model.renameSheet(fake.sheet("Báo cáo"), "Báo cáo (bản giữ)");
    const kept = JSON.stringify(fake.values("Báo cáo (bản giữ)"));
    await withExcel(fake, () => computeAndFill(OPTIONS));
    expect(fake.sheetNames()).toEqual(expect.arrayContaining([...GENERATED_SHEETS, "Báo cáo (bản giữ)"]));
    expect(JSON.stringify(fake.values("Báo cáo (bản giữ)"))).toBe(kept);
    expect(fake.values("DS tặng quà").flat()).toContain("Con Mới Thêm");
    expect(fake.values("DS tặng quà")).not.toEqual(before);
  });
});

describe("a generated sheet too large to read with the sheet list", () => {
  it("is read in batches instead, and an edit far below the list is still found", async () => {
    const fake = fakeOf(sampleWorkbook(), { payloadLimitBytes: 1024 * 1024 });
    await withExcel(fake, () => computeAndFill(OPTIONS));
    // A co-author's note typed far below and to the right: the used range grows to 30 000 × 30 cells (~2.7 MB).
    edit(fake, "DS tặng quà", 29_999, 29, "ghi chú");
    fake.resetStats();
    await expect(withExcel(fake, () => computeAndFill(OPTIONS))).rejects.toMatchObject({
      sheets: ["DS tặng quà"],
    });
    // The sheet list, then the used ranges with the generated sheets' values: too large; then without them.
    expect(fake.syncs[1]).toMatchObject({ failed: true });
    expect(fake.syncs.length).toBeGreaterThan(3);
    expect([fake.syncs[0], ...fake.syncs.slice(2)].every((sync) => !sync.failed)).toBe(true);
    await withExcel(fake, () => computeAndFill({ ...OPTIONS, replaceEditedSheets: true }));
    expect(fake.sheet("DS tặng quà").usedArea(true)!.rows).toBeLessThan(1000);
  }, 60_000);
});
