/**
 * The pane as a guided workflow: the primary style sits on the step that comes next for the workbook's state, the
 * errors are on screen right after Validate, notes are folded, declining a draft is one calm line, the engine's
 * Web Worker keeps the pane painting, and every state passes axe in light and dark at both widths.
 * Screenshots of every step at 320 px, Vietnamese, light and dark: test-results/e2e/g-*.png.
 */
import type { FrameLocator } from "playwright-core";
import { runCampaign } from "../../src/engine";
import { snapshotOf } from "../../preview/workbooks";
import { expectAccessible } from "./axe";
import {
  expectClean,
  openPreview,
  PANE_WIDTHS,
  type PreviewSession,
  settled,
  useBrowserAndServer,
} from "./harness";

const env = useBrowserAndServer();

/** The ids of the steps drawn as primary: exactly one is expected. */
async function primarySteps(pane: FrameLocator): Promise<string[]> {
  return pane.locator("button.step-button.primary").evaluateAll((buttons) => buttons.map((b) => b.id));
}

/** Clicks an action and waits for it to finish (main[data-actions-done] counts finished actions). */
async function click(session: PreviewSession, id: string): Promise<void> {
  const main = session.pane.locator("main#app");
  const done = Number((await main.getAttribute("data-actions-done")) ?? "0");
  await session.pane.locator(`#${id}`).click();
  await session.pane.locator(`main#app[data-actions-done="${done + 1}"]`).waitFor({ timeout: 60_000 });
  await settled(session.pane);
}

