import type { CampaignResult } from "../campaign/run-campaign";
import { formatDayMonthYear } from "../dates";
import type { Severity } from "../issues";
import type { Locale } from "../messages";
import { formatVnd } from "../money";
import { SHEET } from "../schema";
import { type PlanColumn, type PlanRow, type SheetPlan, spanningRow } from "./sheet-plan";

export const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};

/**
 * Every visible column in the clerk's words; the issue code (English, for support) comes last, out of the way.
 * Headers stay Vietnamese in an English Office too: they are the contract's, like the sheet names.
 */
const COLUMNS: readonly PlanColumn[] = [
  { header: "STT", width: 6, format: "integer", align: "center" },
  { header: "Mức độ", width: 11, format: "text" },
  { header: "Trang tính", width: 16, format: "text" },
  { header: "Ô", width: 8, format: "text", align: "center" },
  { header: "Nội dung", width: 100, format: "text", wrap: true },
  { header: "Mã hỗ trợ", width: 26, format: "text" },
];

/** The last row when only the first issues are listed: how many more, and where to see them all. */
function unlistedNote(unlisted: number, locale: Locale): string {
  return locale === "en"
    ? `${unlisted.toLocaleString("en-US")} more issues are not listed on this sheet (too many to write at once); ` +
        "the task pane lists them all. Fix the errors above, then run Validate again."
    : `Còn ${formatVnd(unlisted)} vấn đề khác không ghi vào trang tính này (quá nhiều cho một lần ghi); ` +
        "ngăn tác vụ liệt kê đủ. Hãy sửa các lỗi ở trên rồi Kiểm tra lại.";
}

/**
 * `Kiểm tra`: one row per issue, its cell a link that jumps to the cell in question. `listed` keeps only the first
 * issues (errors come first) and says how many more there are: the add-in writes as many as one request can carry.
 */
export function issuesSheet(
  result: CampaignResult,
  locale: Locale = "vi",
  listed = result.issues.length,
): SheetPlan {
  const unlisted = Math.max(0, result.issues.length - listed);
  const { error, warning, info } = result.counts;
  const labels = SEVERITY_LABEL[locale];
  const summary =
    locale === "en"
      ? `Checked on ${formatDayMonthYear(result.today)}: ${error} errors, ${warning} warnings, ${info} notes.`
      : `Kiểm tra ngày ${formatDayMonthYear(result.today)}: ${formatVnd(error)} lỗi, ${formatVnd(warning)} cảnh báo, ${formatVnd(info)} lưu ý.`;
  const rows: PlanRow[] = [
    spanningRow("title", locale === "en" ? "DATA CHECK RESULTS" : "KẾT QUẢ KIỂM TRA DỮ LIỆU", COLUMNS.length),
    spanningRow("subtitle", summary, COLUMNS.length),
    { kind: "header", cells: COLUMNS.map((c) => c.header) },
    ...result.issues.slice(0, listed).map((issue, index): PlanRow => ({
      kind: "data",
      cells: [
        index + 1,
        labels[issue.severity],
        issue.sheet,
        // A missing sheet has nothing to jump to.
        issue.code === "SHEET_MISSING"
          ? null
          : { text: issue.cell ?? issue.sheet, sheet: issue.sheet, cell: issue.cell },
        issue.message,
        issue.code,
      ],
    })),
  ];
  if (unlisted > 0) rows.push(spanningRow("note", unlistedNote(unlisted, locale), COLUMNS.length));
  return {
    name: SHEET.issues,
    columns: COLUMNS,
    rows,
    headerRow: 2,
    merges: [
      { row: 0, column: 0, columns: COLUMNS.length },
      { row: 1, column: 0, columns: COLUMNS.length },
      ...(unlisted > 0 ? [{ row: rows.length - 1, column: 0, columns: COLUMNS.length }] : []),
    ],
    page: { orientation: "landscape", fitToWidth: true },
  };
}
