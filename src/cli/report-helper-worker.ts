import { parentPort } from "node:worker_threads";
import type { ReportModel } from "../engine";
import { packedBuffers, type PackedRows } from "../xlsx/packed-rows";
import { readSheetPart } from "../xlsx/read-workbook";
import { nodeZipCodec } from "./node-zip-codec";
import type { HelperRequest } from "./report-helper";

/**
 * The report's helper thread (report-helper.ts). First it parses the sheet it is given, if any, while the main
 * thread parses the others; then, while the engine runs there, it loads the .docx renderer (the docx library is
 * the thread's alone); then it renders the .docx and sends the bytes back without a copy.
 */
const port = parentPort!;

port.once("message", (request: HelperRequest) => {
  if (request.kind === "sheet") {
    let rows: PackedRows | null = null;
    try {
      rows = readSheetPart(request.bytes, nodeZipCodec, request.part);
    } catch {
      // The main thread reads the sheet again and reports the problem in its own words.
    }
    port.postMessage({ kind: "sheet", rows }, rows ? packedBuffers(rows) : []);
  }
  // Loaded now, not at start-up: the sheet comes first, and the engine's time on the main thread hides this.
  const { renderReportDocx } = require("../report/docx-report") as typeof import("../report/docx-report");
  port.once("message", ({ model, draft }: { model: ReportModel; draft: boolean }) => {
    void renderReportDocx(model, { draft, codec: nodeZipCodec }).then((bytes) => {
      port.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
      port.close();
    });
  });
});
