import type { Fallback, OperationStep } from "../excel";
import type { Locale, Severity } from "../engine";

/** A pane step the adapter does not report: the .docx is built and delivered by the pane itself. */
export type PaneStep = OperationStep | "rendering" | "opening";

export type ButtonKey = "setup" | "validate" | "compute" | "export" | "clear";

export type FigureKey =
  | "errors"
  | "warnings"
  | "infos"
  | "staff"
  | "children"
  | "children-rows"
  | "gifts-count"
  | "gifts-total"
  | "awards-count"
  | "awards-total"
  | "contributions-total";

export type MilestoneKey = "start" | "end" | "deadline";

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Every text the pane shows, in both languages. One catalog so that a missing English (or Vietnamese) text is a
 * type error, and a clerk never sees a half-translated pane.
 */
export interface Strings {
  readonly documentTitle: string;
  readonly title: (year: number) => string;
  readonly themeLabel: string;
  readonly milestonesLabel: string;
  readonly milestone: Record<MilestoneKey, string>;
  readonly countdownLeft: (distance: string) => string;
  readonly countdownToday: string;
  readonly countdownPast: (distance: string) => string;
  readonly actionsHeading: string;
  readonly button: Record<ButtonKey, string>;
  readonly buttonHint: Record<ButtonKey, string>;
  readonly progressLabel: string;
  readonly step: Record<PaneStep, string>;
  readonly ready: string;
  readonly summaryHeading: string;
  readonly figure: Record<FigureKey, string>;
  readonly issuesHeading: string;
  readonly noIssues: string;
  readonly issuesNotYet: string;
  readonly groupHeading: (sheet: string, count: number) => string;
  readonly severity: Record<Severity, string>;
  readonly more: (count: number) => string;
  readonly unitsHeading: string;
  readonly unitsCaption: string;
  readonly unitColumn: {
    readonly unit: string;
    readonly staff: string;
    readonly children: string;
    readonly errors: string;
  };
  readonly noUnits: string;
  readonly setUpDone: (created: readonly string[], existing: number) => string;
  readonly missingColumns: (count: number) => string;
  readonly validated: (counts: SeverityCounts) => string;
  readonly computed: (gifts: number, awards: number, errors: number) => string;
  readonly exported: (fileName: string, draft: boolean) => string;
  readonly exportRefused: (count: number, named: readonly string[]) => string;
  readonly listsOpened: string;
  readonly listsInSheets: (sheets: readonly string[]) => string;
  readonly docxOnDesktop: string;
  readonly cleared: (sheets: readonly string[]) => string;
  readonly nothingToClear: string;
  readonly fallback: Record<Fallback, string>;
  readonly unexpected: (detail: string) => string;
  readonly draftTitle: string;
  readonly draftQuestion: (count: number, cells: readonly string[]) => string;
  readonly draftYes: string;
  readonly draftNo: string;
  readonly clearTitle: string;
  readonly clearQuestion: string;
  readonly clearYes: string;
  readonly clearNo: string;
  readonly editedTitle: string;
  readonly editedQuestion: (sheets: readonly string[]) => string;
  readonly editedYes: string;
  readonly editedNo: string;
  readonly editedKept: (sheets: readonly string[]) => string;
  readonly cancelled: string;
  // Next year
  readonly nextYear: {
    /** The "Sau đợt" button and its one-line hint. */
    readonly button: string;
    readonly hint: string;
    /** `reviewed`: how many settings carry the `Cần xem lại` mark (the marks themselves say which). */
    readonly opened: (year: number, reviewed: number) => string;
    /** ExcelApi 1.7: no `Excel.createWorkbook`. */
    readonly unsupported: string;
  };
}

const list = (items: readonly string[]): string => items.join(", ");

