import type { Locale } from "../engine";
import { EditedSheetsError } from "./edited-sheets";

/**
 * Office errors as sentences a clerk can act on, in Vietnamese and English. Office.js rejects `context.sync()` with
 * an `OfficeExtension.Error` whose `code` names the failure (Excel.ErrorCodes) and whose `debugInfo.errorLocation`
 * names the call; both are kept on the error for the developer console.
 */

interface Sentence {
  readonly vi: string;
  readonly en: string;
}

const PROTECTED: Sentence = {
  vi: "Excel không cho sửa: một trang tính hoặc cấu trúc của sổ đang được bảo vệ, hoặc sổ đang mở ở chế độ chỉ đọc. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ) hoặc mở sổ để sửa, rồi chạy lại.",
  en: "Excel does not allow the change: a sheet or the workbook structure is protected, or the workbook is open read-only. Unprotect it (Review › Unprotect) or open it for editing, then run again.",
};

const HIDDEN: Sentence = {
  vi: "Excel không mở được trang tính này vì nó đang bị ẩn. Bấm chuột phải vào tên một trang tính › Bỏ ẩn, chọn trang tính đó rồi chạy lại. Nếu nó không có trong danh sách Bỏ ẩn, nó đang bị ẩn hẳn (very hidden): chạy “Thiết lập sổ” hoặc hỏi người quản lý sổ.",
  en: "Excel cannot show this sheet because it is hidden. Right-click a sheet tab › Unhide, pick the sheet, then run again. If it is not in the Unhide list it is very hidden: run “Set up workbook” or ask whoever manages the workbook.",
};

/** InvalidOperation where neither the message nor the call tells protection from a hidden sheet. */
const NOT_ALLOWED: Sentence = {
  vi: "Excel không cho thực hiện thao tác này: một trang tính hoặc cấu trúc sổ có thể đang được bảo vệ (Xem lại › Bỏ bảo vệ), một trang tính cần dùng có thể đang bị ẩn, hoặc sổ đang mở ở chế độ chỉ đọc. Hãy kiểm tra rồi chạy lại.",
  en: "Excel does not allow this: a sheet or the workbook structure may be protected (Review › Unprotect), a sheet the action needs may be hidden, or the workbook is open read-only. Check, then run again.",
};

const CONCURRENT: Sentence = {
  vi: "Sổ vừa bị thay đổi cùng lúc, có thể một người khác đang chạy cùng thao tác này. Chờ một lát rồi chạy lại.",
  en: "The workbook was changed at the same moment, perhaps by someone else running the same action. Wait a moment and run again.",
};

const TOO_LARGE: Sentence = {
  vi: "Dữ liệu quá lớn cho một lần trao đổi với Excel trên web (giới hạn 5 MB). Hãy chạy lại; nếu vẫn lỗi, hãy rút ngắn các ô ghi chú rất dài hoặc dùng Excel trên máy tính.",
  en: "Too much data for one exchange with Excel on the web (5 MB limit). Run again; if it still fails, shorten very long note cells or use desktop Excel.",
};

const UNSUPPORTED: Sentence = {
  vi: "Phiên bản Excel này thiếu một chức năng mà thao tác cần. Hãy dùng Excel của Microsoft 365 hoặc Excel trên web.",
  en: "This version of Excel lacks a feature the action needs. Use Microsoft 365 Excel or Excel on the web.",
};

