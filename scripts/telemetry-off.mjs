// Turns off the usage data (telemetry) of Microsoft's office-addin-* dev tools before `start`, `stop` and
// `validate` run them: this project handles children's personal data and sends nothing anywhere (docs/personal-data.md).
//
// How the tools decide: office-addin-usage-data reads `~/office-addin-usage-data.json`,
// `{"usageDataInstances": {"office-addin-usage-data": {"usageDataLevel": "off"}}}`, which is exactly what its own
// `office-addin-usage-data off` command writes. Versions 2.1.1 and 3.0.0 (the ones package-lock.json installs) no
// longer send anything at all; the file keeps any older or future version quiet as well. No network access here.
//
// Exit 1 (so `npm start` stops) only when the opt-out cannot be written and an installed copy could still send.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const SETTINGS = path.join(os.homedir(), "office-addin-usage-data.json");
const GROUPS = ["office-addin-usage-data", "generator-office"];
const NO_OP = "Usage data reporting has been removed";

/** Every installed copy of office-addin-usage-data (top level and nested under another package). */
function installedCopies(root) {
  const copies = [];
  const visit = (modules, depth) => {
    if (depth > 3 || !existsSync(modules)) return;
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const dir = path.join(modules, entry.name);
      if (entry.name.startsWith("@")) {
        visit(dir, depth);
        continue;
      }
      if (entry.name === "office-addin-usage-data") {
        const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
        const source = path.join(dir, "lib", "usageData.js");
        const silent = existsSync(source) && readFileSync(source, "utf8").includes(NO_OP);
        copies.push({ dir: path.relative(root, dir), version, silent });
      }
      visit(path.join(dir, "node_modules"), depth + 1);
    }
  };
  visit(path.join(root, "node_modules"), 0);
  return copies;
}

function writeOptOut() {
  let settings = {};
  try {
    if (existsSync(SETTINGS)) settings = JSON.parse(readFileSync(SETTINGS, "utf8")) ?? {};
  } catch {
    settings = {};
  }
  if (typeof settings !== "object" || Array.isArray(settings)) settings = {};
  settings.usageDataInstances ??= {};
  for (const group of GROUPS)
    settings.usageDataInstances[group] = { ...settings.usageDataInstances[group], usageDataLevel: "off" };
  writeFileSync(SETTINGS, `${JSON.stringify(settings, null, 2)}\n`);
}

const copies = installedCopies(process.cwd());
const sending = copies.filter((copy) => !copy.silent);
try {
  writeOptOut();
  console.log(
    `telemetry: off (${SETTINGS}); office-addin-usage-data ${copies.map((c) => c.version).join(", ") || "not installed"}` +
      (sending.length === 0 ? ", none of which sends anything" : ""),
  );
} catch (error) {
  if (sending.length > 0) {
    console.error(
      `telemetry: cannot write ${SETTINGS} (${error.message}); ${sending.map((c) => c.dir).join(", ")} could send usage data. Stopping.`,
    );
    process.exit(1);
  }
  console.log(`telemetry: off (installed office-addin-usage-data sends nothing; ${SETTINGS} not writable)`);
}
