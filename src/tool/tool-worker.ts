import { checkWorkbook, consolidateFiles, renderReport } from "./tool-jobs";
import type { ToolAnswer, ToolRequest } from "./tool-protocol";

/**
 * The page's Web Worker: reading a workbook and rendering the documents take seconds on a big roster, and the
 * page stays responsive meanwhile. Bytes are transferred, not copied, both ways.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToolRequest>) => void) | null;
  postMessage(message: ToolAnswer, transfer: Transferable[]): void;
};

function run(request: ToolRequest) {
  switch (request.job) {
    case "check":
      return checkWorkbook(request.file, request.today);
    case "render":
      return renderReport(request.file, request.today, request.draft);
    case "consolidate":
      return consolidateFiles(request.files, request.today, request.receiver);
  }
}

const buffersOf = (value: object): Transferable[] =>
  Object.values(value)
    .filter((item): item is Uint8Array => item instanceof Uint8Array)
    .map((bytes) => bytes.buffer as ArrayBuffer);

scope.onmessage = (event) => {
  const request = event.data;
  run(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }, buffersOf(value)),
    (error: unknown) =>
      scope.postMessage(
        { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) },
        [],
      ),
  );
};
