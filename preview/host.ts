/**
 * The preview page: the task pane (the production build, in a frame, on the office.js stub) beside a grid of the
 * workbook it works on. The query string picks the state and is passed on to the pane's frame.
 */
import { WorkbookGrid } from "./grid";
import type { PreviewHandle } from "./office-stub";
import { previewOptions } from "./options";

const options = previewOptions(window.location.search);
const english = !options.lang.toLowerCase().startsWith("vi");

document.documentElement.lang = english ? "en" : "vi";
document.body.classList.toggle("theme-dark", options.theme === "dark");
document.title = english ? "Action Month Tracker — preview" : "Theo dõi Tháng hành động — xem trước";

const grid = new WorkbookGrid(document.getElementById("grid")!, {
  sheets: english ? "Sheets" : "Các sheet",
  empty: english ? "Workbook" : "Sổ tính",
  rowsShown: (from, to, total) =>
    english ? `rows ${from}–${to} of ${total}` : `dòng ${from}–${to} trong ${total}`,
  created: (count) =>
    english
      ? `Excel.createWorkbook opened ${count} new workbook(s) (Export's report where the .docx cannot be saved).`
      : `Excel.createWorkbook đã mở ${count} sổ mới (báo cáo của Xuất báo cáo khi không lưu được .docx).`,
});

let attached: PreviewHandle | null = null;
let unsubscribe: (() => void) | null = null;

function attach(handle: PreviewHandle): void {
  if (handle === attached) return;
  unsubscribe?.();
  attached = handle;
  unsubscribe = handle.subscribe(() => grid.refresh());
  grid.show(handle.fake);
}

// The stub calls this as it loads in the pane's frame; defined before the frame gets its address.
(window as unknown as Record<string, unknown>).actionMonthPreviewHost = { attach };

const frame = document.getElementById("pane") as HTMLIFrameElement;
frame.style.width = `${options.pane}px`;
frame.addEventListener("load", () => {
  const handle = (frame.contentWindow as unknown as { actionMonthPreview?: PreviewHandle } | null)
    ?.actionMonthPreview;
  if (handle) attach(handle);
});
frame.src = `taskpane.html${window.location.search}`;

// The preview's own words follow the pane's language.
if (english) {
  const words: Record<string, string> = {
    workbook: "Workbook",
    lang: "Language",
    theme: "Theme",
    api: "ExcelApi",
    platform: "Platform",
    pane: "Pane width",
    open: "Open",
  };
  for (const node of document.querySelectorAll<HTMLElement>("[data-label]"))
    node.textContent = words[node.dataset.label ?? ""] ?? node.textContent;
  document.getElementById("state")?.setAttribute("aria-label", "Preview state");
  document.getElementById("grid")?.setAttribute("aria-label", "Workbook");
  document.getElementById("pane")?.setAttribute("title", "Add-in task pane");
}

// The state form shows the current state.
for (const [name, value] of Object.entries({
  workbook: options.workbook,
  lang: options.lang,
  theme: options.theme,
  api: `1.${options.apiMinor}`,
  platform: options.platform,
  pane: String(options.pane),
})) {
  const field = document.querySelector<HTMLSelectElement>(`#state [name="${name}"]`);
  if (field && [...field.options].some((option) => option.value === value)) field.value = value;
}
