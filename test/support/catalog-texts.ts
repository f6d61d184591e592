import { STRINGS } from "../../src/taskpane/strings";

/** Arguments to call each text function of the catalog with. */
export const SAMPLE_ARGS: Record<string, readonly unknown[]> = {
  title: [2024],
  countdownLeft: ["12 ngày"],
  countdownPast: ["3 ngày"],
  overdue: ["861 ngày"],
  groupHeading: ["Con", 4210],
  more: [1500],
  setUpDone: [["Cán bộ", "Con"], 3],
  missingColumns: [2],
  validated: [{ error: 1, warning: 2, info: 3 }],
  computed: [4210, 1031, 2],
  exported: ["bao-cao.docx", true],
  exportRefused: [5, ["trang tính Con, ô C4", "trang tính Con, ô C7"]],
  exportDeclined: [4210],
  running: ["Kiểm tra dữ liệu"],
  severityHeading: ["info", 745],
  cellLabel: ["Cán bộ", "C5"],
  place: ["Cán bộ", "C5"],
  listsInSheets: [["DS tặng quà", "DS khen thưởng"]],
  cleared: [["Kiểm tra", "Báo cáo"]],
  unexpected: ["boom"],
  draftQuestion: [5, ["trang tính Con, ô C4"]],
  editedQuestion: [["Báo cáo"]],
  "nextYear.opened": [2025, 10],
  "delivery.ready": ["bao-cao.docx"],
  "delivery.picked": ["bao-cao.docx"],
  "delivery.downloadedWeb": ["bao-cao.docx"],
  "delivery.downloadedDesktop": ["bao-cao.docx"],
  editedKept: [["Báo cáo"]],
  editedDeleteQuestion: [["Báo cáo"]],
};

/** Every leaf of the catalog by path, functions called with their sample arguments. */
export function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    const args = SAMPLE_ARGS[path];
    if (!args) throw new Error(`No sample arguments for ${path}: add them to SAMPLE_ARGS`);
    out.set(path, String((value as (...a: readonly unknown[]) => unknown)(...args)));
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** Every text of a language's catalog, by path: what the clerk can ever read in the pane. */
export const catalogTexts = (locale: keyof typeof STRINGS): Map<string, string> =>
  leaves(STRINGS[locale], "", new Map());
