/**
 * Saves bytes as a file through a temporary `<a download>` on an object URL: Excel on the web, browsers and the
 * Windows WebView2 download it (WebView2 shows its download bar in the pane); nothing is sent anywhere. The URL is
 * revoked once the browser has taken the file. Throws when the host refuses to make the object URL.
 */
export function downloadFile(bytes: Uint8Array, fileName: string, type: string): void {
  // Typed arrays from the zip layer sit on a plain ArrayBuffer, never shared memory, which is all Blob rules out.
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.setAttribute("hidden", "");
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked a moment later: some browsers read the URL after click() has returned.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}

/** How a save ended: a place the clerk picked, a download handed to the browser, or Hủy in the picker. */
export type SaveResult = "picked" | "downloaded" | "cancelled";

interface SavePicker {
  (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  }>;
}

function savePicker(): SavePicker | null {
  const picker = (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  return typeof picker === "function" ? (picker.bind(window) as SavePicker) : null;
}

/**
 * Inside a click: the File System Access API's save dialog where the webview has it (WebView2 and Chromium do),
 * else `<a download>`. A picker that fails for any reason but Hủy falls back to the download; a download the host
 * refuses throws, and the caller offers the report another way.
 */
export async function saveFile(
  bytes: Uint8Array,
  fileName: string,
  type: string,
  options: { readonly picker: boolean },
): Promise<SaveResult> {
  const picker = options.picker ? savePicker() : null;
  if (picker) {
    try {
      // Called before any other await: the picker needs the click's activation.
      const handle = await picker({
        suggestedName: fileName,
        types: [{ description: "Word", accept: { [type]: [`.${fileName.split(".").pop() ?? "docx"}`] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
      await writable.close();
      return "picked";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      console.warn("showSaveFilePicker failed; downloading instead:", error);
    }
  }
  downloadFile(bytes, fileName, type);
  return "downloaded";
}
