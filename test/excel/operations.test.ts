import ExcelJS from "exceljs";
import { GENERATED_SHEETS } from "../../src/engine";
import {
  clearGeneratedSheets,
  computeAndFill,
  exportReportWorkbook,
  selectIssueCell,
  validate,
} from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { fakeOf, OPTIONS, withExcel } from "./kit";

describe("selectIssueCell", () => {
  it("brings the sheet to the front and selects the cell, in one sync", async () => {
    const fake = fakeOf(sampleWorkbook());
    const report = await withExcel(fake, () => selectIssueCell("Con", "C7"));
    expect(report.syncs).toBe(1);
    expect(fake.model.activeSheet?.name).toBe("Con");
    expect(fake.model.selection).toEqual({ sheet: "Con", area: { row: 6, column: 2, rows: 1, columns: 1 } });
  });

  it("says so in the clerk's language when the sheet is gone", async () => {
    const fake = fakeOf(sampleWorkbook());
    await expect(
      withExcel(fake, () => selectIssueCell("Không có", "A1", { locale: "vi" })),
    ).rejects.toMatchObject({
      code: "ItemNotFound",
      message: expect.stringContaining("Không tìm thấy một trang tính"),
    });
  });
});

describe("Validate and Compute & fill", () => {
  it("return the engine's result and how many syncs they made", async () => {
    const fake = fakeOf(sampleWorkbook());
    const progress: string[] = [];
    const report = await withExcel(fake, () =>
      computeAndFill({ ...OPTIONS, onProgress: (step) => progress.push(step) }),
    );
    expect(report).toMatchObject({ draft: false, sheets: [...GENERATED_SHEETS], syncs: 5, fallbacks: [] });
    expect(report.result.counts).toEqual({ error: 0, warning: 1, info: 8 });
    expect([...new Set(progress)]).toEqual(["reading", "checking", "computing", "writing", "finishing"]);
    expect(fake.calls("suspendApiCalculationUntilNextSync")).toBe(1);
    expect(fake.calls("suspendScreenUpdatingUntilNextSync")).toBe(2);
  });

  it("bring Kiểm tra back to the front when it was the active sheet", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => validate({ ...OPTIONS, activate: true }));
    expect(fake.model.activeSheet?.name).toBe("Kiểm tra");
    expect(fake.model.selection?.area).toEqual({ row: 1, column: 0, rows: 1, columns: 1 });
    await withExcel(fake, () => validate(OPTIONS));
    expect(fake.model.activeSheet?.name).toBe("Kiểm tra");
  });

  it("on ExcelApi 1.7 write the same cells without page setup, and say so", async () => {
    const modern = fakeOf(sampleWorkbook());
    const old = fakeOf(sampleWorkbook(), { apiVersion: 1.7 });
    await withExcel(modern, () => computeAndFill(OPTIONS));
    const report = await withExcel(old, () => computeAndFill(OPTIONS));
    expect(report.fallbacks).toEqual(["pageLayout", "screenUpdating"]);
    for (const name of GENERATED_SHEETS) {
      expect(old.dump().find((s) => s.name === name)!.cells).toEqual(
        modern.dump().find((s) => s.name === name)!.cells,
      );
      expect(old.sheet(name).pageLayout).toEqual({ margins: {}, headersFooters: { defaultForAllPages: {} } });
    }
    expect(modern.sheet("DS tặng quà").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
    });
    // The `Báo cáo` sheet prints as the document: Decree 30 margins (points: 20, 20, 30, 15 mm), the page number
    // in the header from page 2, and the report only (the links to the lists are outside the print area).
    const layout = modern.sheet("Báo cáo").pageLayout;
    const mm = (points: number | undefined) => Math.round(((points ?? NaN) / 72) * 25.4);
    expect(
      [layout.margins.top, layout.margins.bottom, layout.margins.left, layout.margins.right].map(mm),
    ).toEqual([20, 20, 30, 15]);
    expect(layout.headersFooters).toEqual({
      state: "FirstAndDefault",
      defaultForAllPages: expect.objectContaining({ centerHeader: '&"Times New Roman,Regular"&13&P' }),
    });
    const printed = Number(/^\$A\$1:\$H\$(\d+)$/.exec(layout.printArea ?? "")?.[1]);
    const values = modern.values("Báo cáo");
    expect(values.slice(0, printed).flat()).toContain("Triệu Ngọc Trung");
    expect(values.slice(printed).flat()).toContain("Phụ lục I: xem trang tính DS tặng quà");
  });
});

describe("exportReportWorkbook", () => {
  it("opens the whole report — Báo cáo and both lists — as a new workbook that Excel can read", async () => {
    const fake = fakeOf(sampleWorkbook());
    const report = await withExcel(fake, () => exportReportWorkbook(OPTIONS));
    expect(report).toMatchObject({
      opened: true,
      sheets: ["Báo cáo", "DS tặng quà", "DS khen thưởng"],
      syncs: 3,
    });
    expect(fake.model.createdWorkbooks).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(fake.model.createdWorkbooks[0], "base64") as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Báo cáo",
      "DS tặng quà",
      "DS khen thưởng",
    ]);
    expect(workbook.getWorksheet("DS tặng quà")!.getCell("A1").value).toBe(
      "DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/2024",
    );
    // Laid out for A4, as the sheets in the workbook are.
    for (const sheet of workbook.worksheets) expect(sheet.pageSetup.paperSize).toBe(9);
  });

  it("reports that it could not open a workbook on ExcelApi 1.7", async () => {
    const fake = fakeOf(sampleWorkbook(), { apiVersion: 1.7 });
    const report = await withExcel(fake, () => exportReportWorkbook(OPTIONS));
    expect(report).toMatchObject({ opened: false, fallbacks: ["createWorkbook"] });
    expect(fake.model.createdWorkbooks).toEqual([]);
  });
});

describe("clearGeneratedSheets", () => {
  it("deletes the four generated sheets and leftovers of a failed run, and nothing else", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    fake.model.addSheet("~tmp DS tặng quà");
    const inputs = sampleWorkbook().sheets.map((sheet) => sheet.name);
    const report = await withExcel(fake, () => clearGeneratedSheets());
    expect(report.deleted).toEqual([...GENERATED_SHEETS, "~tmp DS tặng quà"]);
    expect(report.syncs).toBe(3);
    expect(fake.sheetNames()).toEqual(inputs);
  });
});
