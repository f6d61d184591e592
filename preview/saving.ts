/**
 * Saving a file in the preview, as the host under test would let the pane: Chromium's own `showSaveFilePicker` would
 * open a native dialog no test can answer, so it is replaced by a stand-in (or removed), and `save=fail` makes the
 * host refuse blob downloads as a locked-down webview does.
 */
import type { SaveMode } from "./options";

export interface SavedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

type Picker = (options: { suggestedName?: string }) => Promise<unknown>;

export function installSaving(scope: Window, mode: SaveMode, notify: () => void): SavedFile[] {
  const saved: SavedFile[] = [];
  const define = (picker: Picker | undefined): void => {
    Object.defineProperty(scope, "showSaveFilePicker", { value: picker, configurable: true, writable: true });
  };
  switch (mode) {
    case "download":
      define(undefined);
      break;
    case "picker":
      define(async ({ suggestedName }) => ({
        createWritable: async () => {
          const parts: Blob[] = [];
          return {
            write: async (data: Blob) => void parts.push(data),
            close: async () => {
              const blob = new Blob(parts);
              saved.push({
                name: suggestedName ?? "",
                type: blob.type,
                bytes: new Uint8Array(await blob.arrayBuffer()),
              });
              notify();
            },
          };
        },
      }));
      break;
    case "cancel":
      define(async () => {
        throw new DOMException("The user aborted a request.", "AbortError");
      });
      break;
    case "fail": {
      define(async () => {
        throw new DOMException("File saving is blocked by this host.", "SecurityError");
      });
      const url = (scope as unknown as { URL: { createObjectURL: (blob: Blob) => string } }).URL;
      url.createObjectURL = () => {
        throw new DOMException("Blob downloads are blocked by this host.", "SecurityError");
      };
      break;
    }
  }
  return saved;
}
