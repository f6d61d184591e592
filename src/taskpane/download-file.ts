/**
 * Saves bytes as a file through a temporary `<a download>` on an object URL: Excel on the web and browsers
 * download it; nothing is sent anywhere. The URL is revoked once the browser has taken the file.
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

/** Whether this browser honours `<a download>` at all (every browser Excel on the web supports does). */
export function anchorCanDownload(): boolean {
  return "download" in document.createElement("a");
}