/** English count and noun: "1 error", "3 errors" (Vietnamese nouns do not change). */
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const VI: Strings = {
  documentTitle: "Tháng hành động vì trẻ em",
  title: (year) => `Tháng hành động vì trẻ em năm ${year}`,
  themeLabel: "Chủ đề",
  milestonesLabel: "Các mốc thời gian",
  milestone: { start: "Bắt đầu", end: "Kết thúc", deadline: "Hạn báo cáo" },
  countdownLeft: (distance) => `còn ${distance}`,
  countdownToday: "hôm nay",
  countdownPast: (distance) => `đã qua ${distance}`,
  actionsHeading: "Thao tác",
  button: {
    setup: "Thiết lập sổ",
    validate: "Kiểm tra dữ liệu",
    compute: "Tính và điền báo cáo",
    export: "Xuất báo cáo",
    clear: "Xoá danh sách đã tạo",
  },
  buttonHint: {
    setup: "Tạo các sheet nhập liệu còn thiếu; không sửa dữ liệu đã có.",
    validate: "Kiểm tra các sheet nhập liệu và ghi sheet Kiểm tra.",
    compute: "Lập danh sách tặng quà, khen thưởng và điền sheet Báo cáo.",
    export: "Tính lại rồi xuất báo cáo .docx kèm các phụ lục.",
    clear: "Sau đợt: xoá các sheet do bổ trợ tạo (có thông tin cá nhân).",
  },
  progressLabel: "Tiến độ thao tác",
  step: {
    reading: "Đang đọc dữ liệu…",
    checking: "Đang kiểm tra…",
    writing: "Đang ghi các sheet…",
    finishing: "Đang hoàn tất…",
    rendering: "Đang tạo tệp .docx…",
    opening: "Đang mở danh sách trong sổ mới…",
  },
  ready: "Sẵn sàng. Bấm “Kiểm tra dữ liệu” để bắt đầu.",
  summaryHeading: "Tổng hợp",
  figure: {
    errors: "Lỗi",
    warnings: "Cảnh báo",
    infos: "Thông tin",
    staff: "Cán bộ",
    children: "Số cháu",
    "children-rows": "Dòng trong sheet Con",
    "gifts-count": "Cháu nhận quà 1/6",
    "gifts-total": "Tiền quà (đồng)",
    "awards-count": "Cháu được khen thưởng",
    "awards-total": "Tiền thưởng (đồng)",
    "contributions-total": "Tiền ủng hộ (đồng)",
  },
  issuesHeading: "Kết quả kiểm tra",
  noIssues: "Không có lỗi, cảnh báo hay thông tin nào.",
  issuesNotYet: "Chưa kiểm tra. Bấm “Kiểm tra dữ liệu” để xem các lỗi.",
  groupHeading: (sheet, count) => `${sheet} (${count})`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  more: (count) => `Xem thêm ${count} mục`,
  unitsHeading: "Tiến độ theo đơn vị",
  unitsCaption: "Số cán bộ, số dòng con đã nhập và số lỗi của từng đơn vị",
  unitColumn: { unit: "Đơn vị", staff: "Cán bộ", children: "Dòng con", errors: "Lỗi" },
  noUnits: "Chưa có đơn vị nào.",
  setUpDone: (created, existing) =>
    created.length > 0
      ? `Đã thiết lập sổ: tạo ${created.length} sheet (${list(created)})` +
        (existing > 0 ? `; ${existing} sheet đã có được giữ nguyên.` : ".")
      : `Sổ đã đủ các sheet; ${existing} sheet đã có được giữ nguyên.`,
  missingColumns: (count) => `Có ${count} cột bắt buộc còn thiếu: xem danh sách bên dưới.`,
  validated: (c) => `Đã kiểm tra: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin.`,
  computed: (gifts, awards, errors) =>
    `Đã tính và điền báo cáo: ${gifts} cháu nhận quà, ${awards} cháu được khen thưởng.` +
    (errors > 0 ? ` Sổ còn ${errors} lỗi nên báo cáo mang dấu DỰ THẢO.` : ""),
  exported: (fileName, draft) =>
    draft ? `Đã xuất bản DỰ THẢO: ${fileName}.` : `Đã xuất báo cáo: ${fileName}.`,
  exportRefused: (count, named) =>
    `Chưa xuất báo cáo vì sổ còn ${count} lỗi: ${named.join(" | ")}${count > named.length ? ` … và ${count - named.length} lỗi khác` : ""}. Sửa các lỗi trong danh sách bên dưới rồi bấm “Xuất báo cáo” lại.`,
  listsOpened: "Đã mở danh sách tặng quà và khen thưởng trong một sổ mới.",
  listsInSheets: (sheets) =>
    `Phiên bản Excel này không mở được sổ mới: các danh sách nằm ở sheet ${sheets.join(" và ")}.`,
  docxOnDesktop:
    "Bản .docx: mở sổ này bằng Excel trên web và bấm “Xuất báo cáo”, hoặc in sheet Báo cáo ra PDF.",
  cleared: (sheets) => `Đã xoá ${sheets.length} sheet: ${list(sheets)}.`,
  nothingToClear: "Không có sheet nào do bổ trợ tạo để xoá.",
  fallback: {
    pageLayout: "Phiên bản Excel này không đặt được khổ in A4: hãy chỉnh trong Bố trí trang trước khi in.",
    screenUpdating: "Màn hình có thể nháy trong lúc ghi; kết quả không đổi.",
    dropDowns: "Phiên bản Excel này không tạo được danh sách chọn; dữ liệu vẫn được kiểm tra đầy đủ.",
    createWorkbook: "Phiên bản Excel này không mở được sổ mới.",
  },
  unexpected: (detail) => `Lỗi không mong đợi: ${detail}`,
  draftTitle: "Sổ còn lỗi",
  draftQuestion: (count, cells) =>
    `Sổ còn ${count} lỗi (${list(cells)}${count > cells.length ? ", …" : ""}). Xuất bản DỰ THẢO?`,
  draftYes: "Xuất bản dự thảo",
  draftNo: "Không xuất",
  clearTitle: "Xoá danh sách đã tạo",
  clearQuestion:
    "Xoá các sheet Kiểm tra, DS tặng quà, DS khen thưởng và Báo cáo? Các sheet này có thông tin cá nhân; sheet nhập liệu được giữ nguyên. Có thể tạo lại bằng “Tính và điền báo cáo”.",
  clearYes: "Xoá",
  clearNo: "Huỷ",
  editedTitle: "Sheet đã bị sửa tay",
  editedQuestion: (sheets) => `Các sheet ${list(sheets)} đã bị sửa tay. Thay bằng bản mới?`,
  editedYes: "Thay bằng bản mới",
  editedNo: "Giữ nguyên",
  editedKept: (sheets) => `Đã giữ nguyên các sheet sửa tay (${list(sheets)}); thao tác chưa chạy.`,
  cancelled: "Đã huỷ.",
  // Next year
  nextYear: {
    button: "Chuẩn bị năm sau",
    hint: "Tạo sổ mới cho năm sau từ sổ này (giữ cán bộ, con, mức thưởng; bỏ ủng hộ, hoạt động); sổ này giữ nguyên.",
    opened: (year, reviewed) =>
      `Đã mở sổ năm ${year} trong một cửa sổ mới; sổ này giữ nguyên. Hãy lưu sổ mới với tên khác (Tệp > Lưu Như).` +
      (reviewed > 0
        ? ` Trong trang tính Cấu hình có ${reviewed} mục đánh dấu “Cần xem lại”: kiểm tra từng mục, sửa nếu đã thay đổi, rồi xóa dấu.`
        : ""),
    unsupported:
      "Phiên bản Excel này không mở được sổ mới. Hãy mở sổ này bằng Excel trên web và bấm lại, hoặc dùng dòng lệnh: action-month init <sổ-năm-sau>.xlsx --from <sổ-này>.xlsx (hoặc trang tool.html, không cần Excel). Sổ này không bị thay đổi.",
  },
};

