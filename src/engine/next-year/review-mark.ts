import type { Cell } from "../cell";
import type { IssueLog } from "../issues";
import { displayCell, type Table } from "../table";
import { foldKey } from "../text";

/**
 * The review mark (workbook contract, `Cấu hình`): an optional third column `Xem lại`. A setting carried into a new
 * year whose value may have changed meanwhile (agencies and provinces were reorganised in 2025) gets the text
 * `Cần xem lại` there; the clerk checks the value and deletes the mark (or types anything else, such as `Đã xem`).
 * Workbooks without the column have no marks and raise nothing.
 */
export const REVIEW_COLUMN = "Xem lại";
export const REVIEW_MARK = "Cần xem lại";

/** The keys `init --from` marks: who the report is from, to and signed by, and what it rests on. */
export const REVIEWED_SETTING_KEYS: readonly string[] = [
  "Chủ đề",
  "Nơi nhận báo cáo",
  "Cơ quan chủ quản",
  "Cơ quan",
  "Ký hiệu",
  "Địa danh",
  "Văn bản cấp trên",
  "Căn cứ",
  "Quyền hạn ký",
  "Chức vụ người ký",
  "Người ký",
];

export function isReviewMark(cell: Cell | undefined): boolean {
  return typeof cell === "string" && foldKey(cell) === foldKey(REVIEW_MARK);
}

/** SETTING_REVIEW: one warning per marked row of `Cấu hình`, on the mark's cell. */
export function logReviewMarks(table: Table, log: IssueLog): void {
  if (!table.has(REVIEW_COLUMN)) return;
  for (let index = 0; index < table.rowCount; index += 1) {
    const row = table.row(index);
    // A mark beside no key marks nothing (a stray copy below the list).
    if (!isReviewMark(row.value(REVIEW_COLUMN)) || displayCell(row.value("Mục")) === "") continue;
    log.add(
      "SETTING_REVIEW",
      { sheet: table.sheet, row: row.row, column: REVIEW_COLUMN, cell: row.cell(REVIEW_COLUMN) },
      { column: displayCell(row.value("Mục")), value: displayCell(row.value("Giá trị")) },
    );
  }
}
