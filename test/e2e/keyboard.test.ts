/**
 * e. The whole flow without a mouse: Tab / Shift+Tab to move, Enter / Space to press, on the broken sample so an
 * issue is followed to its cell and the draft question is answered.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { BROKEN_CELLS } from "../../preview/workbooks";
import { docxText } from "./docx";
import {
  expectClean,
  openPreview,
  type PreviewSession,
  SCREENSHOTS,
  settled,
  sheetTabs,
  useBrowserAndServer,
} from "./harness";

const env = useBrowserAndServer();

/** Whether the element focused in the pane's frame matches `selector`. */
async function paneFocusMatches(session: PreviewSession, selector: string): Promise<boolean> {
  const frame = await session.paneFrame();
  return frame.evaluate((s) => document.hasFocus() && document.activeElement?.matches(s) === true, selector);
}

/** Presses Tab (or Shift+Tab) until the pane's focus is on `selector`; fails after `limit` presses. */
async function tabTo(
  session: PreviewSession,
  selector: string,
  backwards = false,
  limit = 80,
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await paneFocusMatches(session, selector)) return;
    await session.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  if (!(await paneFocusMatches(session, selector)))
    throw new Error(`${selector} not reached with ${backwards ? "Shift+Tab" : "Tab"} in ${limit} presses`);
}

test("e. Set up, validate, follow an issue, compute and export a draft by keyboard alone", async () => {
  const session = await openPreview(env.browser, env.server, { workbook: "broken" });
  try {
    // Set up on a filled workbook leaves the input sheets as they are (Enter presses it).
    await tabTo(session, "#btn-setup");
    await session.page.keyboard.press("Enter");
    await settled(session.pane);

    await tabTo(session, "#btn-validate");
    await session.page.keyboard.press("Space");
    await session.pane.locator("#issues button.issue").first().waitFor();
    await settled(session.pane);

    const [sheet, cell] = BROKEN_CELLS.badDate.split("!");
    await tabTo(session, `button.issue[data-sheet="${sheet}"][data-cell="${cell}"]`);
    await session.page.keyboard.press("Enter");
    await session.page.waitForFunction(
      (want) => document.querySelector("#grid")?.getAttribute("data-selected-cell") === want,
      BROKEN_CELLS.badDate,
    );

    // Back up to Compute with Shift+Tab.
    await tabTo(session, "#btn-compute", true);
    await session.page.keyboard.press("Enter");
    await session.grid.locator(".sheet-tabs button", { hasText: /^Báo cáo$/ }).waitFor();
    await settled(session.pane);
    expect(await sheetTabs(session)).toEqual(expect.arrayContaining(["DS tặng quà", "DS khen thưởng"]));

    // Errors remain: Export asks before a draft; focus starts on "No", Tab reaches "Yes".
    await tabTo(session, "#btn-export");
    await session.page.keyboard.press("Enter");
    await session.pane.locator("#confirm").waitFor({ state: "visible" });
    expect(await paneFocusMatches(session, "#confirm-no")).toBe(true);
    await session.screenshot("e-keyboard-draft-question");
    await tabTo(session, "#confirm-yes", false, 4);
    const download = session.page.waitForEvent("download", { timeout: 60_000 });
    await session.page.keyboard.press("Space");
    const file = await download;
    const saved = path.join(SCREENSHOTS, "e-keyboard-draft.docx");
    await file.saveAs(saved);
    expect(await docxText(readFileSync(saved))).toContain("DỰ THẢO");
    await settled(session.pane);
    await session.screenshot("e-keyboard-exported");
    expectClean(session);
  } finally {
    await session.close();
  }
});
