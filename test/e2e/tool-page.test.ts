/**
 * tool.html, the offline page, as a clerk without the add-in and the receiving agency use it: opened from disk
 * (file://) and from the add-in's host (the preview server), in Chromium. A tracker is dropped → its issues by cell
 * → the report workbook and the .docx downloaded and read back; a broken tracker → the draft question; five
 * agencies' files → the consolidation with its one cross-agency child. Nothing may leave the machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { BROKEN_CELLS, snapshotOf } from "../../preview/workbooks";
import type { PreviewServer } from "../../preview/server";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { fiveAgencyWorkbooks, SHARED_CHILD } from "../support/agency-workbook";
import { trackerBytes } from "../support/write-tracker";
import { loadZip } from "../support/zip-reader";
import { expectAccessible } from "./axe";
import { DIST, launchBrowser, SCREENSHOTS, startServer, TIMEZONE, TODAY } from "./harness";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const dir = path.join(os.tmpdir(), `action-month-tool-${process.pid}`);
const files = {
  sample: path.join(dir, "so-theo-doi-mau.xlsx"),
  broken: path.join(dir, "so-co-loi.xlsx"),
  agencies: fiveAgencyWorkbooks().map((agency) => ({ ...agency, file: path.join(dir, "nhan", agency.name) })),
};

let browser: Browser;
let server: PreviewServer;

beforeAll(async () => {
  mkdirSync(path.join(dir, "nhan"), { recursive: true });
  writeFileSync(files.sample, await trackerBytes(sampleWorkbook()));
  writeFileSync(files.broken, await trackerBytes(snapshotOf("broken")));
  for (const agency of files.agencies) writeFileSync(agency.file, await trackerBytes(agency.snapshot));
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

interface ToolSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly external: string[];
  readonly pageErrors: string[];
}

/** The page in a fresh context; every request that is not the page's own file or the loopback host is refused. */
async function openTool(url: string, width = 1280): Promise<ToolSession> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    timezoneId: TIMEZONE,
    locale: "vi-VN",
    acceptDownloads: true,
  });
  const external: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    if (protocol === "file:" || protocol === "blob:" || protocol === "data:") return route.continue();
    if ((protocol === "http:" || protocol === "https:") && LOOPBACK.has(hostname)) return route.continue();
    external.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  await page.goto(url);
  await page.locator("#pick").waitFor();
  return { page, context, external, pageErrors };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), click()]);
  const saved = path.join(dir, "tai-ve", (download as Download).suggestedFilename());
  await (download as Download).saveAs(saved);
  return { name: (download as Download).suggestedFilename(), bytes: readFileSync(saved) };
}

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await loadZip(bytes).file("word/document.xml")!.async("string");
  return xml.replace(/<[^>]+>/g, "");
}

/** The sheets a clerk sees (the writer's stamp sheet is very hidden). */
async function workbookSheets(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
}

const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

const ORIGINS = [
  { origin: "file://", url: () => pathToFileURL(path.join(DIST, "tool.html")).href, worker: "no" },
  { origin: "the preview server", url: () => `${server.url}tool.html`, worker: "yes" },
] as const;

