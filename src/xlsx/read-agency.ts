import {
  type AgencyReport,
  agencyReport,
  type IsoDate,
  type Locale,
  notAReport,
  runCampaign,
  type UnreadableFile,
} from "../engine";
import { readSnapshot } from "./read-snapshot";
import { type UnreadableReason, UnreadableWorkbookError } from "./unreadable";
import type { ZipCodec } from "./zip-codec";

export type AgencyReading =
  | { readonly kind: "agency"; readonly report: AgencyReport }
  | { readonly kind: "unreadable"; readonly unreadable: UnreadableFile };

/** Why a file is not read, as the consolidation lists it beside the file's name, and what the agency should do. */
export const UNREADABLE_REASON: Record<UnreadableReason, string> = {
  "not-zip": "không phải sổ Excel .xlsx (có thể là .csv, tệp đổi đuôi hoặc tải về chưa xong)",
  xls: "là sổ Excel 97-2003 (.xls): cần mở bằng Excel và lưu thành .xlsx",
  encrypted: "được đặt mật khẩu mở tệp: cần bỏ mật khẩu rồi gửi lại",
  xlsb: "là sổ làm việc nhị phân (.xlsb): cần lưu thành .xlsx",
  ods: "là bảng tính OpenDocument (.ods): cần lưu thành .xlsx",
  strict: 'được lưu dạng "Strict Open XML": cần lưu thành .xlsx thông thường',
  broken: "là sổ .xlsx bị hỏng hoặc không đầy đủ",
};

/**
 * One agency's file, read and run through the engine, for the consolidation. Never throws: whatever is wrong with
 * the file becomes its reason, so one bad file never stops the run. Plain data out (crosses worker boundaries).
 */
export function readAgency(
  file: string,
  bytes: Uint8Array,
  options: { readonly today: IsoDate; readonly locale?: Locale; readonly codec?: ZipCodec },
): AgencyReading {
  try {
    const result = runCampaign(readSnapshot(bytes, options.codec), options);
    const reason = notAReport(result);
    if (reason !== null) return { kind: "unreadable", unreadable: { file, reason } };
    return { kind: "agency", report: agencyReport(file, result) };
  } catch (cause) {
    const reason =
      cause instanceof UnreadableWorkbookError
        ? UNREADABLE_REASON[cause.reason]
        : `lỗi khi đọc: ${cause instanceof Error ? cause.message : String(cause)}`;
    return { kind: "unreadable", unreadable: { file, reason } };
  }
}
