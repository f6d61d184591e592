import { officeLocale, validate } from "../excel";

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
 * brought to the front, and its summary line (A2: "Kiểm tra ngày …: 2 lỗi, 1 cảnh báo, 3 thông tin.") selected,
 * with one linked row per issue below it. A failure changes nothing in the workbook and is logged to the console.
 *
 * Whatever happens, `event.completed()` runs exactly once: until then Office shows the command as running, and it
 * gives up on it only after five minutes.
 */
export async function validateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const report = await validate({ today: today(), locale: officeLocale(), activate: true });
    const { error, warning, info } = report.result.counts;
    console.info(
      `validateWorkbook: ${error} errors, ${warning} warnings, ${info} infos in ${report.syncs} syncs`,
    );
  } catch (error) {
    console.error("validateWorkbook failed:", error);
  } finally {
    event.completed();
  }
}
