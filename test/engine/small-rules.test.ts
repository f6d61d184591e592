/**
 * Small rules the bigger tests pass through without pinning: error literals as Office.js hands them, a sheet name
 * quoted in a link, the cost check's cell, a review mark beside no setting, and the command line's JSON summary.
 */
import { campaignSummary } from "../../src/engine";
import { sheetReference } from "../../src/engine/a1";
import { isCellError, isExcelErrorLiteral } from "../../src/engine/cell";
import { baseSheets, headerOf, issuesOf, run } from "../support/workbook-builder";

describe("cells", () => {
  test("an error literal is recognised whatever its case and spaces", () => {
    expect(isExcelErrorLiteral(" #n/a ")).toBe(true);
    expect(isExcelErrorLiteral("#Div/0!")).toBe(true);
    expect(isExcelErrorLiteral("#N/A là lỗi")).toBe(false);
  });

  test("an error cell is an object with the error's text; nothing else is", () => {
    expect(isCellError({ error: "#N/A" })).toBe(true);
    expect(isCellError({ error: 7 } as never)).toBe(false);
    expect(isCellError({} as never)).toBe(false);
    expect(isCellError("#N/A")).toBe(false);
    expect(isCellError(null)).toBe(false);
  });

  test("a sheet name with an apostrophe is quoted as Excel quotes it", () => {
    expect(sheetReference("Con", "C7")).toBe("'Con'!C7");
    expect(sheetReference("Bé's list", "A1")).toBe("'Bé''s list'!A1");
  });
});

describe("the cost check and the review marks", () => {
  test("COST_MISMATCH points at the activity's Kinh phí cell", () => {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      ["01/06/2024", "Tặng quà", "Quà 1/6", null, null, null, 999_000, null, null],
    ];
    const [mismatch] = issuesOf(run(sheets), "COST_MISMATCH");
    expect(mismatch).toMatchObject({
      sheet: "Hoạt động",
      column: "Kinh phí",
      cell: "G2",
      severity: "warning",
    });
    expect(mismatch.message).toMatch(/^Ô G2: kinh phí hoạt động “Tặng quà” là 999\.000 đồng/);
  });

  test("a review mark beside no setting marks nothing", () => {
    const sheets = baseSheets();
    sheets["Cấu hình"][0] = ["Mục", "Giá trị", "Xem lại"];
    sheets["Cấu hình"].push([null, null, "Cần xem lại"], ["Người ký", "Triệu Ngọc Trung", "cần xem lại"]);
    expect(issuesOf(run(sheets), "SETTING_REVIEW").map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^Mục “Người ký” \(“Triệu Ngọc Trung”\)/),
    ]);
  });
});

describe("campaignSummary (the command line's --json)", () => {
  test("names the award rule in Vietnamese and gives the outputs only when asked", () => {
    const result = run(baseSheets());
    const summary = campaignSummary(result);
    expect(summary.awards.rule).toBe(result.awards.rule === "highest" ? "Cao nhất" : "Cộng dồn");
    expect(["Cao nhất", "Cộng dồn"]).toContain(summary.awards.rule);
    expect("outputs" in summary).toBe(false);
    expect(campaignSummary(result, { workbook: "a.report.xlsx", docx: "a.report.docx" }).outputs).toEqual({
      workbook: "a.report.xlsx",
      docx: "a.report.docx",
    });
    expect(campaignSummary(result, { workbook: null, docx: null }).outputs).toEqual({
      workbook: null,
      docx: null,
    });
  });

  test("the other rule reads Cộng dồn", () => {
    const sheets = baseSheets();
    const rule = sheets["Cấu hình"].find((row) => row[0] === "Cách tính khen thưởng");
    expect(rule).toBeDefined();
    const result = run(sheets);
    rule![1] = result.awards.rule === "highest" ? "Cộng dồn" : "Cao nhất";
    const other = campaignSummary(run(sheets));
    expect(other.awards.rule).not.toBe(campaignSummary(result).awards.rule);
  });
});
