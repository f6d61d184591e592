import ExcelJS from "exceljs";
import { CATALOG_SHEET, INPUT_SHEETS, inputTemplates, runCampaign } from "../../src/engine";
import { setUp } from "../../src/excel";
import { readSnapshot } from "../../src/excel/read-workbook";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { writeInputSheets } from "../support/exceljs-tracker";
import { toEngineCell } from "../support/exceljs-cell-value";
import { ExcelFake } from "../support/excel-fake";
import { fakeOf, OPTIONS, TODAY, withExcel } from "./kit";

const INPUT_NAMES = INPUT_SHEETS.map((sheet) => sheet.name);
const emptyWorkbook = (options?: { apiVersion?: number }) =>
  ExcelFake.fromSheets([{ name: "Sheet1", rows: [] }], options);
const inputDump = (fake: ExcelFake) =>
  JSON.stringify(fake.dump().filter((sheet) => INPUT_NAMES.includes(sheet.name as never)));

describe("Set up on an empty workbook", () => {
  it("creates the eight input sheets as tables, in the contract's order, and the hidden drop-down catalog", async () => {
    const fake = emptyWorkbook();
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.created).toEqual(INPUT_NAMES);
    expect(report.catalog).toBe("created");
    expect(report.fallbacks).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Sheet1", ...INPUT_NAMES, CATALOG_SHEET]);
    expect(fake.sheet(CATALOG_SHEET).visibility).toBe("Hidden");
    const tables = fake
      .dump()
      .flatMap((sheet) => sheet.tables.map((table) => `${sheet.name}: ${table.name} ${table.address}`));
    expect(tables).toEqual([
      "Cấu hình: tblCauHinh A1:C28", // C: `Xem lại`, the review mark of `init --from`
      "Đơn vị: tblDonVi A1:B2",
      "Cán bộ: tblCanBo A1:F2",
      "Con: tblCon A1:I2",
      "Mức khen thưởng: tblMucKhenThuong A1:C10",
      "Ủng hộ: tblUngHo A1:F2",
      "Hoạt động: tblHoatDong A1:I2",
      "Khẩu hiệu: tblKhauHieu A1:C13",
    ]);
    for (const name of INPUT_NAMES) expect(fake.sheet(name).frozenRows).toBe(1);
  });

  it("leaves Cấu hình in front with its agency value selected, for the clerk to check, in no extra sync", async () => {
    const fake = emptyWorkbook();
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.settingsOpened).toBe(true);
    expect(fake.model.activeSheet?.name).toBe("Cấu hình");
    const selection = fake.model.selection!;
    expect(selection.sheet).toBe("Cấu hình");
    // The selected cell is the value beside the "Cơ quan" key.
    const values = fake.values("Cấu hình");
    expect(values[selection.area.row][selection.area.column - 1]).toBe("Cơ quan");
    expect(selection.area.column).toBe(1);
    // Queued into the swap sync: an empty workbook still takes its three (sync-counts.test.ts's table is unchanged).
    expect(report.syncs).toBe(3);
  });

  it("writes the same values and number formats as `action-month init`, cell by cell", async () => {
    const fake = emptyWorkbook();
    await withExcel(fake, () => setUp(OPTIONS));
    const written = new ExcelJS.Workbook();
    writeInputSheets(written, inputTemplates());
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load(await written.xlsx.writeBuffer());
    const differences: string[] = [];
    for (const name of INPUT_NAMES) {
      const expected = cli.getWorksheet(name)!;
      const actual = fake.sheet(name);
      expected.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const mine = actual.cell(r - 1, c - 1);
          const value = mine?.content ? ("value" in mine.content ? mine.content.value : mine.content) : null;
          if (JSON.stringify(toEngineCell(cell.value)) !== JSON.stringify(value))
            differences.push(`${name}!${cell.address} value`);
          if ((cell.numFmt ?? "General") !== (mine?.style.numberFormat ?? "General"))
            differences.push(`${name}!${cell.address} format ${cell.numFmt} ≠ ${mine?.style.numberFormat}`);
        }),
      );
    }
    expect(differences).toEqual([]);
  });

  it("points the drop-downs at the unit list, the award tiers and the catalog", async () => {
    const fake = emptyWorkbook();
    await withExcel(fake, () => setUp(OPTIONS));
    const dump = fake.dump();
    const sources = (sheet: string) =>
      Object.fromEntries(dump.find((s) => s.name === sheet)!.validations.map((v) => [v.address, v.source]));
    expect(sources("Cán bộ")).toEqual({
      "E2:E1001": "='Đơn vị'!$B$2:$B$1001",
      "C2:C1001": "='Danh mục'!$C$2:$C$3",
    });
    expect(sources("Con")).toMatchObject({
      "G2:G1001": "='Mức khen thưởng'!$A$2:$A$1010",
      "H2:H1001": "='Mức khen thưởng'!$A$2:$A$1010",
      "E2:E1001": "='Danh mục'!$D$2:$D$14",
    });
    expect(sources("Hoạt động")).toMatchObject({ "B2:B1001": "='Danh mục'!$A$2:$A$8" });
    expect(dump.find((s) => s.name === "Con")!.validations[0]).toMatchObject({
      errorStyle: "Warning",
      errorTitle: "Giá trị ngoài danh mục",
    });
  });

  it("leaves a workbook the engine reads with one error only: no staff yet (ROSTER_EMPTY)", async () => {
    const fake = emptyWorkbook();
    await withExcel(fake, () => setUp(OPTIONS));
    const snapshot = await withExcel(fake, () => Excel.run((context) => readSnapshot(context)));
    const result = runCampaign(snapshot, { today: TODAY });
    expect(result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.code)).toEqual([
      "ROSTER_EMPTY",
    ]);
    expect(result.slogans.total).toBe(12);
    expect(result.settings.theme).toBe("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em");
  });
});

