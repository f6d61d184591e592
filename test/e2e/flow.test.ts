/**
 * The clerk's flow in the pane, at Excel's default pane width and a widened one: set up, validate and follow an issue
 * to its cell, compute and fill (the same figures as the command line), export the .docx.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { formatVnd, runCampaign } from "../../src/engine";
import { BROKEN_CELLS, snapshotOf } from "../../preview/workbooks";
import type { PreviewServer } from "../../preview/server";
import { type CliSummary, cliSampleReport } from "./cli";
import { CONTRACT_GENERATED_SHEETS, CONTRACT_INPUT_SHEETS } from "../support/contract";
import { docxText } from "./docx";
import {
  expectClean,
  figure,
  launchBrowser,
  openPreview,
  PANE_WIDTHS,
  SCREENSHOTS,
  settled,
  sheetTabs,
  startServer,
} from "./harness";

let browser: Browser;
let server: PreviewServer;
let cli: CliSummary;

beforeAll(async () => {
  cli = cliSampleReport();
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe.each(PANE_WIDTHS)("the pane at %i×800", (width) => {
  test("a. Set up on an empty workbook creates the input sheets", async () => {
    const session = await openPreview(browser, server, { workbook: "empty" }, width);
    try {
      expect(await sheetTabs(session)).toEqual(["Sheet1"]);
      await session.pane.locator("#btn-setup").click();
      await session.grid.locator(".sheet-tabs button", { hasText: /^Khẩu hiệu$/ }).waitFor();
      await settled(session.pane);
      const tabs = await sheetTabs(session);
      expect(tabs.filter((name) => CONTRACT_INPUT_SHEETS.includes(name))).toEqual(CONTRACT_INPUT_SHEETS);
      expect((await session.pane.locator("#status").textContent())?.trim()).not.toBe("");
      await session.screenshot(`a-setup-empty-${width}`);
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("b. Validate the broken sample: issues grouped by sheet, each selects its cell in the grid", async () => {
    const expected = runCampaign(snapshotOf("broken"), { today: "2024-07-05", locale: "vi" });
    const errors = expected.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => `${issue.sheet}!${issue.cell}`).sort()).toEqual(
      Object.values(BROKEN_CELLS).sort(),
    );
    const session = await openPreview(browser, server, { workbook: "broken" }, width);
    try {
      await session.pane.locator("#btn-validate").click();
      await session.pane.locator("#issues section.issue-group[data-sheet]").first().waitFor();
      await settled(session.pane);
      expect(await figure(session.pane, "errors")).toBe(expected.counts.error);
      expect(await figure(session.pane, "warnings")).toBe(expected.counts.warning);
      const groups = await session.pane
        .locator("#issues section.issue-group")
        .evaluateAll((sections) => sections.map((s) => s.getAttribute("data-sheet")));
      expect(groups).toEqual(expect.arrayContaining(["Con", "Cán bộ"]));
      await session.screenshot(`b-validate-broken-${width}`);

      for (const issue of errors) {
        const button = session.pane.locator(
          `#issues section.issue-group[data-sheet="${issue.sheet}"] button.issue[data-sheet="${issue.sheet}"][data-cell="${issue.cell}"][data-code="${issue.code}"]`,
        );
        await button.click();
        await session.page.waitForFunction(
          (want) => document.querySelector("#grid")?.getAttribute("data-selected-cell") === want,
          `${issue.sheet}!${issue.cell}`,
        );
        await expect(session.grid.locator("td.selected").getAttribute("data-cell")).resolves.toBe(issue.cell);
      }
      await session.screenshot(`b-issue-selected-${width}`);
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("c. Compute & fill on the sample: the pane's figures are the command line's", async () => {
    const session = await openPreview(browser, server, { workbook: "sample" }, width);
    try {
      await session.pane.locator("#btn-compute").click();
      await session.grid.locator(".sheet-tabs button", { hasText: /^Báo cáo$/ }).waitFor();
      await session.pane.locator('#summary [data-figure="gifts-count"]').waitFor();
      await settled(session.pane);
      const figures = {
        "gifts-count": await figure(session.pane, "gifts-count"),
        "gifts-total": await figure(session.pane, "gifts-total"),
        "awards-count": await figure(session.pane, "awards-count"),
        "awards-total": await figure(session.pane, "awards-total"),
        "contributions-total": await figure(session.pane, "contributions-total"),
        errors: await figure(session.pane, "errors"),
        warnings: await figure(session.pane, "warnings"),
        infos: await figure(session.pane, "infos"),
        staff: await figure(session.pane, "staff"),
        children: await figure(session.pane, "children"),
      };
      expect(figures).toEqual({
        "gifts-count": cli.gifts.count,
        "gifts-total": cli.gifts.total,
        "awards-count": cli.awards.count,
        "awards-total": cli.awards.total,
        "contributions-total": cli.contributions.total,
        errors: cli.validation.errors,
        warnings: cli.validation.warnings,
        infos: cli.validation.infos,
        staff: cli.staff.count,
        children: cli.children.unique,
      });
      // Numbers as a clerk reads them: vi-VN grouping.
      await expect(
        session.pane.locator('#summary [data-figure="gifts-total"]').textContent(),
      ).resolves.toContain(formatVnd(cli.gifts.total));
      expect(await sheetTabs(session)).toEqual(expect.arrayContaining([...CONTRACT_GENERATED_SHEETS]));
      await session.screenshot(`c-compute-sample-${width}`);
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("d. Export on the web downloads the .docx with the theme and the gift total", async () => {
    const session = await openPreview(browser, server, { workbook: "sample" }, width);
    try {
      const download = session.page.waitForEvent("download", { timeout: 60_000 });
      await session.pane.locator("#btn-export").click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.docx$/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const saved = path.join(SCREENSHOTS, `d-export-${width}.docx`);
      await file.saveAs(saved);
      const text = await docxText(readFileSync(saved));
      expect(text).toContain(cli.campaign.theme);
      expect(text).toContain(formatVnd(cli.gifts.total));
      expect(formatVnd(cli.gifts.total)).toMatch(/^\d{1,3}(\.\d{3})+$/);
      await settled(session.pane);
      await session.screenshot(`d-export-${width}`);
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});
