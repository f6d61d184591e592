import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { syntheticWorkbook } from "../test/support/synthetic-workbook";
import { bundleSizes } from "./bundle";
import { cliPhases } from "./cli-phases";
import { LibreOffice, medianReport, runReport, writeTrackerFile } from "./command-line";
import { summariseProfileDir } from "./cpu-profile";
import { engineMs } from "./engine-time";
import { wholeColumnDropDowns } from "./drop-downs";
import { machine } from "./machine";
import { NAIVE_OPERATIONS, naiveRoundTrips } from "./naive-baseline";
import { type BenchOptions, parseBenchOptions } from "./options";
import type { BenchResult, BySize } from "./result";
import { adapterRoundTrips, OPERATIONS, type RoundTrips } from "./round-trips";
import { round } from "./stats";
import { humanReport } from "./tables";

/**
 * `npm run bench`: round trips through the in-memory Excel (against a naive per-row baseline), the engine's time,
 * the command line end to end against LibreOffice opening the same file, and the task pane's bundle. Times are
 * reported, never asserted; test/bench/sync-scaling.test.ts keeps the deterministic part.
 */

const FIVE_MB = 5 * 1024 * 1024;
/**
 * Runs per size, medians. The command line and LibreOffice take one to six seconds at 30 000 staff, depending on
 * the machine, and one run of either varies by ±100 ms on a shared one: three each, so that `cliMs <
 * libreofficeMs` is not a coin toss. The engine's single runs at that size range from 230 to over 400 ms on a
 * shared machine: nine after its warm-ups, so that one slow run cannot move the median.
 */
const engineRuns = (staff: number): number => (staff <= 1_000 ? 7 : 9);
const processRuns = (): number => 3;
/**
 * Beyond this a command-line run is stopped and reported as such, keeping the whole bench under five minutes on
 * two cores: at 30 000 staff the command line runs out of its 4 GB heap after minutes (BENCHMARKS.md).
 */
const CLI_TIMEOUT_MS = 60_000;
/** A profiled run is opt-in (`--profile`) and may take longer. */
const PROFILE_TIMEOUT_MS = 600_000;

const begun = performance.now();
const progress = (message: string): void => {
  process.stderr.write(
    `bench ${((performance.now() - begun) / 1000).toFixed(0).padStart(4)} s: ${message}\n`,
  );
};

