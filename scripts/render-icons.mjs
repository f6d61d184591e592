// Renders the add-in's PNG icons from the SVG sources in assets/:
//   node scripts/render-icons.mjs            all icons
//   node scripts/render-icons.mjs validate   only the PNGs whose name starts with "validate"
// Office wants PNGs at fixed sizes; each 16 px icon has its own, simpler drawing because the full one turns to
// mush at that size. Rendering goes through headless Chromium so the PNGs match what a browser draws.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");

/** Each PNG and the SVG it is drawn from. */
const ICONS = [
  { svg: "icon-small.svg", png: "icon-16.png", size: 16 },
  { svg: "icon.svg", png: "icon-32.png", size: 32 },
  { svg: "icon.svg", png: "icon-64.png", size: 64 },
  { svg: "icon.svg", png: "icon-80.png", size: 80 },
  { svg: "icon.svg", png: "icon-128.png", size: 128 },
  { svg: "validate-small.svg", png: "validate-16.png", size: 16 },
  { svg: "validate.svg", png: "validate-32.png", size: 32 },
  { svg: "validate.svg", png: "validate-80.png", size: 80 },
  { svg: "export-small.svg", png: "export-16.png", size: 16 },
  { svg: "export.svg", png: "export-32.png", size: 32 },
  { svg: "export.svg", png: "export-80.png", size: 80 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const only = process.argv.slice(2);
  for (const { svg, png, size } of ICONS.filter(
    (icon) => only.length === 0 || only.some((p) => icon.png.startsWith(p)),
  )) {
    const source = await readFile(path.join(assets, svg), "utf8");
    const markup = source.replace(/<svg\b/, `<svg width="${size}" height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`,
    );
    const image = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(path.join(assets, png), image);
    console.log(`assets/${png} (${size}×${size}) ← assets/${svg}`);
  }
} finally {
  await browser.close();
}
