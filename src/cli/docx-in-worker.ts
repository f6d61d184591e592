import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReportModel } from "../engine";
import { nodeZipCodec } from "./node-zip-codec";

const WORKER = path.join(__dirname, "docx-worker.js");

/** The report's .docx, made beside the workbook. */
export interface DocxRenderer {
  render(model: ReportModel, draft: boolean): Promise<Uint8Array>;
  /** No .docx after all (the report was refused): the thread stops. */
  cancel(): void;
}

/**
 * A thread for the report's .docx, started before the workbook is read: loading the docx library and the renderer
 * overlaps reading the file, and rendering overlaps writing the workbook (both CPU-bound; a clerk's machine has
 * at least two cores). Where the compiled worker is missing (the tests run the sources), rendered here.
 */
export function startDocxRenderer(): DocxRenderer {
  if (!existsSync(WORKER))
    return {
      render: async (model, draft) => {
        // Loaded here only: with the thread, the docx library is the thread's alone.
        const { renderReportDocx } = await import("../report/docx-report");
        return renderReportDocx(model, { draft, codec: nodeZipCodec });
      },
      cancel: () => undefined,
    };
  const worker = new Worker(WORKER);
  const done = new Promise<Uint8Array>((resolve, reject) => {
    worker.once("message", (bytes: Uint8Array) => resolve(bytes));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the .docx thread stopped (exit ${code})`)));
  });
  // Settled either way before anything awaits it, so a thread that fails or is cancelled never goes unhandled.
  done.catch(() => undefined);
  return {
    render(model, draft) {
      worker.postMessage({ model, draft });
      return done;
    },
    cancel: () => void worker.terminate(),
  };
}
