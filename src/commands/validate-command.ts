import { EditedSheetsError, officeLocale, validate } from "../excel";
import { showNotice } from "./show-notice";

const OPEN_THE_PANE = {
  vi: "Mở bảng điều khiển Tháng hành động và bấm Kiểm tra dữ liệu để chọn có thay trang tính đó hay không.",
  en: "Open the Action Month pane and click Check data to choose whether to replace it.",
} as const;

/** The clerk's calendar day: the only place the ribbon command reads the clock. */
function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The "Kiểm tra dữ liệu" ribbon button: validates the workbook without opening the task pane.
 *
 * Excel has no notification API for add-in commands (Outlook's notificationMessages has no Excel counterpart) and a
 * dialog would be heavy for a count, so the result is shown in the workbook itself: `Kiểm tra` is rewritten,
 * brought to the front, and its summary line (A2: "Kiểm tra ngày …: 2 lỗi, 1 cảnh báo, 3 lưu ý.") selected,
 * with one linked row per issue below it. A failure changes nothing in the workbook; its message is shown in a
 * dialog (notice.html, DialogApi 1.1) and logged to the console.
 *
 * Whatever happens, `event.completed()` runs exactly once: until then Office shows the command as running, and it
 * gives up on it only after five minutes.
 */
export async function validateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  const locale = officeLocale();
  try {
    const report = await validate({ today: today(), locale, activate: true });
    const { error, warning, info } = report.result.counts;
    console.info(
      `validateWorkbook: ${error} errors, ${warning} warnings, ${info} infos in ${report.syncs} syncs`,
    );
  } catch (error) {
    console.error("validateWorkbook failed:", error);
    // A function command has no pane: what went wrong (nothing was written) is told in a dialog.
    const message = error instanceof Error ? error.message : String(error);
    await showNotice(error instanceof EditedSheetsError ? `${message} ${OPEN_THE_PANE[locale]}` : message);
  } finally {
    event.completed();
  }
}
