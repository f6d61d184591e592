import type { Fallback, OperationStep } from "../excel";
import type { Locale, Severity } from "../engine";
import type { DeliveryRoute } from "./delivery";

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
  readonly delivery: DeliveryStrings;
}

// Export delivery
/** Why the report came as a workbook or a sheet instead of a .docx, for the first words of the result line. */
export type FallbackReason = "saveFailed" | "noSave" | "chosen";

/** The export's buttons, tooltip and result lines, per route (delivery.ts). */
export interface DeliveryStrings {
  /** The Export button's tooltip: what the clerk gets on this host; `sheet` where only `Báo cáo` can be filled. */
  readonly exportHint: Record<DeliveryRoute | "sheet", string>;
  readonly panelLabel: string;
  readonly saveButton: string;
  readonly saveHint: string;
  readonly openOnWebButton: string;
  readonly openOnWebHint: string;
  readonly openWorkbookButton: string;
  readonly openWorkbookHint: string;
  readonly ready: (fileName: string) => string;
  readonly macChoice: string;
  readonly picked: (fileName: string) => string;
  readonly downloadedWeb: (fileName: string) => string;
  readonly downloadedDesktop: (fileName: string) => string;
  readonly cancelled: string;
  readonly webOpened: string;
  /** The first words of a fallback's result line; none when the clerk chose the workbook. */
  readonly reason: Record<Exclude<FallbackReason, "chosen">, string>;
  readonly workbookOpened: string;
  readonly reportSheetShown: string;
  readonly draftNote: string;
}
// End of export delivery

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
  // Export delivery
  delivery: {
    exportHint: {
      download: "Tính lại rồi tải báo cáo .docx (kèm hai danh sách phụ lục) về máy.",
      saveButton: "Tính lại và tạo báo cáo .docx; sau đó bấm “Lưu báo cáo (.docx)” để lưu tệp.",
      webOrWorkbook:
        "Tính lại. Excel cho Mac không lưu được tệp .docx từ bổ trợ: mở sổ trong Excel trên web để tải .docx, hoặc mở báo cáo trong sổ mới để lưu và in.",
      workbook:
        "Tính lại rồi mở toàn bộ báo cáo (trang tính Báo cáo và hai danh sách) trong một sổ mới để lưu và in.",
      sheet: "Tính lại và điền trang tính Báo cáo trong sổ này để in.",
    },
    panelLabel: "Nhận báo cáo",
    saveButton: "Lưu báo cáo (.docx)",
    saveHint: "Chọn nơi lưu tệp .docx; nếu Excel không hỏi, tệp vào thư mục Tải xuống.",
    openOnWebButton: "Mở sổ trong Excel trên web",
    openOnWebHint: "Mở sổ này trong trình duyệt; ở đó “Xuất báo cáo” tải được tệp .docx.",
    openWorkbookButton: "Mở báo cáo trong sổ mới",
    openWorkbookHint: "Mở trang tính Báo cáo và hai danh sách, khổ A4, trong một sổ mới để lưu và in ra PDF.",
    ready: (fileName) => `Báo cáo đã sẵn sàng (${fileName}). Bấm “Lưu báo cáo (.docx)” để lưu tệp.`,
    macChoice:
      "Excel cho Mac không lưu được tệp .docx từ ngăn bổ trợ. Bấm “Mở sổ trong Excel trên web” rồi bấm “Xuất báo cáo” ở đó để tải tệp .docx, hoặc “Mở báo cáo trong sổ mới” để lưu và in.",
    picked: (fileName) => `Đã lưu báo cáo: ${fileName}.`,
    downloadedWeb: (fileName) =>
      `Đã tải báo cáo về máy: ${fileName}, trong thư mục Tải xuống của trình duyệt.`,
    downloadedDesktop: (fileName) =>
      `Đã chuyển báo cáo ${fileName} cho Excel tải xuống: tệp vào thư mục Tải xuống. Nếu không thấy tệp, bấm “Mở báo cáo trong sổ mới”.`,
    cancelled: "Chưa lưu báo cáo vì bạn đã bấm Hủy. Bấm “Lưu báo cáo (.docx)” khi cần.",
    webOpened:
      "Đã mở sổ trong trình duyệt. Trong Excel trên web, mở bổ trợ và bấm “Xuất báo cáo”: tệp .docx sẽ được tải về máy.",
    reason: {
      saveFailed: "Không lưu được tệp .docx trong Excel này.",
      noSave: "Excel này không lưu được tệp .docx từ ngăn bổ trợ.",
    },
    workbookOpened:
      "Đã mở toàn bộ báo cáo (trang tính Báo cáo, DS tặng quà, DS khen thưởng, khổ A4) trong một sổ mới. Lưu sổ: Tệp › Lưu. In ra PDF: Tệp › In, chọn máy in “Microsoft Print to PDF” (trên Mac: In › PDF › Lưu dưới dạng PDF).",
    reportSheetShown:
      "Phiên bản Excel này không mở được sổ mới: báo cáo đã được điền ở trang tính Báo cáo, đang mở trước mặt bạn. In ra PDF: Tệp › In, chọn máy in “Microsoft Print to PDF” (trên Mac: In › PDF › Lưu dưới dạng PDF).",
    draftNote: "Đây là bản DỰ THẢO vì sổ còn lỗi.",
  },
  // End of export delivery
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
  // Export delivery
  delivery: {
    exportHint: {
      download: "Computes again, then downloads the .docx report with its two annex lists.",
      saveButton:
        "Computes again and builds the .docx report; then click “Save report (.docx)” to save the file.",
      webOrWorkbook:
        "Computes again. Excel for Mac cannot save a .docx from an add-in: open the workbook in Excel on the web to download it, or open the report in a new workbook to save and print.",
      workbook:
        "Computes again, then opens the whole report (the Báo cáo sheet and both lists) in a new workbook to save and print.",
      sheet: "Computes again and fills the Báo cáo sheet of this workbook, to print.",
    },
    panelLabel: "Get the report",
    saveButton: "Save report (.docx)",
    saveHint: "Choose where to save the .docx; if Excel does not ask, it goes to the Downloads folder.",
    openOnWebButton: "Open in Excel on the web",
    openOnWebHint: "Opens this workbook in your browser, where “Export report” downloads the .docx.",
    openWorkbookButton: "Open the report in a new workbook",
    openWorkbookHint:
      "Opens the Báo cáo sheet and both lists, A4, in a new workbook to save and print to PDF.",
    ready: (fileName) => `The report is ready (${fileName}). Click “Save report (.docx)” to save the file.`,
    macChoice:
      "Excel for Mac cannot save a .docx from the add-in pane. Click “Open in Excel on the web”, then “Export report” there to download the .docx, or “Open the report in a new workbook” to save and print it.",
    picked: (fileName) => `Report saved: ${fileName}.`,
    downloadedWeb: (fileName) => `Report downloaded: ${fileName}, in your browser's Downloads folder.`,
    downloadedDesktop: (fileName) =>
      `The report ${fileName} was handed to Excel to download: it goes to the Downloads folder. If you cannot find it, click “Open the report in a new workbook”.`,
    cancelled:
      "The report was not saved: you clicked Cancel. Click “Save report (.docx)” when you are ready.",
    webOpened:
      "The workbook opened in your browser. In Excel on the web, open the add-in and click “Export report”: the .docx downloads to your computer.",
    reason: {
      saveFailed: "The .docx could not be saved in this Excel.",
      noSave: "This Excel cannot save a .docx from the add-in pane.",
    },
    workbookOpened:
      "The whole report (the Báo cáo, DS tặng quà and DS khen thưởng sheets, A4) opened in a new workbook. To keep it: File › Save. To make a PDF: File › Print, printer “Microsoft Print to PDF” (on a Mac: Print › PDF › Save as PDF).",
    reportSheetShown:
      "This version of Excel cannot open a new workbook: the report is filled in on the Báo cáo sheet, now in front of you. To make a PDF: File › Print, printer “Microsoft Print to PDF” (on a Mac: Print › PDF › Save as PDF).",
    draftNote: "This is a DRAFT: the workbook still has errors.",
  },
  // End of export delivery
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { vi: VI, en: EN };

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}
