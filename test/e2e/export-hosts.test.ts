/**
 * Export on each host the preview can play (SPEC §6, the export ladder): Windows saves the .docx through the
 * "Lưu báo cáo (.docx)" button, and where saving fails opens the whole report as a new workbook; a Mac offers Excel
 * on the web (the stub records the address handed to openBrowserWindow) and the new workbook; Excel on the web
 * downloads inside the click, and shows the button when the ribbon started the export; ExcelApi 1.7 brings the
 * filled `Báo cáo` sheet to the front. Every result is photographed in test-results/e2e/export-*.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DOCUMENT_URLS } from "../../preview/options";
import { expectAccessible } from "./axe";
import { type CliSummary, cliSampleReport } from "./cli";
import { docxText } from "./docx";
import {
  expectClean,
  openPreview,
  type PreviewQuery,
  type PreviewSession,
  SCREENSHOTS,
  settled,
  useBrowserAndServer,
} from "./harness";

const shared = useBrowserAndServer();
let cli: CliSummary;
beforeAll(() => {
  cli = cliSampleReport();
});

const REPORT_SHEETS = ["Báo cáo", "DS tặng quà", "DS khen thưởng"];

interface PreviewState {
  readonly created: string[];
  readonly opened: string[];
  readonly saved: { name: string; bytes: number[] }[];
  readonly active: string | null;
  readonly reportCells: number;
}

/** What the stub recorded: new workbooks (base64), browser windows, saved files; the active sheet. */
async function state(session: PreviewSession): Promise<PreviewState> {
  const frame = await session.paneFrame();
  return frame.evaluate(() => {
    const handle = (
      window as unknown as { actionMonthPreview: import("../../preview/office-stub").PreviewHandle }
    ).actionMonthPreview;
    const report = handle.fake.model.findSheet("Báo cáo");
    return {
      created: [...handle.fake.model.createdWorkbooks],
      opened: [...handle.openedUrls],
      saved: handle.savedFiles.map((file) => ({ name: file.name, bytes: [...file.bytes] })),
      active: handle.fake.model.activeSheet?.name ?? null,
      reportCells: report
        ? handle.fake
            .values("Báo cáo")
            .flat()
            .filter((v) => v !== null && v !== "").length
        : 0,
    };
  });
}

/** The sheets of a workbook handed to Excel.createWorkbook, with their A1 and how many cells hold something. */
async function workbookSheets(base64: string): Promise<{ name: string; a1: unknown; filled: number }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    let filled = 0;
    sheet.eachRow((row) => row.eachCell(() => (filled += 1)));
    return { name: sheet.name, a1: sheet.getCell("A1").value, filled };
  });
}

async function status(session: PreviewSession): Promise<{ kind: string | null; text: string }> {
  const element = session.pane.locator("#status");
  return {
    kind: await element.getAttribute("data-kind"),
    text: ((await element.textContent()) ?? "").trim(),
  };
}

async function open(query: PreviewQuery & { action?: string }): Promise<PreviewSession> {
  return openPreview(shared.browser, shared.server, { workbook: "sample", ...query } as PreviewQuery);
}

async function exported(session: PreviewSession): Promise<void> {
  await session.pane.locator("#btn-export").click();
  await settled(session.pane);
}

