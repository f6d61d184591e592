/**
 * The headless-browser harness: Debian's Chromium driven by playwright-core, the preview server started in-process on
 * a free port, the real dist/taskpane.html with office.js answered by the preview's stub (page.route on the CDN URL),
 * every other request off the loopback interface refused and counted, and "today" pinned to 05/07/2024 in
 * Asia/Ho_Chi_Minh so the pane's figures equal the command line's `--today 05/07/2024`.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from "playwright-core";
import { OFFICE_JS_URL, type PreviewServer, startPreviewServer } from "../../preview/server";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const SCREENSHOTS = path.join(ROOT, "test-results", "e2e");
/** 09:00 on 05/07/2024 in Hà Nội: the CLI's `--today 05/07/2024`. */
export const TODAY = new Date("2024-07-05T09:00:00+07:00");
export const TIMEZONE = "Asia/Ho_Chi_Minh";
/** Excel's task pane widths: the default and a widened one. */
export const PANE_WIDTHS = [320, 450] as const;
/** What the grid gets beside the pane; the viewport is the pane plus this. */
const GRID_WIDTH = 880;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** The preview server, serving dist/ unchanged: the pane's page asks the CDN for office.js and the route answers. */
/** A browser and a preview server shared by a test file's tests: started before them, closed after. */
export function useBrowserAndServer(): { readonly browser: Browser; readonly server: PreviewServer } {
  const shared = {} as { browser: Browser; server: PreviewServer };
  beforeAll(async () => {
    [shared.browser, shared.server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await Promise.all([shared.browser?.close(), shared.server?.close()]);
  });
  return shared;
}

export function startServer(): Promise<PreviewServer> {
  return startPreviewServer({ dist: DIST, officeJs: "cdn", port: 0 });
}

export interface PreviewQuery {
  readonly workbook?: "sample" | "empty" | "broken" | "xss" | "large";
  readonly lang?: string;
  readonly theme?: "light" | "dark";
  readonly api?: string;
  readonly platform?: "OfficeOnline" | "PC" | "Mac";
  /** How saving behaves (preview/options.ts SAVE_MODES) and where the workbook lives (`https` or `local`). */
  readonly save?: "download" | "picker" | "cancel" | "fail";
  readonly url?: "https" | "local";
  /** Milliseconds per context.sync(); 0 by default in tests (the large scenario slows it down on purpose). */
  readonly latency?: number;
}

export interface PreviewSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The task pane, inside the preview page's frame. */
  readonly pane: FrameLocator;
  /** The grid of the fake workbook, beside the pane. */
  readonly grid: Locator;
  /** Requests that were refused because they left the machine. */
  readonly external: string[];
  /** Requests for office.js from the CDN, answered with the stub (none when the server rewrote the page). */
  readonly officeJsRequests: () => number;
  /** alert/confirm/prompt dialogs that opened (the pane must never open one). */
  readonly dialogs: string[];
  /** Uncaught exceptions in the page or the pane. */
  readonly pageErrors: string[];
  /** The pane's frame, once loaded, for evaluate(). */
  paneFrame(): Promise<Frame>;
  /** Saves test-results/e2e/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Opens the preview page in a fresh context: pane `width` px wide and 800 px tall, the grid beside it. */
export async function openPreview(
  browser: Browser,
  server: PreviewServer,
  query: PreviewQuery = {},
  width: number = PANE_WIDTHS[0],
): Promise<PreviewSession> {
  const stub = readFileSync(path.join(DIST, "preview", "office-stub.js"), "utf8");
  const lang = query.lang ?? "vi-VN";
  const context = await browser.newContext({
    viewport: { width: width + GRID_WIDTH, height: 800 },
    timezoneId: TIMEZONE,
    locale: lang,
    acceptDownloads: true,
  });
  const external: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  let officeJs = 0;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      officeJs += 1;
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
    }
    const { protocol, hostname } = new URL(url);
    if ((protocol === "http:" || protocol === "https:") && LOOPBACK.has(hostname)) return route.continue();
    if (protocol === "blob:" || protocol === "data:") return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));

  const search = new URLSearchParams({ latency: "0", pane: String(width) });
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  await page.goto(`${server.url}?${search}`);
  const pane = page.frameLocator("#pane");
  const grid = page.locator("#grid");
  // Ready: the pane has drawn its buttons and the grid has the workbook.
  await pane.locator("#btn-validate").waitFor({ state: "visible" });
  await grid.locator(".sheet-tabs button").first().waitFor();

  return {
    page,
    context,
    pane,
    grid,
    external,
    officeJsRequests: () => officeJs,
    dialogs,
    pageErrors,
    async paneFrame() {
      const frame = page.frames().find((f) => /\/taskpane\.html/.test(f.url()));
      if (!frame) throw new Error("The pane's frame is not loaded");
      return frame;
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
    },
  };
}

/** What every test ends with: nothing left the machine, no dialog opened, nothing threw. */
export function expectClean(session: PreviewSession): void {
  expect({ external: session.external, dialogs: session.dialogs, pageErrors: session.pageErrors }).toEqual({
    external: [],
    dialogs: [],
    pageErrors: [],
  });
}

/** A summary figure (`[data-figure=…]`, "14.200.000") as a number. */
export async function figure(pane: FrameLocator, key: string): Promise<number> {
  const text = (await pane.locator(`#summary [data-figure="${key}"]`).textContent()) ?? "";
  const digits = text.replace(/[^\d]/g, "");
  if (digits === "") throw new Error(`[data-figure="${key}"] holds no number: "${text}"`);
  return Number(digits);
}

/** Waits for the pane to finish an operation: the progress bar is gone and every action button is usable again. */
export async function settled(pane: FrameLocator, timeout = 60_000): Promise<void> {
  await pane.locator("#progress").waitFor({ state: "hidden", timeout });
  await pane.locator("#btn-validate:not([disabled]):not([aria-disabled='true'])").waitFor({ timeout });
}

/** The sheet names on the grid's tabs. */
export function sheetTabs(session: PreviewSession): Promise<string[]> {
  return session.grid.locator(".sheet-tabs button").allTextContents();
}
