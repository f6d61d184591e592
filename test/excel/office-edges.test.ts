import { GENERATED_SHEETS, SHEET } from "../../src/engine";
import {
  computeAndFill,
  EditedSheetsError,
  OfficeOperationError,
  selectIssueCell,
  validate,
} from "../../src/excel";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/payload-budget";
import { listWorkbook, OWNED_READ_MAX_CELLS } from "../../src/excel/read-workbook";
import { Session } from "../../src/excel/session";
import { area, type SheetOp } from "../../src/excel/sheet-ops";
import { writeSheets } from "../../src/excel/write-sheets";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { ExcelFake } from "../support/excel-fake";
import { fakeOf, OPTIONS, withExcel } from "./kit";

/**
 * The Office.js edges a documentation audit found (issue 12, point 5). The fake plays the host at each edge as the
 * cited pages and issues describe it; each test failed on the adapter before its fix.
 */

const FEATURES = {
  dataValidation: true,
  createWorkbook: true,
  pageLayout: true,
  suspendScreenUpdating: true,
};

/** A session on the fake, as `runSession` makes one, for calling the adapter's internals directly. */
function sessionOn(fake: ExcelFake): Promise<Session> {
  return fake.run(
    async (context: unknown) => new Session(context as unknown as Excel.RequestContext, FEATURES),
  );
}

/** What a co-author types into a cell. */
function type(fake: ExcelFake, sheet: string, row: number, column: number, text: string): void {
  fake.sheet(sheet).cellForWrite(row, column).content = { kind: "string", value: text };
}

describe("a write Excel refuses as too large", () => {
  it("is packed again at half the payload budget and completes", async () => {
    // 2 000 rows × 10 cells of ~150 bytes: ~3 MB, one batch under the 4 MB budget, over a 2.5 MB limit.
    const rows = Array.from({ length: 2_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `${r}:${c} ${"ô".repeat(70)}`),
    );
    const ops: SheetOp[] = [];
    for (let start = 0; start < rows.length; start += 100)
      ops.push({ op: "values", area: area(start, 0, 100, 10), values: rows.slice(start, start + 100) });
    const fake = ExcelFake.fromSheets([], { payloadLimitBytes: 2.5 * 1024 * 1024 });
    const session = await sessionOn(fake);
    const listing = await listWorkbook(session, []);
    fake.resetStats();

    await writeSheets(session, listing, [{ name: "Lớn", ops }]);

    const [refused, ...rest] = fake.syncs;
    expect(refused).toMatchObject({ failed: true });
    expect(refused.requestBytes).toBeGreaterThan(2.5 * 1024 * 1024);
    expect(refused.requestBytes).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(rest.every((sync) => !sync.failed && sync.requestBytes <= PAYLOAD_BUDGET_BYTES / 2 + 64_000)).toBe(
      true,
    );
    expect(fake.sheetNames()).toEqual(["Sheet1", "Lớn"]);
    expect(fake.values("Lớn")[1999][9]).toBe(rows[1999][9]);
  });
});

describe("frozen panes and print setup", () => {
  it("are applied once the new sheet is visible (freezeRows fails on a hidden sheet on some builds)", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    for (const name of [SHEET.giftList, SHEET.awardList]) {
      expect(fake.sheet(name).frozenRows).toBeGreaterThan(0);
      expect(fake.sheet(name).pageLayout.paperSize).toBe("A4");
    }
    expect(fake.sheet(SHEET.report).pageLayout.paperSize).toBe("A4");
  });
});

describe("InvalidOperation", () => {
  it("on a hidden sheet says the sheet is hidden and how to show it, not that it is protected", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => validate(OPTIONS));
    fake.model.setVisibility(fake.sheet(SHEET.issues), "Hidden");
    const error = await withExcel(fake, () => selectIssueCell(SHEET.issues, "A2")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeOperationError);
    expect((error as OfficeOperationError).code).toBe("InvalidOperation");
    expect((error as Error).message).toMatch(/đang bị ẩn/);
    expect((error as Error).message).toMatch(/Bỏ ẩn/);
    expect((error as Error).message).not.toMatch(/bảo vệ/);
  });
});

describe("a generated sheet someone typed into far below", () => {
  it("is not read whole: it counts as edited in a bounded number of syncs", async () => {
    const fake = fakeOf(sampleWorkbook(), { payloadLimitBytes: 1024 * 1024 });
    await withExcel(fake, () => computeAndFill(OPTIONS));
    // 200 000 rows × 10 columns: twice the bound, and ~6 MB of answers if it were read.
    const rows = 200_000;
    expect(rows * 10).toBeGreaterThan(OWNED_READ_MAX_CELLS);
    type(fake, SHEET.report, rows - 1, 9, "ghi chú");
    fake.resetStats();
    const error = await withExcel(fake, () => computeAndFill(OPTIONS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditedSheetsError);
    expect((error as EditedSheetsError).sheets).toEqual([SHEET.report]);
    expect(fake.valueReads.filter((read) => read.startsWith(`${SHEET.report}!`)).length).toBeLessThanOrEqual(
      1,
    );
    expect(fake.syncCount).toBeLessThanOrEqual(5);
  }, 60_000);

  it("read as null by Excel (over its cell limit) counts as edited, never as empty", async () => {
    const fake = fakeOf(sampleWorkbook(), { readCellLimit: 100_000 });
    await withExcel(fake, () => computeAndFill(OPTIONS));
    type(fake, SHEET.giftList, 19_999, 9, "ghi chú");
    const error = await withExcel(fake, () => computeAndFill(OPTIONS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditedSheetsError);
    expect((error as EditedSheetsError).sheets).toEqual([SHEET.giftList]);
  }, 60_000);
});

describe("a missing sheet", () => {
  it("is looked up only by names the workbook has: no call is chained on a null worksheet", async () => {
    const sample = sampleWorkbook();
    const fake = fakeOf({ sheets: sample.sheets.filter((sheet) => sheet.name !== "Khẩu hiệu") });
    const report = await withExcel(fake, () => validate(OPTIONS));
    expect(report.result.issues.some((issue) => issue.sheet === "Khẩu hiệu")).toBe(true);
    const again = await withExcel(fake, () => computeAndFill(OPTIONS));
    expect(again.sheets).toEqual(GENERATED_SHEETS);
  });
});
