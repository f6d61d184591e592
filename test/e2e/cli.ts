/** The command line's answer for the bundled sample, to hold the pane's figures against (needs `npm run build:cli`). */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./harness";

export interface CliSummary {
  readonly campaign: { readonly theme: string };
  readonly validation: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly staff: { readonly count: number };
  readonly children: { readonly unique: number; readonly rows: number };
  readonly gifts: { readonly count: number; readonly total: number };
  readonly awards: { readonly count: number; readonly total: number };
  readonly contributions: { readonly total: number };
}

/** `action-month init <tmp>.xlsx --sample`, then `report <tmp>.xlsx --json --today 05/07/2024 --out <tmp>`. */
export function cliSampleReport(): CliSummary {
  const bin = path.join(ROOT, "bin", "action-month.js");
  if (!existsSync(path.join(ROOT, "dist-cli", "src", "cli", "main.js")))
    throw new Error("dist-cli is missing: run `npm run build:cli` (npm run test:e2e does)");
  const dir = mkdtempSync(path.join(tmpdir(), "action-month-e2e-"));
  try {
    const workbook = path.join(dir, "mau.xlsx");
    execFileSync(process.execPath, [bin, "init", workbook, "--sample"], { cwd: ROOT, encoding: "utf8" });
    const json = execFileSync(
      process.execPath,
      [bin, "report", workbook, "--json", "--today", "05/07/2024", "--out", dir],
      { cwd: ROOT, encoding: "utf8" },
    );
    return JSON.parse(json) as CliSummary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
