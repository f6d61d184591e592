import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { IsoDate, Locale } from "../../engine";
import type { AgencyReading } from "../../xlsx/read-agency";
import { readAgencyFile } from "./read-agency-file";

export interface AgencyJob {
  readonly index: number;
  readonly file: string;
  readonly today: IsoDate;
  readonly locale: Locale;
}

/**
 * Threads beside the main one. Each holds one workbook at a time (a 150-staff file is a few MB once read), so the
 * cores, not memory, set the limit; one thread would only add start-up time to a single file.
 */
function threadCount(files: number): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const threads = Math.min(files, cores, 8);
  return threads > 1 ? threads : 0;
}

/** The compiled worker beside this file; absent when the sources run untranspiled (the jest runner). */
const WORKER_FILE = path.join(__dirname, "read-agency-worker.js");

/**
 * Reads every file, in parallel on worker_threads, and returns the readings in the files' order. A worker that
 * dies (out of memory on a huge file) fails only the file it held, which is listed with the reason.
 */
export async function readAgencies(
  files: readonly string[],
  options: { readonly today: IsoDate; readonly locale: Locale },
): Promise<AgencyReading[]> {
  const jobs: AgencyJob[] = files.map((file, index) => ({ index, file, ...options }));
  const readings: AgencyReading[] = new Array<AgencyReading>(files.length);
  const threads = existsSync(WORKER_FILE) ? threadCount(files.length) : 0;
  if (threads === 0) {
    for (const job of jobs) readings[job.index] = await readAgencyFile(job, fs.readFile);
    return readings;
  }
  let next = 0;
  const runThread = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(WORKER_FILE);
      let current: AgencyJob | null = null;
      const sendNext = (): void => {
        current = next < jobs.length ? jobs[next++] : null;
        if (current === null) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(current);
      };
      worker.on("message", (reading: AgencyReading & { index: number }) => {
        const { index, ...rest } = reading;
        readings[index] = rest as AgencyReading;
        sendNext();
      });
      worker.on("error", (error) => {
        if (current !== null) {
          readings[current.index] = {
            kind: "unreadable",
            unreadable: { file: current.file, reason: `lỗi khi đọc: ${error.message}` },
          };
        }
        // The thread is gone: the files it had not started go to a fresh one.
        void runThread().then(resolve);
      });
      sendNext();
    });
  await Promise.all(Array.from({ length: threads }, runThread));
  return readings;
}
