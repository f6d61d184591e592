import { noticeUrl } from "./notice-text";

/**
 * Shows `text` in a small Office dialog and resolves when the clerk closes it. Where the host has no dialog API
 * (DialogApi 1.1) it resolves at once: the caller has already logged the text.
 */
export function showNotice(text: string): Promise<void> {
  return new Promise((resolve) => {
    const ui = Office.context.ui as Office.UI | undefined;
    if (!ui?.displayDialogAsync || !Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    const options = { height: 30, width: 35, displayInIframe: true };
    ui.displayDialogAsync(noticeUrl(window.location.href, text), options, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // Closed with its own X, or failed to load: nothing more to wait for.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