const BY_CODE: Record<string, Sentence> = {
  ItemNotFound: {
    vi: "Không tìm thấy một trang tính hoặc vùng ô mà thao tác cần: có thể ai đó vừa đổi tên hoặc xóa trang tính trong lúc chạy. Hãy chạy lại.",
    en: "A sheet or range the action needs was not found: someone may have renamed or deleted a sheet meanwhile. Run it again.",
  },
  AccessDenied: PROTECTED,
  InvalidOperationInCellEditMode: {
    vi: "Một ô đang được sửa. Nhấn Enter hoặc Esc để rời ô đó rồi chạy lại.",
    en: "A cell is being edited. Press Enter or Esc to leave it, then run again.",
  },
  RequestPayloadSizeLimitExceeded: TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: TOO_LARGE,
  GeneralException: {
    vi: "Excel gặp lỗi chung khi thực hiện thao tác. Hãy chạy lại; nếu vẫn lỗi, hãy lưu, đóng và mở lại sổ.",
    en: "Excel hit a general error. Run again; if it persists, save, close and reopen the workbook.",
  },
  Conflict: CONCURRENT,
  InsertDeleteConflict: CONCURRENT,
  ItemAlreadyExists: CONCURRENT,
  EditModeCannotAcquireLock: CONCURRENT,
  RequestAborted: {
    vi: "Excel đã hủy yêu cầu (sổ được tải lại hoặc kết nối bị gián đoạn). Hãy chạy lại.",
    en: "Excel aborted the request (the workbook reloaded or the connection dropped). Run again.",
  },
  ApiNotFound: UNSUPPORTED,
  NotImplemented: UNSUPPORTED,
  UnsupportedOperation: UNSUPPORTED,
};

/** Calls that fail on a hidden (or very hidden) sheet and on nothing else a clerk could cause. */
const NEEDS_VISIBLE = /^(Worksheet\.activate|Range\.select|Range\.activate|WorksheetFreezePanes\.)/;

/**
 * `InvalidOperation` covers a protected sheet, a protected workbook structure, and a hidden sheet brought to the
 * front; the error's message and `debugInfo.errorLocation` tell them apart where Excel says enough.
 */
function invalidOperation(office: OfficeErrorShape): Sentence {
  const location = office.debugInfo?.errorLocation ?? "";
  const message = office.message ?? "";
  if (/protect/i.test(message)) return PROTECTED;
  if (/hidden/i.test(message) || NEEDS_VISIBLE.test(location)) return HIDDEN;
  return NOT_ALLOWED;
}

/** An operation that failed, with what to tell the clerk. `code` is Office's, or `Unexpected` for anything else. */
export class OfficeOperationError extends Error {
  override readonly name = "OfficeOperationError";

  constructor(
    readonly code: string,
    readonly sentences: Sentence,
    locale: Locale,
    /** Where Office says it failed (`debugInfo.errorLocation`), for the developer console. */
    readonly location: string | undefined,
    override readonly cause: unknown,
  ) {
    super(sentences[locale]);
  }
}

interface OfficeErrorShape {
  readonly code: string;
  readonly message?: string;
  readonly debugInfo?: { readonly errorLocation?: string };
}

function asOfficeError(error: unknown): OfficeErrorShape | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? (error as OfficeErrorShape) : null;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = asOfficeError(error)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Any thrown value as an OfficeOperationError in the clerk's language, except an EditedSheetsError: that one is a
 * question for the clerk (replace the edited sheets?), not a failure, and goes through untouched.
 */
export function friendlyError(error: EditedSheetsError, locale: Locale): EditedSheetsError;
export function friendlyError(error: unknown, locale: Locale): OfficeOperationError | EditedSheetsError;
export function friendlyError(error: unknown, locale: Locale): OfficeOperationError | EditedSheetsError {
  if (error instanceof OfficeOperationError || error instanceof EditedSheetsError) return error;
  const office = asOfficeError(error);
  if (office) {
    const known = office.code === "InvalidOperation" ? invalidOperation(office) : BY_CODE[office.code];
    const detail = office.message ? ` ${office.message}` : "";
    const sentences = known ?? {
      vi: `Excel báo lỗi (${office.code}).${detail} Hãy chạy lại.`,
      en: `Excel reported an error (${office.code}).${detail} Run again.`,
    };
    return new OfficeOperationError(office.code, sentences, locale, office.debugInfo?.errorLocation, error);
  }
  const text = error instanceof Error ? error.message : String(error);
  return new OfficeOperationError(
    "Unexpected",
    { vi: `Lỗi không mong đợi: ${text}`, en: `Unexpected error: ${text}` },
    locale,
    undefined,
    error,
  );
}
