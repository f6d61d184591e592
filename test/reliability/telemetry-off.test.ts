import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The office-addin-* dev tools read their usage-data level from `~/office-addin-usage-data.json`; the scripts that
 * run them (`start`, `start:web`, `stop`, `validate`) first run `telemetry:off`, which sets it to off.
 */
const ROOT = path.join(__dirname, "..", "..");

function telemetryOff(home: string) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", "telemetry-off.mjs")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, HOME: home, USERPROFILE: home },
  });
}

describe("telemetry:off", () => {
  it("runs before every script that starts an office-addin-* tool", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const tools = Object.keys(scripts).filter((name) =>
      /office-addin-(debugging|manifest)/.test(scripts[name]),
    );
    expect(tools.sort()).toEqual(["start", "start:web", "stop", "validate"]);
    for (const name of tools) expect([name, scripts[`pre${name}`]]).toEqual([name, "npm run telemetry:off"]);
  });

  it("writes the tools' own opt-out, keeping what else the file holds", () => {
    const home = mkdtempSync(path.join(os.tmpdir(), "telemetry-"));
    const file = path.join(home, "office-addin-usage-data.json");
    writeFileSync(file, JSON.stringify({ usageDataInstances: { other: { usageDataLevel: "on" } } }));
    const run = telemetryOff(home);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("telemetry: off");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      usageDataInstances: {
        other: { usageDataLevel: "on" },
        "office-addin-usage-data": { usageDataLevel: "off" },
        "generator-office": { usageDataLevel: "off" },
      },
    });
    expect(telemetryOff(home).status).toBe(0);
  });
});
