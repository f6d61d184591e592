/** f. and g.: the pane in English when Office speaks English, and in Office's dark theme. */
import { STRINGS } from "../../src/taskpane/strings";
import { expectClean, openPreview, PANE_WIDTHS, settled, useBrowserAndServer } from "./harness";

const BUTTONS = {
  setup: "#btn-setup",
  validate: "#btn-validate",
  compute: "#btn-compute",
  export: "#btn-export",
  clear: "#btn-clear",
} as const;

const env = useBrowserAndServer();

test("the pane's buttons read as the contract says in Vietnamese", async () => {
  const session = await openPreview(env.browser, env.server, { workbook: "sample" });
  try {
    expect(await session.pane.locator("html").getAttribute("lang")).toBe("vi");
    expect(await session.pane.locator("#btn-setup .step-label").textContent()).toBe("Thiết lập sổ");
    expect(await session.pane.locator("#btn-validate .step-label").textContent()).toBe("Kiểm tra dữ liệu");
    expect(await session.pane.locator("#btn-compute .step-label").textContent()).toBe("Tính và điền báo cáo");
    expect(await session.pane.locator("#btn-export .step-label").textContent()).toBe("Xuất báo cáo");
    await session.screenshot("initial-vi-320");
    expectClean(session);
  } finally {
    await session.close();
  }
});

test.each(PANE_WIDTHS)("f. lang=en-US: English buttons and html lang=en (%i px)", async (width) => {
  const session = await openPreview(env.browser, env.server, { workbook: "broken", lang: "en-US" }, width);
  try {
    expect(await session.pane.locator("html").getAttribute("lang")).toBe("en");
    for (const [key, selector] of Object.entries(BUTTONS)) {
      const text = (await session.pane.locator(`${selector} .step-label`).textContent())?.trim() ?? "";
      expect(text).toBe(STRINGS.en.button[key as keyof typeof BUTTONS]);
      expect(text).not.toBe(STRINGS.vi.button[key as keyof typeof BUTTONS]);
      expect(text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
    await session.pane.locator("#btn-validate").click();
    await session.pane.locator("#issues button.issue").first().waitFor();
    await settled(session.pane);
    // The engine's messages follow the pane's language.
    await expect(
      session.pane.locator('#issues button.issue[data-code="PARENT_UNKNOWN"]').textContent(),
    ).resolves.toMatch(/is not on the "Cán bộ" sheet/);
    await session.screenshot(`f-english-${width}`);
    expectClean(session);
  } finally {
    await session.close();
  }
});

test.each(PANE_WIDTHS)("g. theme=dark: body.theme-dark (%i px)", async (width) => {
  const session = await openPreview(env.browser, env.server, { workbook: "broken", theme: "dark" }, width);
  try {
    await expect(session.pane.locator("body").getAttribute("class")).resolves.toMatch(/\btheme-dark\b/);
    await session.pane.locator("#btn-validate").click();
    await session.pane.locator("#issues button.issue").first().waitFor();
    await settled(session.pane);
    // The pane paints its own dark background: it does not rely on the frame's.
    const background = await session.pane
      .locator("body")
      .evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).not.toMatch(/^rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/);
    await session.screenshot(`g-dark-${width}`);
    expectClean(session);
  } finally {
    await session.close();
  }
});