describe("Set up is idempotent", () => {
  it("changes nothing at all when run again, and says so", async () => {
    const fake = emptyWorkbook();
    await withExcel(fake, () => setUp(OPTIONS));
    const before = JSON.stringify(fake.dump());
    fake.resetStats();
    const again = await withExcel(fake, () => setUp(OPTIONS));
    expect(JSON.stringify(fake.dump())).toBe(before);
    expect(again).toMatchObject({ created: [], catalog: "unchanged", syncs: 3 });
  });

  it("adds only the catalog to the sample, whose every user value and format stays byte for byte", async () => {
    const fake = fakeOf(sampleWorkbook());
    const before = inputDump(fake);
    const first = await withExcel(fake, () => setUp(OPTIONS));
    expect(first).toMatchObject({
      created: [],
      existing: INPUT_NAMES,
      catalog: "created",
      missingColumns: [],
    });
    expect(inputDump(fake)).toBe(before);
    const all = JSON.stringify(fake.dump());
    await withExcel(fake, () => setUp(OPTIONS));
    expect(JSON.stringify(fake.dump())).toBe(all);
  });

  it("reports an existing sheet's missing required column and leaves the sheet as it is", async () => {
    const sample = sampleWorkbook();
    const staff = sample.sheets.find((sheet) => sheet.name === "Cán bộ")!;
    // The sample's header row is its third: a title and a blank row sit above it.
    const unitColumn = staff.rows[2].indexOf("Đơn vị");
    const rows = staff.rows.map((row) => row.filter((_, c) => c !== unitColumn));
    const fake = fakeOf({
      sheets: sample.sheets.map((sheet) => (sheet === staff ? { ...staff, rows } : sheet)),
    });
    const before = inputDump(fake);
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.missingColumns.map((issue) => `${issue.code} ${issue.sheet} ${issue.column}`)).toEqual([
      "COLUMN_MISSING Cán bộ Đơn vị",
    ]);
    expect(inputDump(fake)).toBe(before);
  });

  it("takes a sheet named without diacritics for the contract's, at the cost of one more sync", async () => {
    const sample = sampleWorkbook();
    const fake = fakeOf({
      sheets: sample.sheets.map((sheet) => (sheet.name === "Cán bộ" ? { ...sheet, name: "Can bo" } : sheet)),
    });
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.created).toEqual([]);
    expect(fake.sheetNames()).not.toContain("Cán bộ");
    expect(report.syncs).toBe(5);
  });

  it("rewrites a catalog someone changed, in place, so that drop-downs pointing at it keep working", async () => {
    const fake = emptyWorkbook();
    await withExcel(fake, () => setUp(OPTIONS));
    fake.sheet(CATALOG_SHEET).cellForWrite(1, 0).content = { kind: "string", value: "Sửa tay" };
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.catalog).toBe("updated");
    expect(fake.values(CATALOG_SHEET)[1][0]).toBe("Tin bài trên website");
    expect(fake.dump().find((s) => s.name === "Hoạt động")!.validations[0].source).toBe(
      "='Danh mục'!$A$2:$A$8",
    );
  });

  it("names a new table apart from an existing one of the same name", async () => {
    const fake = emptyWorkbook();
    fake.model.addTable(fake.sheet("Sheet1"), { row: 0, column: 0, rows: 2, columns: 1 }, true).name =
      "tblCon";
    await withExcel(fake, () => setUp(OPTIONS));
    expect(fake.dump().find((s) => s.name === "Con")!.tables[0].name).toBe("tblCon2");
  });
});

describe("Set up on ExcelApi 1.7", () => {
  it("creates the sheets without drop-downs or page setup, and says which fallbacks it took", async () => {
    const fake = emptyWorkbook({ apiVersion: 1.7 });
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.created).toEqual(INPUT_NAMES);
    expect(report.fallbacks).toEqual(["dropDowns", "pageLayout", "screenUpdating"]);
    expect(report.dropDownsSkipped).toContainEqual({
      sheet: "Cán bộ",
      column: "Đơn vị",
      reason: "unsupported",
    });
    expect(fake.dump().flatMap((sheet) => sheet.validations)).toEqual([]);
    expect(fake.calls("suspendScreenUpdatingUntilNextSync")).toBe(0);
    expect(fake.calls("suspendApiCalculationUntilNextSync")).toBeGreaterThan(0);
  });
});
