import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReportModel } from "../engine";
import { renderReportDocx } from "../report/docx-report";
import { nodeZipCodec } from "./node-zip-codec";

const WORKER = path.join(__dirname, "docx-worker.js");

/**
 * The report's .docx, rendered on a worker thread while the main thread writes the workbook: both are CPU-bound
 * and a clerk's machine has at least two cores. Where the compiled worker is missing (the tests run the sources),
 * rendered here.
 */
export function renderDocxAside(model: ReportModel, draft: boolean): Promise<Uint8Array> {
  if (!existsSync(WORKER)) return renderReportDocx(model, { draft, codec: nodeZipCodec });
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { model, draft } });
    worker.once("message", (bytes: Uint8Array) => resolve(bytes));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the .docx thread stopped (exit ${code})`));
    });
  });
}
