import { promises as fs } from "node:fs";
import path from "node:path";
import type { UnreadableFile } from "../../engine";
import { compareVietnamese } from "../../engine/text";

/** What this command writes: never read back as an agency's report when the output folder is scanned again. */
export const OUTPUT_PREFIX = "tong-hop-thang-hanh-dong-";

/** Excel's lock file of an open workbook (`~$bao-cao.xlsx`): not a workbook. */
const isLockFile = (name: string): boolean => name.startsWith("~$");

const isAgencyWorkbook = (name: string): boolean =>
  /\.xlsx$/i.test(name) && !isLockFile(name) && !name.startsWith(OUTPUT_PREFIX);

/**
 * The files to consolidate: files as given, and each folder's .xlsx files (not its subfolders: an agency's
 * folder of older years stays out unless named). A path that does not exist is listed, not fatal.
 */
export async function agencyFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: UnreadableFile[] }> {
  const files: string[] = [];
  const missing: UnreadableFile[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      missing.push({ file: given, reason: "không tìm thấy tệp hoặc thư mục" });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(given);
      continue;
    }
    const entries = await fs.readdir(given, { withFileTypes: true });
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && isAgencyWorkbook(entry.name))
        .map((entry) => path.join(given, entry.name))
        .sort(compareVietnamese),
    );
  }
  return { files: [...new Set(files)], missing };
}