const bySize = <T>(sizes: readonly number[], value: (size: number) => T): BySize<T> =>
  Object.fromEntries(sizes.map((size) => [String(size), value(size)]));

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { sizes } = options;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "action-month-bench-"));
  const libreOffice = LibreOffice.find();
  const excel = Object.fromEntries(OPERATIONS.map((op) => [op, {}])) as Record<string, BySize<RoundTrips>>;
  const naive = Object.fromEntries(NAIVE_OPERATIONS.map((op) => [op, {}])) as Record<
    string,
    BySize<RoundTrips>
  >;
  const exportWorkbookBytes: BySize<number> = {};
  const engine: BySize<number> = {};
  const cliMs: BySize<number | null> = {};
  const cliPeakRssMb: BySize<number | null> = {};
  const cliFailures: BySize<string> = {};
  const libreofficeMs: BySize<number | null> = {};
  const inputFileBytes: BySize<number> = {};
  const files: BySize<string> = {};
  let profile: BenchResult["profile"];
  try {
    // The pane's build (when dist/ is stale) runs in its own process while this one counts round trips, which
    // no CPU contention can change; everything timed comes after it.
    const bundling = bundleSizes({
      build: options.build,
      onBuild: () =>
        progress("dist/ is missing or older than src/: npm run build, alongside the round trips"),
    }).then(
      (measured) => ({ measured, error: null }),
      (error: unknown) => ({ measured: null, error }),
    );
    for (const staff of sizes) {
      const key = String(staff);
      const snapshot = syntheticWorkbook({ staff });
      progress(`${staff} staff: round trips on the in-memory Excel`);
      const adapter = await adapterRoundTrips(staff, snapshot);
      for (const op of OPERATIONS) excel[op][key] = adapter.operations[op];
      exportWorkbookBytes[key] = adapter.exportWorkbookBytes;
      progress(`${staff} staff: naive per-row baseline`);
      const baseline = await naiveRoundTrips(staff, snapshot);
      for (const op of NAIVE_OPERATIONS) naive[op][key] = baseline[op];
      files[key] = path.join(dir, `tracker-${staff}.xlsx`);
      inputFileBytes[key] = await writeTrackerFile(snapshot, files[key]);
    }
    const bundled = await bundling;
    if (!bundled.measured) throw bundled.error;
    const bundle = bundled.measured;
    progress(`bundle measured${bundle.built ? " (after npm run build)" : ""}`);
    for (const staff of sizes) {
      progress(`${staff} staff: engine`);
      engine[String(staff)] = await engineMs(files[String(staff)], engineRuns(staff));
    }
    for (const staff of sizes) {
      const key = String(staff);
      progress(`${staff} staff: action-month report`);
      const cli = await medianReport(files[key], dir, processRuns(), CLI_TIMEOUT_MS);
      cliMs[key] = cli.ms;
      cliPeakRssMb[key] = cli.peakRssMb;
      if (cli.failure) {
        cliFailures[key] = cli.failure;
        progress(`${staff} staff: action-month report failed: ${cli.failure}`);
      }
    }
    progress("sample with 14 whole-column drop-downs");
    const dropDowns = await wholeColumnDropDowns(dir, CLI_TIMEOUT_MS);
    if (libreOffice) {
      // The first start creates the profile under /tmp: a warm-up conversion keeps that out of the times.
      await libreOffice.convertMs(files[String(sizes[0])], dir);
      for (const staff of sizes) {
        progress(`${staff} staff: LibreOffice --convert-to csv`);
        libreofficeMs[String(staff)] = await libreOffice.medianMs(files[String(staff)], dir, processRuns());
      }
    } else for (const staff of sizes) libreofficeMs[String(staff)] = null;
    // The largest size the command line finished: a run killed or out of memory leaves no profile.
    const profiled = [...sizes].reverse().find((size) => cliMs[String(size)] !== null);
    if (options.profile && profiled !== undefined) {
      const staff = profiled;
      progress(`${staff} staff: profiling action-month report`);
      const profileDir = path.join(dir, "cpu-profile");
      await fs.mkdir(profileDir);
      await runReport(files[String(staff)], dir, {
        timeoutMs: PROFILE_TIMEOUT_MS,
        nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
      });
      profile = {
        staff,
        phasesMs: await cliPhases(files[String(staff)]),
        cpu: await summariseProfileDir(profileDir),
      };
    }
    const sizeKeys = sizes.map(String);
    return {
      sizes,
      machine: machine(libreOffice ? await libreOffice.version() : null),
      excel: excel as BenchResult["excel"],
      naive: naive as BenchResult["naive"],
      exportWorkbookBytes,
      engineMs: engine,
      cliMs,
      libreofficeMs,
      cliPeakRssMb,
      cliFailures,
      inputFileBytes,
      wholeColumnDropDowns: dropDowns,
      runs: { engine: bySize(sizes, engineRuns), cli: bySize(sizes, processRuns) },
      bundle,
      ratios: {
        naiveToExcelSyncs: Object.fromEntries(
          NAIVE_OPERATIONS.map((op) => [
            op,
            bySize(sizes, (size) => round(naive[op][size].syncs / excel[op][size].syncs)),
          ]),
        ) as BenchResult["ratios"]["naiveToExcelSyncs"],
        cliToLibreoffice: bySize(sizes, (size) => {
          const cli = cliMs[size];
          const reference = libreofficeMs[size];
          return cli !== null && reference ? round(cli / reference, 2) : null;
        }),
        engineToCli: bySize(sizes, (size) => {
          const cli = cliMs[size];
          return cli !== null ? round(engine[size] / cli, 3) : null;
        }),
      },
      checks: {
        syncsConstant: Object.fromEntries(
          OPERATIONS.map((op) => [op, new Set(sizeKeys.map((size) => excel[op][size].syncs)).size === 1]),
        ) as BenchResult["checks"]["syncsConstant"],
        requestsUnder5Mb: OPERATIONS.every((op) =>
          sizeKeys.every((size) => excel[op][size].maxPayloadBytes < FIVE_MB),
        ),
      },
      profile,
      benchSeconds: round(process.uptime()),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await libreOffice?.dispose();
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const result = await runBench(options);
  process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${humanReport(result)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
