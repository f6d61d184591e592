// Entry point of notice.html: the dialog a ribbon command opens when it has something to tell the clerk that cannot
// wait for the task pane (a function command has no UI of its own). The text arrives in the query string and is
// shown as text, never as HTML.
import { noticeText } from "./notice-text";

Office.onReady(() => {
  const text = document.getElementById("notice-text");
  const ok = document.getElementById("notice-ok");
  if (text) text.textContent = noticeText(window.location.search);
  if (ok) {
    ok.addEventListener("click", () => Office.context.ui.messageParent("ok"));
    ok.focus();
  }
});
