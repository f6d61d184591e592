import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReportModel } from "../engine";
import type { PackedRows } from "../xlsx/packed-rows";

const WORKER = path.join(__dirname, "report-helper-worker.js");

/** The first message to the helper: a sheet to parse, or none. */
export type HelperRequest =
  | { readonly kind: "sheet"; readonly bytes: Uint8Array; readonly part: string }
  | { readonly kind: "no-sheet" };

/**
 * A second thread for `report`, started before the workbook is read: it parses the largest input sheet while this
 * thread parses the rest, and renders the .docx while this one writes the workbook (all CPU-bound; a clerk's
 * machine has at least two cores).
 */
export interface ReportHelper {
  /** Sheet `part` of the workbook's bytes parsed there; undefined when it could not be (then parse it here). */
  readSheet(bytes: Uint8Array, part: string): Promise<PackedRows | undefined>;
  /** No sheet for the helper: it goes on to load the renderer. */
  noSheet(): void;
  render(model: ReportModel, draft: boolean): Promise<Uint8Array>;
  /** No .docx after all (the report was refused, the file unreadable): the thread stops. */
  cancel(): void;
}

/** Where the compiled helper is missing (the tests run the sources), everything is done on this thread. */
const inThisThread: ReportHelper = {
  readSheet: () => Promise.resolve(undefined),
  noSheet: () => undefined,
  render: async (model, draft) => {
    // Loaded here only: with the thread, the docx library is the thread's alone.
    const [{ renderReportDocx }, { nodeZipCodec }] = await Promise.all([
      import("../report/docx-report"),
      import("./node-zip-codec"),
    ]);
    return renderReportDocx(model, { draft, codec: nodeZipCodec });
  },
  cancel: () => undefined,
};

export function startReportHelper(): ReportHelper {
  if (!existsSync(WORKER)) return inThisThread;
  const worker = new Worker(WORKER);
  const stopped = new Promise<never>((_, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the report's helper thread stopped (exit ${code})`)));
  });
  // Settled either way before anything awaits it, so a thread that fails or is cancelled never goes unhandled.
  stopped.catch(() => undefined);
  const next = <T>(): Promise<T> =>
    Promise.race([new Promise<T>((resolve) => worker.once("message", resolve)), stopped]);
  // The helper takes one first request (a sheet, or none); whatever is asked after it gets no sheet.
  let first = true;
  const request = (message: HelperRequest): boolean => {
    if (!first) return false;
    first = false;
    worker.postMessage(message);
    return true;
  };
  return {
    readSheet(bytes, part) {
      if (!request({ kind: "sheet", bytes, part })) return Promise.resolve(undefined);
      return next<{ rows: PackedRows | null }>().then(
        ({ rows }) => rows ?? undefined,
        () => undefined,
      );
    },
    noSheet: () => request({ kind: "no-sheet" }),
    render(model, draft) {
      request({ kind: "no-sheet" });
      const done = next<Uint8Array>();
      worker.postMessage({ model, draft });
      return done;
    },
    cancel: () => void worker.terminate(),
  };
}
