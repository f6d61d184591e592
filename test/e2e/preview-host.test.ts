/**
 * The preview host as `npm run preview` serves it: taskpane.html rewritten to load the office.js stub (no page.route
 * needed), the grid of the sample beside the pane, the state picked by the query string.
 */
import type { Browser } from "playwright-core";
import { type PreviewServer, startPreviewServer } from "../../preview/server";
import { CONTRACT_INPUT_SHEETS } from "../support/contract";
import { DIST, expectClean, launchBrowser, openPreview, sheetTabs } from "./harness";

let browser: Browser;
let server: PreviewServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startPreviewServer({ dist: DIST, officeJs: "stub", port: 0 }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

test("the server rewrites office.js to the stub, serves only loopback, and keeps out of the repository", async () => {
  const page = await (await fetch(`${server.url}taskpane.html`)).text();
  expect(page).not.toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(page).toMatch(/<script src="\/preview\/office-stub\.js">/);
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  for (const escape of ["..%2Fpackage.json", "%2e%2e/package.json", "preview/..%2F..%2Fpackage.json"]) {
    expect((await fetch(`${server.url}${escape}`)).status).toBe(404);
  }
  expect((await fetch(server.url, { method: "POST" })).status).toBe(405);
});

test("the preview shows the pane beside the sample's grid, with no request off the machine", async () => {
  const session = await openPreview(browser, server, { workbook: "sample" });
  try {
    expect(await sheetTabs(session)).toEqual(CONTRACT_INPUT_SHEETS);
    expect(await session.grid.getAttribute("data-selected-cell")).toBe("Cấu hình!A1");
    // A tab brings its sheet to the front, as in Excel.
    await session.grid.locator(".sheet-tabs button", { hasText: /^Con$/ }).click();
    await expect(session.grid.getAttribute("data-selected-cell")).resolves.toBe("Con!A1");
    await expect(session.grid.locator("caption").textContent()).resolves.toMatch(/^Con /);
    const frame = await session.paneFrame();
    expect(
      await frame.evaluate(() => ({
        platform: Office.context.platform,
        language: Office.context.displayLanguage,
        has18: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
        has110: Office.context.requirements.isSetSupported("ExcelApi", "1.10"),
      })),
    ).toEqual({ platform: "OfficeOnline", language: "vi-VN", has18: true, has110: false });
    await session.screenshot("preview-host-sample");
    expect(session.officeJsRequests()).toBe(0);
    expectClean(session);
  } finally {
    await session.close();
  }
});

test("?platform=PC&api=1.7&lang=en-US&theme=dark reach the pane through Office.context", async () => {
  const session = await openPreview(browser, server, {
    workbook: "empty",
    platform: "PC",
    api: "1.7",
    lang: "en-US",
    theme: "dark",
  });
  try {
    expect(await sheetTabs(session)).toEqual(["Sheet1"]);
    const frame = await session.paneFrame();
    const office = await frame.evaluate(async () => ({
      ready: await Office.onReady(),
      platform: Office.context.platform,
      language: Office.context.displayLanguage,
      dark: Office.context.officeTheme.bodyBackgroundColor,
      has17: Office.context.requirements.isSetSupported("ExcelApi", "1.7"),
      has18: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
      pc: Office.PlatformType.PC,
    }));
    expect(office).toEqual({
      ready: { host: "Excel", platform: "PC" },
      platform: "PC",
      language: "en-US",
      dark: "#292929",
      has17: true,
      has18: false,
      pc: "PC",
    });
    expect(await session.page.locator("html").getAttribute("lang")).toBe("en");
    expect(await session.page.locator("body").getAttribute("class")).toContain("theme-dark");
    await session.screenshot("preview-host-pc-en-dark");
    expectClean(session);
  } finally {
    await session.close();
  }
});

test("the harness refuses and counts a request that leaves the machine", async () => {
  const session = await openPreview(browser, server, { workbook: "empty" });
  try {
    // The pane's and the preview's CSP stop such a request before the network; a page without one does not.
    const bare = await session.context.newPage();
    await bare.goto(`${server.url}no-such-page`);
    const outcome = await bare.evaluate(() =>
      fetch("https://example.com/leak?name=x").then(
        () => "sent",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    expect(session.external).toEqual(["https://example.com/leak?name=x"]);
  } finally {
    await session.close();
  }
});
