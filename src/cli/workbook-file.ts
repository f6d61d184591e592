import { promises as fs } from "node:fs";
import { readWorkbook, readWorkbookSharing, type XlsxWorkbook } from "../xlsx/read-workbook";
import { type UnreadableReason, UnreadableWorkbookError } from "../xlsx/unreadable";
import { CliError } from "./cli-error";
import { nodeZipCodec } from "./node-zip-codec";
import type { ReportHelper } from "./report-helper";

/** What to tell the clerk about a file that is not an ordinary .xlsx: what it is, and how to make it one. */
const UNREADABLE: Record<UnreadableReason, (path: string) => string> = {
  "not-zip": (path) =>
    `Tệp ${path} không phải sổ Excel .xlsx (có thể là .csv, tệp đổi đuôi hoặc tải về chưa xong); hãy mở bằng Excel rồi Lưu thành .xlsx.`,
  xls: (path) =>
    `Tệp ${path} là sổ Excel 97-2003 (.xls); hãy mở bằng Excel hoặc LibreOffice và Lưu thành "Sổ làm việc Excel (*.xlsx)".`,
  encrypted: (path) =>
    `Tệp ${path} được đặt mật khẩu mở tệp; hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc) rồi chạy lại.`,
  xlsb: (path) =>
    `Tệp ${path} là sổ làm việc nhị phân (.xlsb); hãy mở bằng Excel và Lưu thành "Sổ làm việc Excel (*.xlsx)".`,
  ods: (path) =>
    `Tệp ${path} là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice và Lưu thành "Excel 2007-365 (.xlsx)".`,
  strict: (path) =>
    `Tệp ${path} được lưu dạng "Strict Open XML"; hãy mở bằng Excel và Lưu thành "Sổ làm việc Excel (*.xlsx)" thông thường.`,
  broken: (path) =>
    `Tệp ${path} là sổ .xlsx bị hỏng hoặc không đầy đủ; hãy mở bằng Excel (Mở và Sửa chữa) rồi lưu lại.`,
};

/**
 * Reads a workbook for a command; every way this can fail becomes a one-line message with exit code 2. With a
 * helper thread, the largest input sheet is parsed there meanwhile (report-helper.ts).
 */
export async function openWorkbookFile(path: string, helper?: ReportHelper): Promise<XlsxWorkbook> {
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
    if (!helper) return readWorkbook(bytes, nodeZipCodec);
    let asked = false;
    const workbook = await readWorkbookSharing(bytes, nodeZipCodec, (part) => {
      asked = true;
      return helper.readSheet(bytes, part);
    });
    if (!asked) helper.noSheet();
    return workbook;
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError) throw new CliError(UNREADABLE[cause.reason](path));
    throw cause;
  }
}

export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  // Write beside the target and rename, so an interrupted run never leaves a half-written report behind.
  const temporary = `${path}.${process.pid}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, path);
}
