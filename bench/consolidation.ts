import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { agencyWorkbook } from "../test/support/agency-workbook";
import { BIN, LibreOffice, RSS_PROBE, run, TODAY_ARG, writeTrackerFile } from "./command-line";
import { round } from "./stats";

/**
 * `npm run bench:consolidation`: the receiving agency's consolidation at province scale — 200 agencies' trackers
 * of 150 staff each, generated into a temporary folder — `action-month consolidate` end to end (node's start-up,
 * every file read on worker_threads, the engine, the .docx and .xlsx written), against LibreOffice converting
 * the same 200 files to CSV in one headless run. Times are reported, never asserted.
 */

const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 200);
const STAFF = Number(process.env.BENCH_AGENCY_STAFF ?? 150);
const TIMEOUT_MS = 600_000;

interface ConsolidationRow {
  readonly agencies: number;
  readonly staffEach: number;
  readonly inputMb: number;
  readonly cores: number;
  readonly consolidateMs: number | null;
  readonly consolidatePeakRssMb: number | null;
  readonly libreofficeMs: number | null;
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "action-month-consolidation-"));
  const inbox = path.join(dir, "nhan");
  const out = path.join(dir, "tong-hop");
  await fs.mkdir(inbox);
  try {
    process.stderr.write(`bench: writing ${AGENCIES} trackers of ${STAFF} staff into ${inbox}\n`);
    let bytes = 0;
    for (let i = 0; i < AGENCIES; i += 1) {
      const snapshot = agencyWorkbook({
        agency: `CƠ QUAN SỐ ${i + 1}`,
        symbol: `CQ${i + 1}`,
        staff: STAFF,
        seed: 7 + i,
      });
      bytes += await writeTrackerFile(
        snapshot,
        path.join(inbox, `co-quan-${String(i + 1).padStart(3, "0")}.xlsx`),
      );
    }

    process.stderr.write("bench: action-month consolidate\n");
    const rssFile = path.join(dir, "rss.txt");
    const finished = await run(
      process.execPath,
      ["--require", RSS_PROBE, BIN, "consolidate", inbox, "--out", out, "--today", TODAY_ARG, "--json"],
      { BENCH_RSS_FILE: rssFile },
      TIMEOUT_MS,
    );
    const probedKb = existsSync(rssFile) ? Number(await fs.readFile(rssFile, "utf8")) : 0;
    const peakKb = probedKb || finished.polledPeakKb;
    const ok = finished.code === 0 || finished.code === 1;
    const summary = path.join(out, "tong-hop-thang-hanh-dong-2024.xlsx");
    if (!ok || !existsSync(summary)) process.stderr.write(`bench: consolidate failed: ${finished.stderr}\n`);

    let libreofficeMs: number | null = null;
    const libreOffice = LibreOffice.find();
    if (libreOffice) {
      process.stderr.write("bench: LibreOffice --convert-to csv of the same files, one process\n");
      const csvDir = path.join(dir, "csv");
      await fs.mkdir(csvDir);
      const files = (await fs.readdir(inbox)).map((name) => path.join(inbox, name));
      const start = performance.now();
      const converted = await run(
        libreOffice.binary,
        [
          `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "csv",
          "--outdir",
          csvDir,
          ...files,
        ],
        {},
        TIMEOUT_MS,
      );
      const csvs = (await fs.readdir(csvDir)).length;
      libreofficeMs = converted.code === 0 && csvs === files.length ? round(performance.now() - start) : null;
      if (libreofficeMs === null)
        process.stderr.write(`bench: LibreOffice converted ${csvs} of ${files.length}\n`);
    }

    const row: ConsolidationRow = {
      agencies: AGENCIES,
      staffEach: STAFF,
      inputMb: round(bytes / 1024 / 1024),
      cores: os.availableParallelism(),
      consolidateMs: ok ? round(finished.ms) : null,
      consolidatePeakRssMb: peakKb > 0 ? round(peakKb / 1024) : null,
      libreofficeMs,
    };
    process.stdout.write(`${JSON.stringify(row)}\n`);
    process.stdout.write(
      `| consolidate ${AGENCIES} × ${STAFF} staff (${row.inputMb} MB) | ${row.consolidateMs ?? "failed"} ms | ` +
        `${row.consolidatePeakRssMb ?? "?"} MB peak RSS | LibreOffice → CSV ${row.libreofficeMs ?? "n/a"} ms |\n`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void main();
