import { strFromU8, unzipSync } from "fflate";

/**
 * A zip file's entries for assertions, read by fflate's own unzip rather than by the product's zip layer, so a
 * test of a written file does not trust the code that wrote it. The shape of the JSZip calls the tests used.
 */
export function loadZip(bytes: Uint8Array): {
  readonly names: readonly string[];
  file(name: string): { async(type: "string"): Promise<string> } | null;
} {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    file: (name) => (files[name] ? { async: () => Promise.resolve(strFromU8(files[name])) } : null),
  };
}
