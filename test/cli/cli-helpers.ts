import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = path.join(__dirname, "..", "..", "bin", "action-month.js");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real command line, as a user runs it (compiled by `npm run build:cli`, which `npm test` runs first). */
export function cli(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    // A province's --json lists every issue: more than spawnSync's 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "action-month-"));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
