import type { Locale } from "../engine";

/**
 * Generated sheets (`Kiểm tra`, `DS tặng quà`, `DS khen thưởng`, `Báo cáo`) that someone edited by hand after the
 * add-in wrote them. Replacing them would lose those edits, so the operation stops before writing anything and the
 * pane asks the clerk; run again with `replaceEditedSheets: true` to replace them anyway.
 */
export class EditedSheetsError extends Error {
  override readonly name = "EditedSheetsError";
  /** Like OfficeOperationError's, for a pane that switches on `code`. */
  readonly code = "EditedSheets";

  constructor(
    /** The edited sheets' names, in the contract's order (Kiểm tra, DS tặng quà, DS khen thưởng, Báo cáo). */
    readonly sheets: readonly string[],
    message: string,
  ) {
    super(message);
  }

  /** The error with its sentence in the clerk's language. */
  static of(sheets: readonly string[], locale: Locale): EditedSheetsError {
    return new EditedSheetsError(sheets, editedSheetsMessage(sheets, locale));
  }
}

export function editedSheetsMessage(sheets: readonly string[], locale: Locale): string {
  const list = sheets.join(", ");
  if (locale === "vi") {
    const subject = sheets.length === 1 ? `Trang tính ${list}` : `Các trang tính ${list}`;
    return `${subject} đã được sửa tay sau lần tính trước; chạy lại sẽ thay bằng bản mới và mất phần sửa đó.`;
  }
  return sheets.length === 1
    ? `Sheet ${list} was edited by hand since the last run; running again replaces it with a new version and loses those edits.`
    : `Sheets ${list} were edited by hand since the last run; running again replaces them with new versions and loses those edits.`;
}