describe.each(ORIGINS)("tool.html from $origin", ({ origin, url, worker }) => {
  const tag = origin === "file://" ? "file" : "http";

  test("a tracker: issues by cell, then the report workbook and the .docx, read back", async () => {
    const session = await openTool(url());
    const { page } = session;
    try {
      expect(await page.locator("#app").getAttribute("data-worker")).toBe(worker);
      await page.locator("#file-input").setInputFiles(files.sample);
      await page.locator("#checked").waitFor({ timeout: 120_000 });
      await expect(page.locator("#checked .summary").textContent()).resolves.toMatch(/Không có lỗi/);
      await expectAccessible(page, `tool ${tag}: sample checked`);
      await shot(page, `tool-${tag}-sample-1280`);
      await page.setViewportSize({ width: 400, height: 900 });
      await shot(page, `tool-${tag}-sample-400`);

      const docx = await downloaded(page, () => page.locator("#download-docx").click());
      expect(docx.name).toMatch(/^so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024\.docx$/);
      const text = await docxText(docx.bytes);
      expect(text).toContain("BÁO CÁO");
      expect(text).not.toContain("DỰ THẢO");
      const workbook = await downloaded(page, () => page.locator("#download-workbook").click());
      expect(workbook.name).toBe("so-theo-doi-mau.report.xlsx");
      expect(await workbookSheets(workbook.bytes)).toEqual(
        expect.arrayContaining(["Cán bộ", "Con", "Kiểm tra", "DS tặng quà", "DS khen thưởng", "Báo cáo"]),
      );
      expect({ external: session.external, errors: session.pageErrors }).toEqual({
        external: [],
        errors: [],
      });
    } finally {
      await session.context.close();
    }
  }, 300_000);

  test("a broken tracker: each mistake by cell, and the draft question before a DỰ THẢO", async () => {
    const session = await openTool(url());
    const { page } = session;
    try {
      await page.locator("#file-input").setInputFiles(files.broken);
      await page.locator("#issues").waitFor({ timeout: 120_000 });
      for (const place of Object.values(BROKEN_CELLS)) {
        const [sheet, cell] = place.split("!");
        await expect(
          page
            .locator(".issue-group", { has: page.locator("h3", { hasText: sheet }) })
            .locator(".place", { hasText: new RegExp(`^${cell}$`) })
            .count(),
        ).resolves.toBeGreaterThan(0);
      }
      await page.locator("#download-docx").click();
      const dialog = page.locator("#confirm");
      await dialog.waitFor({ state: "visible" });
      await expect(dialog.textContent()).resolves.toMatch(/DỰ THẢO/);
      await expectAccessible(page, `tool ${tag}: draft question`);
      await shot(page, `tool-${tag}-draft-question-1280`);
      const docx = await downloaded(page, () => page.locator("#confirm-yes").click());
      expect(docx.name).toMatch(/-du-thao\.docx$/);
      expect(await docxText(docx.bytes)).toContain("DỰ THẢO");
      const workbook = await downloaded(page, () => page.locator("#download-workbook").click());
      expect(await workbookSheets(workbook.bytes)).toContain("Kiểm tra");
      expect({ external: session.external, errors: session.pageErrors }).toEqual({
        external: [],
        errors: [],
      });
    } finally {
      await session.context.close();
    }
  }, 300_000);

  test("five agencies' files: one row each, the cross-agency child, the consolidated report", async () => {
    for (const width of [1280, 400]) {
      const session = await openTool(url(), width);
      const { page } = session;
      try {
        await page.locator("#file-input").setInputFiles(files.agencies.map((agency) => agency.file));
        await page.locator("#consolidated").waitFor({ timeout: 180_000 });
        const rows = await page.locator("#agencies tbody th").allTextContents();
        expect(rows.sort()).toEqual(files.agencies.map((agency) => agency.agency).sort());
        const cross = await page.locator("#cross-agency li").allTextContents();
        expect(cross).toHaveLength(1);
        expect(cross[0]).toContain(SHARED_CHILD.name);
        expect(cross[0]).toContain(files.agencies[0].agency);
        expect(cross[0]).toContain(files.agencies[1].agency);
        await expectAccessible(page, `tool ${tag}: consolidation at ${width}px`);
        await shot(page, `tool-${tag}-consolidation-${width}`);
        if (width === 1280) {
          const docx = await downloaded(page, () => page.locator("#download-consolidation-docx").click());
          const text = await docxText(docx.bytes);
          expect(text).toContain("SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI");
          for (const agency of files.agencies) expect(text).toContain(agency.agency);
          expect(text).toContain(SHARED_CHILD.name);
          const workbook = await downloaded(page, () =>
            page.locator("#download-consolidation-workbook").click(),
          );
          expect(await workbookSheets(workbook.bytes)).toEqual(["Tổng hợp", "Trùng giữa cơ quan"]);
        }
        expect({ external: session.external, errors: session.pageErrors }).toEqual({
          external: [],
          errors: [],
        });
      } finally {
        await session.context.close();
      }
    }
  }, 600_000);
});
