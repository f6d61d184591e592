import {
  clearGeneratedSheets,
  computeAndFill,
  exportReportWorkbook,
  type Fallback,
  selectIssueCell,
  setUp,
  validate,
} from "../../src/excel";
import { GENERATED_SHEETS } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { ExcelFake } from "../support/excel-fake";
import { fakeOf, OPTIONS, withExcel } from "./kit";

/**
 * SPEC §6: the manifest asks for ExcelApi 1.7; everything newer is feature-detected. On each host version every
 * operation either works or names, in `report.fallbacks`, what it did without (operation-types.ts words each one
 * for the pane). The fake refuses any call its version lacks, as Excel does (ApiNotFound).
 */

type Row = readonly [version: number, operation: string, fallbacks: readonly Fallback[] | null];

const TABLE: readonly Row[] = [
  [1.7, "setUp (empty workbook)", ["dropDowns", "pageLayout", "screenUpdating"]],
  [1.7, "validate", ["pageLayout", "screenUpdating"]],
  [1.7, "computeAndFill", ["pageLayout", "screenUpdating"]],
  [1.7, "exportReportWorkbook", ["createWorkbook"]],
  [1.7, "selectIssueCell", null],
  [1.7, "clearGeneratedSheets", []],
  [1.8, "setUp (empty workbook)", ["pageLayout", "screenUpdating"]],
  [1.8, "validate", ["pageLayout", "screenUpdating"]],
  [1.8, "computeAndFill", ["pageLayout", "screenUpdating"]],
  [1.8, "exportReportWorkbook", []],
  [1.8, "selectIssueCell", null],
  [1.8, "clearGeneratedSheets", []],
  [1.9, "setUp (empty workbook)", []],
  [1.9, "validate", []],
  [1.9, "computeAndFill", []],
  [1.9, "exportReportWorkbook", []],
  [1.9, "selectIssueCell", null],
  [1.9, "clearGeneratedSheets", []],
];

/** Runs one operation on a workbook in the state it expects (the sample, computed once where it matters). */
async function run(
  version: number,
  operation: string,
): Promise<{ fallbacks?: readonly Fallback[]; fake: ExcelFake }> {
  if (operation === "setUp (empty workbook)") {
    const fake = ExcelFake.fromSheets([{ name: "Sheet1", rows: [] }], { apiVersion: version });
    const report = await withExcel(fake, () => setUp(OPTIONS));
    expect(report.created).toHaveLength(8);
    expect(report.dropDownsSkipped.length > 0).toBe(version < 1.8);
    return { fallbacks: report.fallbacks, fake };
  }
  const fake = fakeOf(sampleWorkbook(), { apiVersion: version });
  await withExcel(fake, () => computeAndFill(OPTIONS));
  switch (operation) {
    case "validate": {
      const report = await withExcel(fake, () => validate({ ...OPTIONS, activate: true }));
      expect(fake.model.activeSheet?.name).toBe("Kiểm tra");
      return { fallbacks: report.fallbacks, fake };
    }
    case "computeAndFill": {
      const report = await withExcel(fake, () => computeAndFill(OPTIONS));
      expect(report.sheets).toEqual([...GENERATED_SHEETS]);
      return { fallbacks: report.fallbacks, fake };
    }
    case "exportReportWorkbook": {
      const report = await withExcel(fake, () => exportReportWorkbook(OPTIONS));
      expect(report.opened).toBe(version >= 1.8);
      expect(fake.model.createdWorkbooks).toHaveLength(version >= 1.8 ? 1 : 0);
      return { fallbacks: report.fallbacks, fake };
    }
    case "selectIssueCell": {
      await withExcel(fake, () => selectIssueCell("Con", "C7"));
      expect(fake.model.selection).toEqual({
        sheet: "Con",
        area: { row: 6, column: 2, rows: 1, columns: 1 },
      });
      return { fake };
    }
    case "clearGeneratedSheets": {
      const report = await withExcel(fake, () => clearGeneratedSheets());
      expect(report.deleted).toEqual([...GENERATED_SHEETS]);
      expect(fake.sheetNames()).toEqual(sampleWorkbook().sheets.map((sheet) => sheet.name));
      return { fallbacks: report.fallbacks, fake };
    }
  }
  throw new Error(operation);
}

describe("on each ExcelApi version", () => {
  it.each(TABLE)("%s: %s works, and names what it did without: %j", async (version, operation, expected) => {
    const { fallbacks } = await run(version, operation);
    if (expected === null) expect(fallbacks).toBeUndefined();
    else expect(fallbacks).toEqual(expected);
  });

  it("below the manifest's floor (1.6, which Office does not load the add-in on), says what is missing", async () => {
    const fake = fakeOf(sampleWorkbook(), { apiVersion: 1.6 });
    await expect(withExcel(fake, () => computeAndFill(OPTIONS))).rejects.toMatchObject({
      name: "OfficeOperationError",
      code: "ApiNotFound",
      message:
        "Phiên bản Excel này thiếu một chức năng mà thao tác cần. Hãy dùng Excel của Microsoft 365 hoặc Excel trên web.",
    });
  });
});
