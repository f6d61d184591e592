import { type Cell, runCampaign, type WorkbookSnapshot } from "../../src/engine";
import { prepareNextYear, validate } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { readSnapshot } from "../../src/xlsx/read-snapshot";
import { fakeOf, OPTIONS, withExcel } from "./kit";

/** The workbook `Excel.createWorkbook` was given, read back as the command line reads a file. */
async function createdWorkbook(base64: string): Promise<WorkbookSnapshot> {
  return readSnapshot(Buffer.from(base64, "base64"));
}

/** A sheet's rows with blank cells as null and no trailing blanks: what a file keeps of them. */
function rowsOf(snapshot: WorkbookSnapshot, name: string): Cell[][] {
  return snapshot.sheets
    .find((sheet) => sheet.name === name)!
    .rows.map((row) => {
      const cells = Array.from(row, (cell) => cell ?? null);
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
}

describe("prepareNextYear (Chuẩn bị năm sau)", () => {
  it("opens next year's tracker as a new workbook and leaves every sheet of this one as it was", async () => {
    const fake = fakeOf(sampleWorkbook());
    // A workbook after a season's use: the generated `Kiểm tra` sheet is there too.
    await withExcel(fake, () => validate(OPTIONS));
    const before = fake.dump();
    const namesBefore = fake.sheetNames();
    fake.resetStats();

    const report = await withExcel(fake, () => prepareNextYear({ locale: "vi" }));

    expect(fake.dump()).toEqual(before);
    expect(fake.sheetNames()).toEqual(namesBefore);
    expect(report).toMatchObject({ opened: true, fromYear: 2024, year: 2025, fallbacks: [] });
    // Three round trips whatever the roster's size: list the sheets, check which exist, read their values.
    expect(report.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);

    expect(fake.model.createdWorkbooks).toHaveLength(1);
    const created = await createdWorkbook(fake.model.createdWorkbooks[0]);
    expect(created.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining([
        "Cấu hình",
        "Đơn vị",
        "Cán bộ",
        "Con",
        "Mức khen thưởng",
        "Ủng hộ",
        "Hoạt động",
      ]),
    );
    expect(created.sheets.map((sheet) => sheet.name)).not.toContain("Kiểm tra");

    const result = runCampaign(created, { today: "2025-07-05" });
    expect(result.counts.error).toBe(0);
    expect(result.settings).toMatchObject({
      year: 2025,
      referenceDate: "2025-06-01",
      deadline: "2025-07-22",
    });
    const review = result.issues.filter((issue) => issue.code === "SETTING_REVIEW");
    expect(review.map((issue) => issue.cell)).toHaveLength(report.reviewed.length);
    expect(report.reviewed).toEqual(expect.arrayContaining(["Cơ quan", "Người ký", "Căn cứ"]));

    // The rows came from this workbook: staff as they were, children still all there, money and activities gone.
    const sample = { sheets: sampleWorkbook().sheets };
    expect(rowsOf(created, "Cán bộ")).toEqual(rowsOf(sample, "Cán bộ"));
    expect(rowsOf(created, "Con")).toHaveLength(rowsOf(sample, "Con").length);
    expect(result.contributions.total).toBe(0);
    expect(result.activities.count).toBe(0);
  });

  it("on ExcelApi 1.7 reads and makes nothing, and says so through its fallback", async () => {
    const fake = fakeOf(sampleWorkbook(), { apiVersion: 1.7 });
    const before = fake.dump();
    const report = await withExcel(fake, () => prepareNextYear({ locale: "vi" }));
    expect(report).toMatchObject({ opened: false, syncs: 0, fallbacks: ["createWorkbook"] });
    expect(fake.model.createdWorkbooks).toEqual([]);
    expect(fake.syncCount).toBe(0);
    expect(fake.dump()).toEqual(before);
  });
});
