/**
 * Generated sheets (`Kiểm tra`, `DS tặng quà`, `DS khen thưởng`, `Báo cáo`) that someone edited by hand after the
 * add-in wrote them. Replacing them would lose those edits, so the operation stops and the pane asks the clerk;
 * run again with `replaceEditedSheets: true` to replace them anyway.
 */
export class EditedSheetsError extends Error {
  override readonly name = "EditedSheetsError";

  constructor(
    /** The edited sheets' names, in workbook order. */
    readonly sheets: readonly string[],
    message: string,
  ) {
    super(message);
  }
}
