/**
 * j. axe-core (WCAG 2.1 A and AA) over the preview page and the pane's frame in every state a clerk meets: on
 * opening, after Validate, after Compute & fill, with the confirm dialog open, in dark theme, in English.
 */
import { describeViolations, expectAccessible, WCAG_TAGS } from "./axe";
import AxeBuilder from "@axe-core/playwright";
import {
  expectClean,
  openPreview,
  PANE_WIDTHS,
  type PreviewQuery,
  type PreviewSession,
  settled,
  useBrowserAndServer,
} from "./harness";

const env = useBrowserAndServer();

async function validated(session: PreviewSession): Promise<void> {
  await session.pane.locator("#btn-validate").click();
  await session.pane.locator("#issues button.issue").first().waitFor();
  await settled(session.pane);
}

async function computed(session: PreviewSession): Promise<void> {
  await session.pane.locator("#btn-compute").click();
  await session.pane.locator('#summary [data-figure="gifts-count"]').waitFor();
  await settled(session.pane);
}

async function dialogOpen(session: PreviewSession): Promise<void> {
  await session.pane.locator("#btn-clear").click();
  await session.pane.locator("#confirm").waitFor({ state: "visible" });
}

const STATES: readonly [string, PreviewQuery, ((session: PreviewSession) => Promise<void>) | null][] = [
  ["initial", { workbook: "sample" }, null],
  ["after validate", { workbook: "broken" }, validated],
  ["after compute", { workbook: "sample" }, computed],
  ["dialog open", { workbook: "sample" }, dialogOpen],
  ["dark, after validate", { workbook: "broken", theme: "dark" }, validated],
  ["dark, dialog open", { workbook: "sample", theme: "dark" }, dialogOpen],
  ["English, after validate", { workbook: "broken", lang: "en-US" }, validated],
];

describe.each(PANE_WIDTHS)("at %i px", (width) => {
  test.each(STATES)("j. %s: no WCAG 2.1 AA violation", async (state, query, reach) => {
    const session = await openPreview(env.browser, env.server, query, width);
    try {
      if (reach) await reach(session);
      await expectAccessible(session.page, state);
      if (state === "dialog open") await session.screenshot(`j-dialog-${width}`);
      if (state === "dialog open") {
        await session.pane.locator("#confirm-no").click();
        await session.pane.locator("#confirm").waitFor({ state: "hidden" });
      }
      expectClean(session);
    } finally {
      await session.close();
    }
  });
});

test("axe looks inside the pane's frame (a planted violation is found)", async () => {
  const session = await openPreview(env.browser, env.server, { workbook: "sample" });
  try {
    const frame = await session.paneFrame();
    await frame.evaluate(() => {
      const image = document.createElement("img");
      image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      image.id = "planted";
      document.querySelector("main")?.appendChild(image);
    });
    const results = await new AxeBuilder({ page: session.page }).withTags(WCAG_TAGS).analyze();
    expect(describeViolations(results.violations)).toMatch(/image-alt[\s\S]*#pane #planted/);
  } finally {
    await session.close();
  }
});
