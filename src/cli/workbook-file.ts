import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { loadWorkbook, UnreadableWorkbookError } from "../xlsx/read-workbook";
import { CliError } from "./cli-error";

/** Reads a workbook for a command; every way this can fail becomes a one-line message with exit code 2. */
export async function openWorkbookFile(
  path: string,
): Promise<{ workbook: ExcelJS.Workbook; bytes: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Không tìm thấy tệp: ${path}`);
    if (code === "EISDIR") throw new CliError(`${path} là một thư mục, không phải tệp .xlsx.`);
    throw new CliError(`Không đọc được tệp ${path} (${code ?? "lỗi không rõ"}).`);
  }
  try {
    return { workbook: await loadWorkbook(bytes), bytes };
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError) {
      throw new CliError(`Tệp ${path} không phải sổ Excel .xlsx đọc được (có thể hỏng, hoặc là .xls/.csv).`);
    }
    throw cause;
  }
}

export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  // Write beside the target and rename, so an interrupted run never leaves a half-written report behind.
  const temporary = `${path}.${process.pid}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, path);
}
