import { OfficeMockObject } from "office-addin-mock";
import { applyOp } from "../../../src/excel/apply-op";
import { detectFeatures } from "../../../src/excel/features";
import { selectIssueCell } from "../../../src/excel/operations";
import { area } from "../../../src/excel/sheet-ops";

/** The adapter's small Office-facing functions against office-addin-mock, without the fake. */

type Scope = Record<string, unknown>;
const scope = globalThis as unknown as Scope;
let saved: { Office: unknown; Excel: unknown };
beforeEach(() => (saved = { Office: scope.Office, Excel: scope.Excel }));
afterEach(() => Object.assign(scope, saved));

/** A worksheet whose getRangeByIndexes hands back one recorded mock range. */
function mockSheet() {
  const calls: string[] = [];
  const range = new OfficeMockObject({
    numberFormat: [],
    values: [],
    hyperlink: {},
    format: {
      horizontalAlignment: "",
      font: { bold: false, underline: "", color: "" },
      fill: { color: "", clear: () => calls.push("fill.clear") },
      borders: {
        getItem: (edge: string) => {
          calls.push(`border ${edge}`);
          return { style: "", weight: "", color: "" };
        },
      },
    },
    dataValidation: { rule: {}, errorAlert: {}, ignoreBlanks: false },
    merge: (across: boolean) => calls.push(`merge ${across}`),
  });
  const sheet = new OfficeMockObject({
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      calls.push(`range ${row},${column} ${rows}x${columns}`);
      return range;
    },
  });
  return { sheet: sheet as unknown as Excel.Worksheet, range: range as unknown as Excel.Range, calls };
}

describe("detectFeatures", () => {
  it("asks Office which ExcelApi sets the host has", () => {
    scope.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version) <= 1.8,
        },
      },
    });
    expect(detectFeatures()).toEqual({
      dataValidation: true,
      createWorkbook: true,
      pageLayout: false,
      suspendScreenUpdating: false,
    });
  });
});

describe("applyOp", () => {
  it("sets a number format with a 1×1 matrix, which fills the whole range", () => {
    const { sheet, range, calls } = mockSheet();
    applyOp(sheet, { op: "style", area: area(3, 0, 1000, 2), property: "numberFormat", value: "@" });
    expect(calls).toEqual(["range 3,0 1000x2"]);
    expect(range.numberFormat).toEqual([["@"]]);
  });

  it("maps the plan's look to Office's names", () => {
    const { sheet, range, calls } = mockSheet();
    applyOp(sheet, { op: "style", area: area(0, 0), property: "underline", value: true });
    applyOp(sheet, { op: "style", area: area(0, 0), property: "fontColor", value: "0563C1" });
    applyOp(sheet, { op: "style", area: area(0, 0), property: "horizontal", value: "center" });
    applyOp(sheet, { op: "style", area: area(0, 0), property: "fill", value: null });
    expect(range.format.font.underline).toBe("Single");
    expect(range.format.font.color).toBe("#0563C1");
    expect(range.format.horizontalAlignment).toBe("Center");
    expect(calls).toContain("fill.clear");
  });

  it("borders a single row without the inside horizontal edge Excel would reject", () => {
    const { sheet, calls } = mockSheet();
    applyOp(sheet, { op: "borders", area: area(2, 0, 1, 9), color: "8C8C8C" });
    expect(calls.filter((call) => call.startsWith("border"))).toEqual([
      "border EdgeTop",
      "border EdgeBottom",
      "border EdgeLeft",
      "border EdgeRight",
      "border InsideVertical",
    ]);
  });

  it("links a cell to a cell of another sheet, and makes drop-downs that warn", () => {
    const { sheet, range } = mockSheet();
    applyOp(sheet, { op: "link", area: area(3, 4), target: "'Con'!C7", text: "C7" });
    expect(range.hyperlink).toEqual({ documentReference: "'Con'!C7", textToDisplay: "C7" });
    applyOp(sheet, {
      op: "dropDown",
      area: area(1, 4, 1000, 1),
      source: "='Đơn vị'!$B$2:$B$1001",
      errorTitle: "T",
      errorMessage: "M",
    });
    expect(range.dataValidation.rule).toEqual({
      list: { inCellDropDown: true, source: "='Đơn vị'!$B$2:$B$1001" },
    });
    expect(range.dataValidation.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
  });
});

describe("selectIssueCell", () => {
  it("activates the sheet and selects the cell in its own Excel.run", async () => {
    const calls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (cell: string) => ({ select: () => calls.push(`select ${cell}`) }),
          }),
        },
      },
    });
    scope.Excel = { run: (_options: unknown, batch: (c: unknown) => Promise<unknown>) => batch(context) };
    scope.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
    await selectIssueCell("Con", "C7");
    expect(calls).toEqual(["activate Con", "select C7"]);
  });
});
