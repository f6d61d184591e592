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
import { UnreadableWorkbookError } from "./read-workbook";

export type AgencyReading =
  | { readonly kind: "agency"; readonly report: AgencyReport }
  | { readonly kind: "unreadable"; readonly unreadable: UnreadableFile };

export const NOT_A_WORKBOOK = "không phải sổ Excel .xlsx đọc được (có thể hỏng, hoặc là .xls/.csv)";

/**
 * One agency's file, read and run through the engine, for the consolidation. Never throws: whatever is wrong with
 * the file becomes its reason, so one bad file never stops the run. Plain data out (crosses worker boundaries).
 */
export async function readAgency(
  file: string,
  bytes: Uint8Array,
  options: { readonly today: IsoDate; readonly locale?: Locale },
): Promise<AgencyReading> {
  try {
    const result = runCampaign(await readSnapshot(bytes), options);
    const reason = notAReport(result);
    if (reason !== null) return { kind: "unreadable", unreadable: { file, reason } };
    return { kind: "agency", report: agencyReport(file, result) };
  } catch (cause) {
    const reason =
      cause instanceof UnreadableWorkbookError
        ? NOT_A_WORKBOOK
        : `lỗi khi đọc: ${cause instanceof Error ? cause.message : String(cause)}`;
    return { kind: "unreadable", unreadable: { file, reason } };
  }
}