const EN: Strings = {
  documentTitle: "Action Month for Children",
  title: (year) => `Action Month for Children ${year}`,
  themeLabel: "Theme",
  milestonesLabel: "Key dates",
  milestone: { start: "Starts", end: "Ends", deadline: "Report due" },
  countdownLeft: (distance) => `${distance} left`,
  countdownToday: "today",
  countdownPast: (distance) => `${distance} ago`,
  actionsHeading: "Actions",
  button: {
    setup: "Set up workbook",
    validate: "Check data",
    compute: "Compute and fill report",
    export: "Export report",
    clear: "Delete generated lists",
  },
  buttonHint: {
    setup: "Creates the missing input sheets; never changes existing data.",
    validate: "Checks the input sheets and writes the Kiểm tra sheet.",
    compute: "Builds the gift and award lists and fills the Báo cáo sheet.",
    export: "Computes again, then exports the .docx report with its annexes.",
    clear: "After the campaign: deletes the sheets the add-in made (personal data).",
  },
  progressLabel: "Progress",
  step: {
    reading: "Reading the data…",
    checking: "Checking…",
    writing: "Writing the sheets…",
    finishing: "Finishing…",
    rendering: "Building the .docx file…",
    opening: "Opening the lists in a new workbook…",
  },
  ready: "Ready. Click “Check data” to start.",
  summaryHeading: "Summary",
  figure: {
    errors: "Errors",
    warnings: "Warnings",
    infos: "Info",
    staff: "Staff",
    children: "Children",
    "children-rows": "Rows in the Con sheet",
    "gifts-count": "Children getting a 1 June gift",
    "gifts-total": "Gifts (VND)",
    "awards-count": "Children awarded",
    "awards-total": "Awards (VND)",
    "contributions-total": "Contributions (VND)",
  },
  issuesHeading: "Check results",
  noIssues: "No errors, warnings or info.",
  issuesNotYet: "Not checked yet. Click “Check data” to see the issues.",
  groupHeading: (sheet, count) => `${sheet} (${count})`,
  severity: { error: "Error", warning: "Warning", info: "Info" },
  more: (count) => `Show ${count} more`,
  unitsHeading: "Progress by unit",
  unitsCaption: "Staff, children rows entered and errors of each unit",
  unitColumn: { unit: "Unit", staff: "Staff", children: "Children rows", errors: "Errors" },
  noUnits: "No units yet.",
  setUpDone: (created, existing) =>
    created.length > 0
      ? `Workbook set up: created ${count(created.length, "sheet")} (${list(created)})` +
        (existing > 0 ? `; ${count(existing, "existing sheet")} left as they were.` : ".")
      : `The workbook has every sheet; ${count(existing, "existing sheet")} left as they were.`,
  missingColumns: (n) => `${count(n, "required column")} missing: see the list below.`,
  validated: (c) => `Checked: ${count(c.error, "error")}, ${count(c.warning, "warning")}, ${c.info} info.`,
  computed: (gifts, awards, errors) =>
    `Report computed and filled: ${count(gifts, "child", "children")} to get a gift, ${count(awards, "child", "children")} to be awarded.` +
    (errors > 0 ? ` ${count(errors, "error")} remain, so the report is stamped DỰ THẢO (draft).` : ""),
  exported: (fileName, draft) => (draft ? `Exported a DRAFT: ${fileName}.` : `Report exported: ${fileName}.`),
  exportRefused: (n, named) =>
    `Not exported: the workbook has ${count(n, "error")}: ${named.join(" | ")}${n > named.length ? ` … and ${n - named.length} more` : ""}. Fix the errors listed below, then click “Export report” again.`,
  listsOpened: "The gift and award lists opened in a new workbook.",
  listsInSheets: (sheets) =>
    `This version of Excel cannot open a new workbook: the lists are in the sheets ${sheets.join(" and ")}.`,
  docxOnDesktop:
    "For the .docx: open this workbook in Excel on the web and click “Export report”, or print the Báo cáo sheet to PDF.",
  cleared: (sheets) => `Deleted ${count(sheets.length, "sheet")}: ${list(sheets)}.`,
  nothingToClear: "There are no sheets made by the add-in to delete.",
  fallback: {
    pageLayout: "This version of Excel cannot set A4 printing: adjust it in Page Layout before printing.",
    screenUpdating: "The screen may flicker while writing; the result is the same.",
    dropDowns: "This version of Excel cannot add drop-down lists; the data is still fully checked.",
    createWorkbook: "This version of Excel cannot open a new workbook.",
  },
  unexpected: (detail) => `Unexpected error: ${detail}`,
  draftTitle: "The workbook has errors",
  draftQuestion: (n, cells) =>
    `The workbook has ${count(n, "error")} (${list(cells)}${n > cells.length ? ", …" : ""}). Export a DRAFT?`,
  draftYes: "Export a draft",
  draftNo: "Don't export",
  clearTitle: "Delete generated lists",
  clearQuestion:
    "Delete the sheets Kiểm tra, DS tặng quà, DS khen thưởng and Báo cáo? They hold personal data; the input sheets stay. “Compute and fill report” makes them again.",
  clearYes: "Delete",
  clearNo: "Cancel",
  editedTitle: "Sheets edited by hand",
  editedQuestion: (sheets) =>
    sheets.length === 1
      ? `The sheet ${sheets[0]} was edited by hand. Replace it with a new one?`
      : `The sheets ${list(sheets)} were edited by hand. Replace them with new ones?`,
  editedYes: "Replace them",
  editedNo: "Keep them",
  editedKept: (sheets) => `The hand-edited sheets (${list(sheets)}) were kept; nothing was run.`,
  cancelled: "Cancelled.",
  // Next year
  nextYear: {
    button: "Prepare next year",
    hint: "Makes next year's workbook from this one (staff, children, award amounts kept; contributions and activities emptied); this workbook stays as it is.",
    opened: (year, reviewed) =>
      `The ${year} workbook opened in a new window; this one is unchanged. Save the new one under a new name (File > Save As).` +
      (reviewed > 0
        ? ` In its Cấu hình sheet, ${count(reviewed, "setting")} ${reviewed === 1 ? "is" : "are"} marked “Cần xem lại”: check each, correct it if it changed, then delete the mark.`
        : ""),
    unsupported:
      "This version of Excel cannot open a new workbook. Open this workbook in Excel on the web and click again, or use the command line: action-month init <next-year>.xlsx --from <this-workbook>.xlsx (or the tool.html page, no Excel needed). This workbook was not changed.",
  },
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { vi: VI, en: EN };

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}
