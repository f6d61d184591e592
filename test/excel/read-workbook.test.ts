import { runCampaign } from "../../src/engine";
import { computeAndFill, validate } from "../../src/excel";
import { readSnapshot } from "../../src/excel/read-workbook";
import { snapshotOf as cliSnapshotOf } from "../support/exceljs-snapshot";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { ExcelFake } from "../support/excel-fake";
import { CONTRACT_INPUT_SHEETS } from "../support/contract";
import { fakeOf, OPTIONS, TODAY, withExcel } from "./kit";

const read = (fake: ExcelFake) => withExcel(fake, () => Excel.run((context) => readSnapshot(context)));

describe("reading the workbook", () => {
  it("gives the engine what the command line gives it, in three syncs", async () => {
    const fake = fakeOf(sampleWorkbook());
    const snapshot = await read(fake);
    // The sheet list; the used ranges of the sheets it found; their values.
    expect(fake.syncCount).toBe(3);
    const summary = (s: typeof snapshot) => JSON.stringify(runCampaign(s, { today: TODAY }).issues);
    expect(summary(snapshot)).toBe(summary(sampleWorkbook()));
  });

  it("reads the input sheets, and of the generated ones only the one it replaces, with the stamps", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    fake.resetStats();
    await withExcel(fake, () => validate(OPTIONS));
    const sheets = new Set(fake.valueReads.map((read) => read.split("!")[0]));
    expect([...sheets]).toEqual([
      // To tell whether Kiểm tra was edited by hand since (sheet-stamps.ts): read with the sheet list, in sync 1.
      "Kiểm tra",
      "Dấu sheet tạo",
      ...CONTRACT_INPUT_SHEETS,
    ]);
  });

  it("takes error literals for error values, empty cells for blanks, and keeps Excel's row and column numbers", async () => {
    const fake = ExcelFake.fromSheets([
      {
        name: "Con",
        rows: [
          [],
          [],
          [null, null, "Mã CB", "Họ và tên con", "Ngày sinh"],
          [null, null, "VP01", { error: "#N/A" }, 41000],
          [null, null, "VP02", "", true],
        ],
      },
    ]);
    const snapshot = await read(fake);
    const grid = snapshot.sheets[0];
    expect(grid).toMatchObject({ name: "Con", firstRow: 1, firstColumn: 1 });
    expect(grid.rows.slice(2)).toEqual([
      [null, null, "Mã CB", "Họ và tên con", "Ngày sinh"],
      [null, null, "VP01", { error: "#N/A" }, 41000],
      [null, null, "VP02", null, true],
    ]);
    const issue = runCampaign(snapshot, { today: TODAY }).issues.find((i) => i.code === "VALUE_ERROR");
    expect(issue).toMatchObject({ sheet: "Con", row: 4, cell: "D4" });
  });

  it("retries with smaller batches when Excel finds a response too large, and reads everything", async () => {
    const sample = sampleWorkbook();
    const note = "Ghi chú rất dài. ".repeat(120); // ~2 KB of text per row
    const children = sample.sheets.find((sheet) => sheet.name === "Con")!;
    const header = children.rows.findIndex((row) => row.includes("Ghi chú"));
    const noteColumn = children.rows[header].indexOf("Ghi chú");
    const row = children.rows[header + 1];
    const many = Array.from({ length: 3000 }, (_, i) =>
      row.map((cell, c) => (c === noteColumn ? `${i} ${note}` : cell)),
    );
    const heavy = {
      sheets: sample.sheets.map((sheet) =>
        sheet === children ? { ...sheet, rows: [...children.rows.slice(0, header + 1), ...many] } : sheet,
      ),
    };
    const fake = fakeOf(heavy);
    const snapshot = await read(fake);
    const con = snapshot.sheets.find((sheet) => sheet.name === "Con")!;
    expect(con.rows).toHaveLength(header + 1 + 3000);
    expect(con.rows[header + 3000][noteColumn]).toBe(`2999 ${note}`);
    expect(fake.syncs.some((sync) => sync.failed)).toBe(true);
    expect(fake.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("equals the command line's reading of the same values", async () => {
    const fake = fakeOf(sampleWorkbook());
    const fromExcel = await read(fake);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    for (const sheet of sampleWorkbook().sheets) {
      const ws = workbook.addWorksheet(sheet.name);
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => cell !== null && (ws.getCell(r + 1, c + 1).value = cell as never)),
      );
    }
    const fromFile = cliSnapshotOf(workbook);
    const trim = (rows: readonly (readonly unknown[])[]) =>
      rows
        .map((row) => [...row])
        .map((row) => {
          while (row.length && row[row.length - 1] === null) row.pop();
          return row;
        });
    for (const sheet of fromFile.sheets) {
      expect(trim(fromExcel.sheets.find((s) => s.name === sheet.name)!.rows)).toEqual(trim(sheet.rows));
    }
  });
});
