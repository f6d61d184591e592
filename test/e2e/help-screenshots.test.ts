/**
 * The pictures of the clerk's guide (src/help/help.html): each step done in the real pane on the preview host, and
 * the pane photographed at Excel's default width into assets/help/, which the build copies beside help.html. Run by
 * `npm run test:e2e`, so the guide shows the pane as it is. Controls are found by role and by the pane's own words
 * (strings.ts), not by layout, so a restyled pane still gets photographed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { FrameLocator, Locator } from "playwright-core";
import { type ButtonKey, stringsFor } from "../../src/taskpane/strings";
import {
  expectClean,
  openPreview,
  type PreviewQuery,
  type PreviewSession,
  ROOT,
  useBrowserAndServer,
} from "./harness";

const HELP_IMAGES = path.join(ROOT, "assets", "help");
const HELP_PAGE = path.join(ROOT, "src", "help", "help.html");
const WIDTH = 320;
/** Enough of the pane for one step (the buttons, what the step says, the start of its result); a 320×440 PNG of the
 * pane is about 30 KB. */
const HEIGHT = 440;
const MAX_TOTAL_BYTES = 900 * 1024;

const vi = stringsFor("vi");
const shared = useBrowserAndServer();

function button(pane: FrameLocator, key: ButtonKey): Locator {
  return pane.getByRole("button", { name: vi.button[key], exact: true });
}

/** Clicks a pane button and waits until the pane is no longer busy (aria-busy, set while an action runs). */
async function press(session: PreviewSession, key: ButtonKey): Promise<void> {
  await button(session.pane, key).click();
  await session.pane.locator("main[aria-busy='false']").waitFor({ timeout: 60_000 });
}

/** Scrolls the pane so that `target` is at the top of the photograph. */
async function toTop(target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: "start" }));
}

/** Photographs the pane's frame, its top `height` px, into assets/help/<name>.png. */
async function photograph(session: PreviewSession, name: string, height: number): Promise<void> {
  // The pointer off the pane, so no button is photographed hovered.
  const viewport = session.page.viewportSize();
  if (viewport) await session.page.mouse.move(viewport.width - 1, viewport.height - 1);
  const frame = session.page.getByTitle(/task pane/);
  const box = await frame.boundingBox();
  if (box === null) throw new Error("the pane's frame is not on screen");
  await session.page.screenshot({
    path: path.join(HELP_IMAGES, `${name}.png`),
    clip: { x: box.x, y: box.y, width: WIDTH, height: Math.min(height, box.height) },
  });
}

/** The action buttons at the top of the photograph: the clerk sees which button the step is about and its result. */
function fromButtons(session: PreviewSession): Promise<void> {
  return toTop(session.pane.getByRole("region", { name: vi.actionsHeading }));
}

async function step(
  name: string,
  query: PreviewQuery,
  act: (session: PreviewSession) => Promise<void>,
  height = HEIGHT,
): Promise<void> {
  const session = await openPreview(shared.browser, shared.server, { theme: "light", ...query }, WIDTH);
  try {
    await act(session);
    await photograph(session, name, height);
    expectClean(session);
  } finally {
    await session.close();
  }
}

/** The pictures help.html shows, by file name. */
function pictures(): string[] {
  return [...readFileSync(HELP_PAGE, "utf8").matchAll(/src="assets\/help\/([a-z-]+)\.png"/g)].map(
    (m) => m[1],
  );
}

describe("the guide's screenshots", () => {
  test("1. set up: an empty workbook after Thiết lập sổ", async () => {
    await step(
      "setup",
      { workbook: "empty" },
      async (session) => {
        await press(session, "setup");
        await session.pane.getByRole("status").filter({ hasText: /\S/ }).waitFor();
        await fromButtons(session);
        // An empty workbook's pane is too short to scroll: the header stays, so the picture is taller.
      },
      500,
    );
  });

  test("2. fill: the sample workbook's milestones and units' progress", async () => {
    await step("fill", { workbook: "sample" }, async (session) => {
      await toTop(session.pane.getByRole("heading", { name: vi.unitsHeading }));
    });
  });

  test("3. check: the broken sample's issues, by sheet", async () => {
    await step("check", { workbook: "broken" }, async (session) => {
      await press(session, "validate");
      await fromButtons(session);
    });
  });

  test("4. fix: an issue clicked, its cell selected", async () => {
    await step("fix", { workbook: "broken" }, async (session) => {
      await press(session, "validate");
      const issues = session.pane.getByRole("region", { name: vi.issuesHeading });
      // By keyboard, so the picture shows which issue was chosen (the focus ring) and no hover elsewhere.
      await issues.getByRole("button").first().focus();
      await session.page.keyboard.press("Enter");
      await toTop(session.pane.getByRole("heading", { name: vi.issuesHeading }));
      await session.page.locator("[data-selected-cell]:not([data-selected-cell=''])").waitFor();
    });
  });

  test("5. compute: the sample's figures", async () => {
    await step("compute", { workbook: "sample" }, async (session) => {
      await press(session, "compute");
      // The summary opens after Compute (it stays folded after Validate).
      await session.pane.locator("#summary-section[open]").waitFor();
      await fromButtons(session);
    });
  });

  test.each([
    ["export-web", "OfficeOnline"],
    ["export-windows", "PC"],
    ["export-mac", "Mac"],
  ] as const)("6. export: %s", async (name, platform) => {
    await step(name, { workbook: "sample", platform }, async (session) => {
      await press(session, "export");
      await fromButtons(session);
    });
  });

  test("7. clear: the question before the generated lists are deleted", async () => {
    await step(
      "clear",
      { workbook: "sample" },
      async (session) => {
        await press(session, "compute");
        await button(session.pane, "clear").click();
        await session.pane.getByRole("alertdialog").waitFor();
      },
      540,
    );
  });

  test("8. next year: the campaign's year, theme and milestones at the top of the pane", async () => {
    await step(
      "next-year",
      { workbook: "sample" },
      async (session) => {
        await session.pane.getByRole("heading", { level: 1 }).waitFor();
      },
      200,
    );
  });

  test("every picture help.html shows was taken, 320 px wide, all of them small", () => {
    const shown = pictures();
    expect(shown.length).toBeGreaterThanOrEqual(8);
    const files = readdirSync(HELP_IMAGES).filter((f) => f.endsWith(".png"));
    expect(files.map((f) => f.replace(/\.png$/, "")).sort()).toEqual([...new Set(shown)].sort());
    let total = 0;
    for (const file of files) {
      const data = readFileSync(path.join(HELP_IMAGES, file));
      expect({ file, width: data.readUInt32BE(16) }).toEqual({ file, width: WIDTH });
      total += statSync(path.join(HELP_IMAGES, file)).size;
    }
    expect(total).toBeLessThan(MAX_TOTAL_BYTES);
  });
});
