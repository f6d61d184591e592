import { GENERATED_SHEETS, type WorkbookSnapshot } from "../../src/engine";
import { computeAndFill, setUp, validate } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { syntheticWorkbook } from "../support/synthetic-workbook";
import { cliGeneratedWorkbook, fakeOf, OPTIONS, sheetDifferences, withExcel } from "./kit";

/**
 * The add-in and the command line write the same generated sheets for the same workbook: the sample goes through
 * Set up → Validate → Compute & fill in the fake, and each generated sheet is compared cell by cell with what
 * `action-month report` writes through exceljs (written to a buffer and read back).
 */
/** The sample with a date of birth that cannot be read: an error, so the report is a DỰ THẢO. */
function sampleWithError(): WorkbookSnapshot {
  const sample = sampleWorkbook();
  return {
    sheets: sample.sheets.map((sheet) =>
      sheet.name === "Con"
        ? {
            ...sheet,
            rows: sheet.rows.map((row, r) =>
              r === 5 ? row.map((cell, c) => (c === 2 ? "31/02/2015" : cell)) : row,
            ),
          }
        : sheet,
    ),
  };
}

describe("generated sheets, add-in against command line", () => {
  it.each([
    ["the bundled sample", sampleWorkbook],
    ["a synthetic roster of 300 staff", () => syntheticWorkbook({ staff: 300 })],
    ["a workbook with errors (a draft report)", sampleWithError],
  ])(
    "are equal cell by cell on %s: values, formats, look, links, merges and sizes",
    async (_name, workbook) => {
      const fake = fakeOf(workbook());
      await withExcel(fake, async () => {
        await setUp(OPTIONS);
        await validate(OPTIONS);
        await computeAndFill(OPTIONS);
      });
      const cli = await cliGeneratedWorkbook(workbook());
      for (const name of GENERATED_SHEETS) {
        expect(sheetDifferences(cli.getWorksheet(name)!, fake.sheet(name))).toEqual([]);
      }
      expect(String(fake.values("Báo cáo")[0][0]).includes("DỰ THẢO")).toBe(workbook === sampleWithError);
    },
  );

  it("places the generated sheets after the input sheets, in the contract's order, visible", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    const names = fake.sheetNames();
    expect(names.slice(-4)).toEqual([...GENERATED_SHEETS]);
    expect(GENERATED_SHEETS.map((name) => fake.sheet(name).visibility)).toEqual([
      "Visible",
      "Visible",
      "Visible",
      "Visible",
    ]);
  });

  it("writes the same values in English, where only Kiểm tra's labels change", async () => {
    const fake = fakeOf(sampleWorkbook());
    const report = await withExcel(fake, () => validate({ ...OPTIONS, locale: "en" }));
    expect(fake.values("Kiểm tra")[0][0]).toBe("DATA CHECK RESULTS");
    expect(fake.values("Kiểm tra").length).toBe(3 + report.result.issues.length);
  });
});