describe("Excel for Windows (platform=PC)", () => {
  test("Export offers “Lưu báo cáo (.docx)”; the click downloads the report the test then reads", async () => {
    const session = await open({ platform: "PC" });
    try {
      await expect(session.pane.locator("#btn-export").getAttribute("title")).resolves.toContain(
        "Lưu báo cáo (.docx)",
      );
      await exported(session);
      expect(await status(session)).toMatchObject({
        kind: "info",
        text: expect.stringContaining("sẵn sàng"),
      });
      await expect(session.pane.locator("#btn-open-workbook").isVisible()).resolves.toBe(true);
      await session.screenshot("export-pc-ready");
      await expectAccessible(session.page, "Windows: report ready, Save button");
      const download = session.page.waitForEvent("download", { timeout: 30_000 });
      await session.pane.locator("#btn-save-report").click();
      const file = await download;
      expect(file.suggestedFilename()).toBe("so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx");
      mkdirSync(SCREENSHOTS, { recursive: true });
      const saved = path.join(SCREENSHOTS, "export-pc.docx");
      await file.saveAs(saved);
      const text = await docxText(readFileSync(saved));
      expect(text).toContain(cli.campaign.theme);
      expect(await status(session)).toMatchObject({
        kind: "success",
        text: expect.stringContaining("Tải xuống"),
      });
      expect((await state(session)).created).toEqual([]);
      await session.screenshot("export-pc-saved");
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("with a save dialog, the report goes where the clerk picked", async () => {
    const session = await open({ platform: "PC", save: "picker" });
    try {
      await exported(session);
      await session.pane.locator("#btn-save-report").click();
      await session.pane.locator('#status[data-kind="success"]').waitFor();
      const { saved } = await state(session);
      expect(saved.map((file) => file.name)).toEqual([
        "so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx",
      ]);
      expect(await docxText(Buffer.from(saved[0].bytes))).toContain(cli.campaign.theme);
      expect((await status(session)).text).toBe(
        "Đã lưu báo cáo: so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx.",
      );
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("where saving fails, the whole report opens as a new workbook: Báo cáo and both lists", async () => {
    const session = await open({ platform: "PC", save: "fail" });
    try {
      await exported(session);
      await session.pane.locator("#btn-save-report").click();
      await session.pane.locator('#status[data-kind="warning"]').waitFor();
      const { created } = await state(session);
      expect(created).toHaveLength(1);
      const sheets = await workbookSheets(created[0]);
      expect(sheets.map((sheet) => sheet.name)).toEqual(REPORT_SHEETS);
      expect(sheets[1].a1).toBe("DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/2024");
      expect(sheets.every((sheet) => sheet.filled > 10)).toBe(true);
      const { text } = await status(session);
      expect(text).toMatch(/^Không lưu được tệp \.docx trong Excel này\. Đã mở toàn bộ báo cáo/);
      expect(text).toContain("Microsoft Print to PDF");
      await session.screenshot("export-pc-save-failed-workbook");
      await expectAccessible(session.page, "Windows: saving failed, new workbook");
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});

describe("Excel for Mac (platform=Mac)", () => {
  test("a SharePoint workbook: Excel on the web opens at the workbook's address, and the new workbook too", async () => {
    const session = await open({ platform: "Mac" });
    try {
      await exported(session);
      expect(await status(session)).toMatchObject({
        kind: "info",
        text: expect.stringMatching(/^Excel cho Mac không lưu được tệp \.docx/),
      });
      await expect(session.pane.locator("#btn-save-report").count()).resolves.toBe(0);
      await session.screenshot("export-mac-choice");
      await expectAccessible(session.page, "Mac: Excel on the web or a new workbook");
      await session.pane.locator("#btn-open-web").click();
      expect((await state(session)).opened).toEqual([DOCUMENT_URLS.https]);
      await session.pane.locator("#btn-open-workbook").click();
      await session.pane.locator('#status[data-kind="warning"]').waitFor();
      const { created } = await state(session);
      expect((await workbookSheets(created[0])).map((sheet) => sheet.name)).toEqual(REPORT_SHEETS);
      await session.screenshot("export-mac-workbook");
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("a local workbook: the new workbook opens at once, worded as a fallback", async () => {
    const session = await open({ platform: "Mac", url: "local" });
    try {
      await exported(session);
      expect(await status(session)).toMatchObject({
        kind: "warning",
        text: expect.stringMatching(
          /^Excel này không lưu được tệp \.docx từ ngăn bổ trợ\. Đã mở toàn bộ báo cáo/,
        ),
      });
      const { created, opened } = await state(session);
      expect(opened).toEqual([]);
      expect((await workbookSheets(created[0])).map((sheet) => sheet.name)).toEqual(REPORT_SHEETS);
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});

describe("Excel on the web (platform=OfficeOnline)", () => {
  test("Export downloads the .docx inside the click, with no button to press", async () => {
    const session = await open({ platform: "OfficeOnline" });
    try {
      const download = session.page.waitForEvent("download", { timeout: 30_000 });
      await session.pane.locator("#btn-export").click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.docx$/);
      await settled(session.pane);
      expect(await status(session)).toMatchObject({
        kind: "success",
        text: expect.stringMatching(/^Đã tải báo cáo về máy: /),
      });
      await expect(session.pane.locator("#delivery").isHidden()).resolves.toBe(true);
      await session.screenshot("export-web-downloaded");
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("started by the ribbon (no click), it shows the button; a second ribbon Export runs again", async () => {
    const session = await open({ platform: "OfficeOnline", action: "export" });
    try {
      await session.pane.locator("#btn-save-report").waitFor();
      await settled(session.pane);
      expect(await status(session)).toMatchObject({
        kind: "info",
        text: expect.stringContaining("sẵn sàng"),
      });
      await session.screenshot("export-web-ribbon");
      const download = session.page.waitForEvent("download", { timeout: 30_000 });
      await session.pane.locator("#btn-save-report").click();
      expect((await download).suggestedFilename()).toMatch(/\.docx$/);
      // Office loads the Export button's page into the pane again: the export runs again, from the start.
      const frame = await session.paneFrame();
      await frame.goto(frame.url());
      await session.pane.locator("#btn-save-report").waitFor();
      await settled(session.pane);
      expect(await status(session)).toMatchObject({
        kind: "info",
        text: expect.stringContaining("sẵn sàng"),
      });
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});

describe("ExcelApi 1.7 (no Excel.createWorkbook)", () => {
  test("where the .docx cannot be saved, the filled Báo cáo sheet is brought to the front", async () => {
    const session = await open({ platform: "PC", api: "1.7", save: "fail" });
    try {
      await exported(session);
      await session.pane.locator("#btn-save-report").click();
      await session.pane.locator('#status[data-kind="warning"]').waitFor();
      const after = await state(session);
      expect(after.created).toEqual([]);
      expect(after.active).toBe("Báo cáo");
      expect(after.reportCells).toBeGreaterThan(20);
      expect((await status(session)).text).toContain("trang tính Báo cáo, đang mở trước mặt bạn");
      await expect(session.grid.getAttribute("data-selected-cell")).resolves.toBe("Báo cáo!A1");
      await session.screenshot("export-api17-report-sheet");
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});