describe.each(["light", "dark"] as const)("%s theme, 320 px, Vietnamese", (theme) => {
  test("g1. an empty workbook: Set up, then review Cấu hình, then enter data; never a green check", async () => {
    const session = await openPreview(env.browser, env.server, { workbook: "empty", theme });
    try {
      await session.pane.locator('main[data-state="empty"]').waitFor();
      expect(await primarySteps(session.pane)).toEqual(["btn-setup"]);
      await session.screenshot(`g-1-empty-${theme}`);
      await expectAccessible(session.page, `empty, ${theme}`);

      await click(session, "btn-setup");
      expect(await primarySteps(session.pane)).toEqual(["btn-review"]);
      // Set up left Cấu hình in front and asks the clerk to check it.
      await expect(session.grid.getAttribute("data-active-sheet")).resolves.toBe("Cấu hình");
      await expect(session.pane.locator("#status").textContent()).resolves.toMatch(
        /Cấu hình.*cơ quan.*người ký/,
      );
      await session.screenshot(`g-2-setup-${theme}`);
      await expectAccessible(session.page, `after set up, ${theme}`);

      await click(session, "btn-review");
      expect(await primarySteps(session.pane)).toEqual(["btn-validate"]);

      await click(session, "btn-validate");
      // No staff row: the message bar warns and the next step stays "check after entering data".
      await expect(session.pane.locator("#status").getAttribute("data-kind")).resolves.not.toBe("success");
      await expect(session.pane.locator("#status").textContent()).resolves.toContain("Cán bộ");
      expect(await primarySteps(session.pane)).toEqual(["btn-validate"]);
      await session.screenshot(`g-3-empty-roster-${theme}`);
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("g2. the broken workbook: errors on screen after Validate, notes folded, decline a draft in one line", async () => {
    const expected = runCampaign(snapshotOf("broken"), { today: "2024-07-05", locale: "vi" });
    const session = await openPreview(env.browser, env.server, { workbook: "broken", theme });
    try {
      expect(await primarySteps(session.pane)).toEqual(["btn-validate"]);
      await session.screenshot(`g-4-broken-open-${theme}`);

      await click(session, "btn-validate");
      expect(await primarySteps(session.pane)).toEqual(["btn-validate"]);
      await session.screenshot(`g-5-validated-${theme}`);
      const errors = session.pane.locator('#issues [data-severity="error"] button.issue');
      await expect(errors.count()).resolves.toBe(expected.counts.error);
      // Within the first 800 px of the pane, without scrolling.
      const bottoms = await errors.evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect().bottom + window.scrollY),
      );
      expect(Math.max(...bottoms)).toBeLessThanOrEqual(800);
      // Notes folded, with their count.
      const notes = session.pane.locator('#issues details[data-severity="info"]');
      await expect(notes.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(notes.locator("summary").textContent()).resolves.toBe(`Lưu ý (${expected.counts.info})`);
      await expect(notes.locator("button.issue").first().isVisible()).resolves.toBe(false);
      // The summary waits folded under the list.
      await expect(
        session.pane.locator("#summary-section").evaluate((d) => (d as HTMLDetailsElement).open),
      ).resolves.toBe(false);
      // A message names its cell once, beside it, not again in its text.
      for (const text of await errors.locator(".issue-message").allTextContents())
        expect(text).not.toMatch(/\bÔ [A-Z]+\d+/);
      await expectAccessible(session.page, `broken, validated, ${theme}`);

      // The filter shows the notes alone, opened.
      await session.pane.locator("#issue-filter").selectOption("info");
      await expect(notes.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
      await expect(errors.first().isVisible()).resolves.toBe(false);
      await session.pane.locator("#issue-filter").selectOption("all");

      await session.pane.locator("#btn-export").click();
      await session.pane.locator("#confirm").waitFor({ state: "visible" });
      // The safe answer is the primary button and has the focus.
      await expect(session.pane.locator("#confirm-no").getAttribute("class")).resolves.toContain("primary");
      await expect(session.pane.locator("#confirm-message").textContent()).resolves.toMatch(
        /Xuất bản nháp có dấu DỰ THẢO\?$/,
      );
      await session.screenshot(`g-6-draft-question-${theme}`);
      await expectAccessible(session.page, `draft question, ${theme}`);
      await session.pane.locator("#confirm-no").click();
      await session.pane.locator('main#app[data-actions-done="2"]').waitFor();
      await settled(session.pane);
      // One calm line, and a link to the first error.
      const text = session.pane.locator("#status-text");
      await expect(text.textContent()).resolves.toBe(
        `Chưa xuất báo cáo: sổ còn ${expected.counts.error} lỗi.`,
      );
      const lines = await text.evaluate(
        (p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
      );
      expect(Math.round(lines)).toBe(1);
      await expect(session.pane.locator("#status").getAttribute("data-kind")).resolves.not.toBe("error");
      const first = expected.issues.find((issue) => issue.severity === "error")!;
      await session.pane.locator("#status-first-error").click();
      await session.page.waitForFunction(
        (want) => document.querySelector("#grid")?.getAttribute("data-selected-cell") === want,
        `${first.sheet}!${first.cell}`,
      );
      await session.screenshot(`g-7-declined-${theme}`);
      await expectAccessible(session.page, `draft declined, ${theme}`);
      expectClean(session);
    } finally {
      await session.close();
    }
  });

  test("g3. the sample: clean after Validate → Export is next; Compute opens Báo cáo and says where things are", async () => {
    const session = await openPreview(env.browser, env.server, { workbook: "sample", theme });
    try {
      await click(session, "btn-validate");
      expect(await primarySteps(session.pane)).toEqual(["btn-export"]);
      await session.screenshot(`g-8-sample-validated-${theme}`);

      await click(session, "btn-compute");
      await expect(session.grid.getAttribute("data-active-sheet")).resolves.toBe("Báo cáo");
      await expect(session.pane.locator("#status").textContent()).resolves.toMatch(/DS tặng quà.*Kiểm tra/);
      await expect(
        session.pane.locator("#summary-section").evaluate((d) => (d as HTMLDetailsElement).open),
      ).resolves.toBe(true);
      await session.screenshot(`g-9-computed-${theme}`);
      // Below the fold: the summary tiles, the units' total row and "Sau đợt".
      await (await session.paneFrame()).evaluate(() => window.scrollTo(0, 700));
      await session.screenshot(`g-9-computed-below-${theme}`);
      await (await session.paneFrame()).evaluate(() => window.scrollTo(0, 0));
      await expectAccessible(session.page, `computed, ${theme}`);

      await session.pane.locator("#btn-clear").click();
      await session.pane.locator("#confirm").waitFor({ state: "visible" });
      await expect(session.pane.locator("#confirm-yes").getAttribute("class")).resolves.toContain("danger");
      await session.screenshot(`g-10-clear-question-${theme}`);
      await session.pane.locator("#confirm-no").click();
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});

test.each(PANE_WIDTHS)(
  "g4. at %i px the opening pane and a validated one pass axe, light and dark",
  async (width) => {
    for (const theme of ["light", "dark"] as const) {
      const session = await openPreview(env.browser, env.server, { workbook: "broken", theme }, width);
      try {
        await expectAccessible(session.page, `opening, ${theme}, ${width}`);
        await click(session, "btn-validate");
        await session.pane.locator('#issues details[data-severity="info"] summary').click();
        await expectAccessible(session.page, `notes open, ${theme}, ${width}`);
        expectClean(session);
      } finally {
        await session.close();
      }
    }
  },
);

test("g5. while the engine computes the large workbook in its worker, no pane frame takes 100 ms or more", async () => {
  const session = await openPreview(env.browser, env.server, { workbook: "large", latency: 20 });
  try {
    const frame = await session.paneFrame();
    // requestAnimationFrame gaps, measured in the pane itself from the click to the end of the action.
    await frame.evaluate(() => {
      const gaps: number[] = [];
      const labels: string[] = [];
      let last = performance.now();
      const tick = (now: number): void => {
        gaps.push(now - last);
        labels.push(document.querySelector("#progress-label")?.textContent ?? "");
        last = now;
        if (!(window as unknown as { stopFrames?: boolean }).stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      (window as unknown as { frameGaps: number[] }).frameGaps = gaps;
      (window as unknown as { frameLabels: string[] }).frameLabels = labels;
    });
    const stages = new Set<string>();
    await session.pane.locator("#btn-compute").click();
    while (await frame.evaluate(() => document.querySelector("#btn-compute")?.hasAttribute("disabled"))) {
      stages.add((await frame.evaluate(() => document.querySelector("#progress-label")?.textContent)) ?? "");
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await settled(session.pane);
    const gaps = await frame.evaluate(() => {
      (window as unknown as { stopFrames?: boolean }).stopFrames = true;
      return (window as unknown as { frameGaps: number[] }).frameGaps;
    });
    const slowest = Math.max(...gaps.slice(1));
    const labels = await frame.evaluate(() => (window as unknown as { frameLabels: string[] }).frameLabels);
    const worst = gaps
      .map((gap, index) => `${gap.toFixed(0)} ms after "${labels[index - 1] ?? ""}"`)
      .filter((_, index) => gaps[index] > 50);
    console.log(`frames over 50 ms: ${worst.join("; ")}`);
    // The frames that start while the engine computes the lists and the report (the worker's part). Reading and
    // writing are the Excel fake's work here, which runs in the pane's own thread in the preview only.
    // A frame counts when it begins and ends in that stage: the one that ends as the answer arrives is the
    // hand-over (the answer's structured clone and the first batch of writes), logged above, not the engine.
    const inStage = (label: string | undefined): boolean => (label ?? "").includes("Đang tính danh sách");
    const computing = gaps.filter((_, index) => inStage(labels[index - 1]) && inStage(labels[index]));
    console.log(
      `large compute: ${gaps.length} frames, slowest ${slowest.toFixed(1)} ms; stages ${[...stages].join(" / ")}`,
    );
    expect(gaps.length).toBeGreaterThan(10);
    expect(computing.length).toBeGreaterThan(0);
    expect(Math.max(...computing)).toBeLessThan(100);
    expect([...stages].some((stage) => stage.includes("Đang kiểm tra"))).toBe(true);
    expectClean(session);
  } finally {
    await session.close();
  }
});
