import { spawn } from "node:child_process";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type Cell, inputTemplates, type WorkbookSnapshot } from "../src/engine";
import { trackerWorkbookBytes } from "../src/xlsx/tracker-workbook";
import { median, round } from "./stats";

/** The repository root, from dist-cli/bench/ (compiled) or bench/ (ts-jest). */
export const ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}dist-cli${path.sep}`) ? "../.." : "..",
);
export const BIN = path.join(ROOT, "bin", "action-month.js");
export const RSS_PROBE = path.join(ROOT, "dist-cli", "bench", "rss-probe.js");
/** `--today` for the command line: the same report date as the adapter measurements. */
export const TODAY_ARG = "05/07/2024";
const LIBREOFFICE_TIMEOUT_MS = 120_000;

/** The tracker as `action-month init` would write it, filled with the synthetic rows. */
export async function writeTrackerFile(snapshot: WorkbookSnapshot, file: string): Promise<number> {
  const contents = new Map<string, readonly (readonly Cell[])[]>(
    snapshot.sheets.map((sheet) => [sheet.name, sheet.rows]),
  );
  const bytes = await trackerWorkbookBytes(inputTemplates(), contents);
  await fs.writeFile(file, bytes);
  return bytes.length;
}

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly ms: number;
  readonly stderr: string;
  /** Linux: the child's peak resident set (VmHWM, kB) last seen in /proc while it ran; 0 elsewhere. */
  readonly polledPeakKb: number;
}

function peakKbOf(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let polledPeakKb = 0;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => (polledPeakKb = Math.max(polledPeakKb, peakKbOf(child.pid))), 250);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ code, signal, ms: performance.now() - start, stderr, polledPeakKb });
    });
  });
}

export interface CliRun {
  /** Null when the run failed: see `failure`. */
  readonly ms: number | null;
  /** Peak resident set of the node process, from `process.resourceUsage().maxRSS` at exit (or /proc, if killed). */
  readonly peakRssMb: number | null;
  readonly failure: string | null;
}

/** What is left of a failed run's stderr worth a line: V8's out-of-memory verdict, or the last line. */
function why(finished: Finished, timeoutMs: number): string {
  if (finished.signal === "SIGKILL" && finished.ms >= timeoutMs)
    return `stopped by the bench after ${Math.round(timeoutMs / 1000)} s`;
  const oom = /FATAL ERROR: [^\n]*/.exec(finished.stderr)?.[0];
  const lines = finished.stderr.trim().split("\n");
  return `exit ${finished.code ?? finished.signal} after ${Math.round(finished.ms / 1000)} s: ${oom ?? lines[lines.length - 1]}`;
}

/**
 * `action-month report <file> --out <dir> --today 05/07/2024 --draft --json`, end to end: node's start-up, reading
 * the .xlsx, the engine, writing `<name>.report.xlsx` and `.docx`. `--draft` so that a workbook with errors still
 * writes both files (the synthetic one has none). `extraNodeArgs` is for `--cpu-prof`.
 */
export async function runReport(
  file: string,
  outDir: string,
  options: { readonly timeoutMs: number; readonly nodeArgs?: readonly string[] },
): Promise<CliRun> {
  const rssFile = path.join(outDir, `rss-${process.pid}.txt`);
  await fs.rm(rssFile, { force: true });
  const base = path.basename(file, ".xlsx");
  const outputs = [`${base}.report.xlsx`, `${base}.report.docx`].map((name) => path.join(outDir, name));
  await Promise.all(outputs.map((output) => fs.rm(output, { force: true })));
  const finished = await run(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      "--require",
      RSS_PROBE,
      BIN,
      "report",
      file,
      "--out",
      outDir,
      "--today",
      TODAY_ARG,
      "--draft",
      "--json",
    ],
    { BENCH_RSS_FILE: rssFile },
    options.timeoutMs,
  );
  const probedKb = existsSync(rssFile) ? Number(await fs.readFile(rssFile, "utf8")) : 0;
  const peakKb = probedKb || finished.polledPeakKb;
  const peakRssMb = peakKb > 0 ? round(peakKb / 1024) : null;
  // Exit 1 is "the data has errors", still a full run; 2 and signals are failures.
  if ((finished.code !== 0 && finished.code !== 1) || !outputs.every((output) => existsSync(output)))
    return { ms: null, peakRssMb, failure: why(finished, options.timeoutMs) };
  return { ms: finished.ms, peakRssMb, failure: null };
}

/** Median time and the largest peak of `runs` runs; the first failure ends the series. */
export async function medianReport(
  file: string,
  outDir: string,
  runs: number,
  timeoutMs: number,
): Promise<CliRun> {
  const results: CliRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const result = await runReport(file, outDir, { timeoutMs });
    if (result.failure) return result;
    results.push(result);
  }
  return {
    ms: round(median(results.map((r) => r.ms!))),
    peakRssMb: Math.max(...results.map((r) => r.peakRssMb ?? 0)),
    failure: null,
  };
}

/**
 * LibreOffice converting the same file to CSV, headless: it parses the whole workbook and writes the first sheet,
 * our reference for "a real spreadsheet program opening the file". soffice exits 0 even when it converts nothing,
 * so the CSV's presence is checked. A private profile keeps it off any running instance.
 */
export class LibreOffice {
  private readonly profile = path.join(process.env.TMPDIR ?? "/tmp", `lo-bench-${process.pid}`);

  private constructor(readonly binary: string) {}

  static find(): LibreOffice | null {
    const candidates = [
      process.env.SOFFICE,
      "/usr/bin/soffice",
      "/usr/local/bin/soffice",
      "/opt/libreoffice/program/soffice",
    ];
    const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
    return found ? new LibreOffice(found) : null;
  }

  async convertMs(file: string, outDir: string): Promise<number> {
    const csv = path.join(outDir, `${path.basename(file, ".xlsx")}.csv`);
    await fs.rm(csv, { force: true });
    const finished = await run(
      this.binary,
      [
        `-env:UserInstallation=file://${this.profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "csv",
        "--outdir",
        outDir,
        file,
      ],
      {},
      LIBREOFFICE_TIMEOUT_MS,
    );
    if (finished.code !== 0 || !existsSync(csv))
      throw new Error(`soffice did not convert ${file} (exit ${finished.code}): ${finished.stderr.trim()}`);
    return finished.ms;
  }

  async medianMs(file: string, outDir: string, runs: number): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await this.convertMs(file, outDir));
    return round(median(times));
  }

  async version(): Promise<string | null> {
    return new Promise((resolve) => {
      const child = spawn(this.binary, [`-env:UserInstallation=file://${this.profile}`, "--version"], {
        stdio: ["ignore", "pipe", "ignore"],
      });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("error", () => resolve(null));
      child.on("close", () => resolve(out.trim().split("\n")[0] || null));
    });
  }

  async dispose(): Promise<void> {
    await fs.rm(this.profile, { recursive: true, force: true });
  }
}
