import { parentPort } from "node:worker_threads";
import type { ReportModel } from "../engine";
import { renderReportDocx } from "../report/docx-report";
import { nodeZipCodec } from "./node-zip-codec";

/** The .docx rendered on a thread of its own (docx-in-worker.ts); the bytes go back without a copy. */
parentPort!.once("message", ({ model, draft }: { model: ReportModel; draft: boolean }) => {
  void renderReportDocx(model, { draft, codec: nodeZipCodec }).then((bytes) => {
    parentPort!.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    parentPort!.close();
  });
});
