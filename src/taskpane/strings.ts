import type { Fallback, OperationStep } from "../excel";
import { formatVnd, type Locale, type Severity } from "../engine";
import type { StepKey, WorkbookState } from "./workflow";
import type { DeliveryRoute } from "./delivery";

/** A pane step the adapter does not report: the .docx is built and delivered by the pane itself. */
export type PaneStep = OperationStep | "rendering" | "opening";

/** The guided steps, then the after-campaign clean-up. */
export type ButtonKey = StepKey | "nextYear" | "clear";

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

/** Which issues the list shows. */
export type SeverityFilter = Severity | "all";

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Every text the pane shows, in both languages. One catalog so that a missing English (or Vietnamese) text is a
 * type error, and a clerk never sees a half-translated pane. Words follow Excel's own Vietnamese UI ("trang tính",
 * "Xóa", "Hủy", "Lưu ý"); counts are grouped ("4.210"): test/taskpane/wording.test.ts holds the catalog to that.
 */
export interface Strings {
  readonly documentTitle: string;
  /** The year joined to the word before it by a no-break space: "2024" never sits alone on a line. */
  readonly title: (year: number) => string;
  readonly themeLabel: string;
  readonly milestonesLabel: string;
  readonly milestone: Record<MilestoneKey, string>;
  readonly countdownLeft: (distance: string) => string;
  readonly countdownToday: string;
  readonly countdownPast: (distance: string) => string;
  /** The report deadline has passed: stressed, not greyed out. */
  readonly overdue: (distance: string) => string;
  readonly actionsHeading: string;
  readonly afterHeading: string;
  readonly button: Record<ButtonKey, string>;
  /** The one-line caption under each step (what it does, visible, not a tooltip). */
  readonly caption: Record<ButtonKey, string>;
  /** Read after the primary step's name by screen readers. */
  readonly nextStep: string;
  /** What the pane says before any action, by the workbook's state. */
  readonly stateHint: Record<WorkbookState, string>;
  readonly progressLabel: string;
  readonly step: Record<PaneStep, string>;
  readonly running: (action: string) => string;
  readonly ready: string;
  readonly summaryHeading: string;
  readonly figure: Record<FigureKey, string>;
  readonly issuesHeading: string;
  readonly noIssues: string;
  readonly issuesNotYet: string;
  readonly issuesRunning: string;
  readonly groupHeading: (sheet: string, count: number) => string;
  readonly severity: Record<Severity, string>;
  readonly severityHeading: (severity: Severity, count: number) => string;
  readonly filterLabel: string;
  readonly filter: Record<SeverityFilter, string>;
  /** The link-styled place at the start of an issue: "Cán bộ, ô C5" (the sheet, as the list is not split by sheet). */
  readonly cellLabel: (sheet: string, cell: string | null) => string;
  /** Where an issue is, in words: "trang tính Cán bộ, ô C5". */
  readonly place: (sheet: string, cell: string | null) => string;
  readonly more: (count: number) => string;
  readonly recheck: string;
  readonly firstError: string;
  readonly unitsHeading: string;
  readonly unitsCaption: string;
  readonly unitColumn: {
    readonly unit: string;
    readonly staff: string;
    readonly children: string;
    readonly errors: string;
  };
  readonly unitsTotal: string;
  /** In the errors column before any check: not a count the pane has. */
  readonly notChecked: string;
  readonly noUnits: string;
  readonly setUpDone: (created: readonly string[], existing: number) => string;
  readonly reviewSettings: string;
  readonly reviewOpened: string;
  readonly missingColumns: (count: number) => string;
  readonly validated: (counts: SeverityCounts) => string;
  readonly rosterEmpty: string;
  readonly computed: (gifts: number, awards: number, errors: number) => string;
  readonly exported: (fileName: string, draft: boolean) => string;
  /** Declining the draft: one calm line; the pane links the first error after it. */
  readonly exportDeclined: (count: number) => string;
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
  readonly editedDeleteQuestion: (sheets: readonly string[]) => string;
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

/** Counts as each language groups them: "4.210" in Vietnamese, "4,210" in English. */
const vn = (n: number): string => formatVnd(n);
const en = (n: number): string => new Intl.NumberFormat("en-US").format(n);

/** English count and noun: "1 error", "3 errors" (Vietnamese nouns do not change). */
const count = (n: number, one: string, many = `${one}s`): string => `${en(n)} ${n === 1 ? one : many}`;

/** What the clerk reads once Compute has written the sheets: where each thing is. */
const WHERE_VI =
  "Báo cáo ở trang tính Báo cáo (đang mở); danh sách ở DS tặng quà và DS khen thưởng; lỗi ở Kiểm tra.";
const WHERE_EN =
  "The report is on the Báo cáo sheet (now open); the lists on DS tặng quà and DS khen thưởng; issues on Kiểm tra.";

const VI: Strings = {
  documentTitle: "Tháng hành động vì trẻ em",
  title: (year) => `Tháng hành động vì trẻ em năm\u00a0${year}`,
  themeLabel: "Chủ đề",
  milestonesLabel: "Các mốc thời gian",
  milestone: { start: "Bắt đầu", end: "Kết thúc", deadline: "Hạn báo cáo" },
  countdownLeft: (distance) => `còn ${distance}`,
  countdownToday: "hôm nay",
  countdownPast: (distance) => `đã qua ${distance}`,
  overdue: (distance) => `Quá hạn ${distance}`,
  actionsHeading: "Các bước",
  afterHeading: "Sau đợt",
  button: {
    setup: "Thiết lập sổ",
    review: "Xem lại Cấu hình",
    validate: "Kiểm tra dữ liệu",
    compute: "Tính và điền báo cáo",
    export: "Xuất báo cáo",
    nextYear: "Chuẩn bị năm sau",
    clear: "Xóa danh sách đã tạo",
  },
  caption: {
    setup: "Tạo các trang tính nhập liệu còn thiếu.",
    review: "Xem tên cơ quan, người ký và các ngày.",
    validate: "Tìm lỗi trong dữ liệu đã nhập.",
    compute: "Lập danh sách, điền trang tính Báo cáo.",
    export: "Tính lại rồi lưu báo cáo .docx.",
    nextYear: "Sổ mới cho năm sau từ sổ này; sổ này giữ nguyên.",
    clear: "Xóa các trang tính có thông tin cá nhân do bổ trợ tạo.",
  },
  nextStep: "bước tiếp theo",
  stateHint: {
    empty: "Sổ chưa có các trang tính nhập liệu. Bấm “Thiết lập sổ” để tạo.",
    review:
      "Hãy xem lại trang tính Cấu hình: tên cơ quan, người ký và các ngày đang là giá trị mẫu của kế hoạch.",
    "enter-data":
      "Trang tính Cán bộ chưa có cán bộ nào. Nhập danh sách cán bộ và con rồi bấm “Kiểm tra dữ liệu”.",
    unchecked: "Bấm “Kiểm tra dữ liệu” để tìm lỗi trước khi tính báo cáo.",
    errors: "Sổ còn lỗi. Sửa các lỗi bên dưới rồi bấm “Kiểm tra lại”.",
    clean: "Dữ liệu không có lỗi. Bấm “Xuất báo cáo”.",
  },
  progressLabel: "Tiến độ thao tác",
  step: {
    reading: "Đang đọc dữ liệu…",
    checking: "Đang kiểm tra…",
    computing: "Đang tính danh sách và báo cáo…",
    writing: "Đang ghi các trang tính…",
    finishing: "Đang hoàn tất…",
    rendering: "Đang tạo tệp .docx…",
    opening: "Đang mở danh sách trong sổ mới…",
  },
  running: (action) => `Đang chạy: ${action}`,
  ready: "Sẵn sàng.",
  summaryHeading: "Tổng hợp",
  figure: {
    errors: "Lỗi",
    warnings: "Cảnh báo",
    infos: "Lưu ý",
    staff: "Cán bộ",
    children: "Số cháu",
    "children-rows": "Dòng đã nhập ở trang tính Con",
    "gifts-count": "Cháu nhận quà 1/6",
    "gifts-total": "Tiền quà (đồng)",
    "awards-count": "Cháu được khen thưởng",
    "awards-total": "Tiền thưởng (đồng)",
    "contributions-total": "Tiền ủng hộ (đồng)",
  },
  issuesHeading: "Kết quả kiểm tra",
  noIssues: "Không có lỗi, cảnh báo hay lưu ý nào.",
  issuesNotYet: "Chưa kiểm tra.",
  issuesRunning: "Đang chạy…",
  groupHeading: (sheet, n) => `Trang tính ${sheet} (${vn(n)})`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  severityHeading: (severity, n) =>
    `${{ error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" }[severity]} (${vn(n)})`,
  filterLabel: "Hiện",
  filter: { all: "Tất cả", error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  cellLabel: (sheet, cell) => (cell ? `${sheet}, ô ${cell}` : sheet),
  place: (sheet, cell) => (cell ? `trang tính ${sheet}, ô ${cell}` : `trang tính ${sheet}`),
  more: (n) => `Xem thêm ${vn(n)} mục`,
  recheck: "Kiểm tra lại",
  firstError: "Xem lỗi đầu tiên",
  unitsHeading: "Tiến độ theo đơn vị",
  unitsCaption: "Số cán bộ, số dòng con đã nhập và số lỗi của từng đơn vị",
  unitColumn: { unit: "Đơn vị", staff: "Cán bộ", children: "Dòng con", errors: "Lỗi" },
  unitsTotal: "Tổng cộng",
  notChecked: "–",
  noUnits: "Chưa có đơn vị nào.",
  setUpDone: (created, existing) =>
    created.length > 0
      ? `Đã thiết lập sổ: tạo ${vn(created.length)} trang tính (${list(created)})` +
        (existing > 0 ? `; ${vn(existing)} trang tính đã có được giữ nguyên.` : ".")
      : `Sổ đã đủ các trang tính; ${vn(existing)} trang tính đã có được giữ nguyên.`,
  reviewSettings:
    "Trang tính Cấu hình đang mở: hãy kiểm tra tên cơ quan, người ký và các ngày của đợt trước khi nhập dữ liệu.",
  reviewOpened: "Trang tính Cấu hình đang mở. Sửa nếu cần, rồi nhập dữ liệu và bấm “Kiểm tra dữ liệu”.",
  missingColumns: (n) => `Có ${vn(n)} cột bắt buộc còn thiếu: xem danh sách bên dưới.`,
  validated: (c) => `Đã kiểm tra: ${vn(c.error)} lỗi, ${vn(c.warning)} cảnh báo, ${vn(c.info)} lưu ý.`,
  rosterEmpty: "Trang tính Cán bộ chưa có cán bộ nào: chưa có gì để kiểm tra hay báo cáo.",
  computed: (gifts, awards, errors) =>
    `Đã tính và điền báo cáo: ${vn(gifts)} cháu nhận quà, ${vn(awards)} cháu được khen thưởng. ${WHERE_VI}` +
    (errors > 0 ? ` Sổ còn ${vn(errors)} lỗi nên báo cáo mang dấu DỰ THẢO.` : ""),
  exported: (fileName, draft) =>
    draft ? `Đã xuất bản nháp có dấu DỰ THẢO: ${fileName}.` : `Đã xuất báo cáo: ${fileName}.`,
  exportDeclined: (n) => `Chưa xuất báo cáo: sổ còn ${vn(n)} lỗi.`,
  exportRefused: (n, named) =>
    `Chưa xuất báo cáo vì sổ còn ${vn(n)} lỗi (${list(named)}${n > named.length ? ", …" : ""}).`,
  listsOpened: "Đã mở danh sách tặng quà và khen thưởng trong một sổ mới.",
  listsInSheets: (sheets) =>
    `Phiên bản Excel này không mở được sổ mới: các danh sách nằm ở trang tính ${sheets.join(" và ")}.`,
  docxOnDesktop:
    "Bản .docx: mở sổ này bằng Excel trên web và bấm “Xuất báo cáo”, hoặc in trang tính Báo cáo ra PDF.",
  cleared: (sheets) => `Đã xóa ${vn(sheets.length)} trang tính: ${list(sheets)}.`,
  nothingToClear: "Không có trang tính nào do bổ trợ tạo để xóa.",
  fallback: {
    pageLayout: "Phiên bản Excel này không đặt được khổ in A4: hãy chỉnh trong Bố trí trang trước khi in.",
    screenUpdating: "Màn hình có thể nháy trong lúc ghi; kết quả không đổi.",
    dropDowns: "Phiên bản Excel này không tạo được danh sách chọn; dữ liệu vẫn được kiểm tra đầy đủ.",
    createWorkbook: "Phiên bản Excel này không mở được sổ mới.",
  },
  unexpected: (detail) => `Lỗi không mong đợi: ${detail}`,
  draftTitle: "Sổ còn lỗi",
  draftQuestion: (n, cells) =>
    `Sổ còn ${vn(n)} lỗi (${list(cells)}${n > cells.length ? ", …" : ""}). Xuất bản nháp có dấu DỰ THẢO?`,
  draftYes: "Xuất bản nháp",
  draftNo: "Sửa lỗi trước",
  clearTitle: "Xóa danh sách đã tạo",
  clearQuestion:
    "Xóa các trang tính Kiểm tra, DS tặng quà, DS khen thưởng và Báo cáo? Các trang tính này có thông tin cá nhân; trang tính nhập liệu được giữ nguyên. Có thể tạo lại bằng “Tính và điền báo cáo”.",
  clearYes: "Xóa",
  clearNo: "Hủy",
  editedTitle: "Trang tính đã được sửa tay",
  editedQuestion: (sheets) => `Các trang tính ${list(sheets)} đã được sửa tay. Thay bằng bản mới?`,
  editedDeleteQuestion: (sheets) =>
    `Các trang tính ${list(sheets)} đã được sửa tay sau lần tính trước. Vẫn xóa, kể cả phần đã sửa?`,
  editedYes: "Thay bằng bản mới",
  editedNo: "Giữ nguyên",
  editedKept: (sheets) => `Đã giữ nguyên các trang tính sửa tay (${list(sheets)}); thao tác chưa chạy.`,
  cancelled: "Đã hủy.",
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
  // Export delivery
  delivery: {
    exportHint: {
      download: "Tính lại rồi tải báo cáo .docx về máy.",
      saveButton: "Tính lại, rồi bấm “Lưu báo cáo (.docx)”.",
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
  title: (year) => `Action Month for Children\u00a0${year}`,
  themeLabel: "Theme",
  milestonesLabel: "Key dates",
  milestone: { start: "Starts", end: "Ends", deadline: "Report due" },
  countdownLeft: (distance) => `${distance} left`,
  countdownToday: "today",
  countdownPast: (distance) => `${distance} ago`,
  overdue: (distance) => `Overdue by ${distance}`,
  actionsHeading: "Steps",
  afterHeading: "After the campaign",
  button: {
    setup: "Set up workbook",
    review: "Review Cấu hình",
    validate: "Check data",
    compute: "Compute and fill report",
    export: "Export report",
    nextYear: "Prepare next year",
    clear: "Delete generated lists",
  },
  caption: {
    setup: "Creates the missing input sheets.",
    review: "Check the agency, the signer and the dates.",
    validate: "Finds the errors in the data entered.",
    compute: "Builds the lists, fills the Báo cáo sheet.",
    export: "Computes again, then saves the .docx report.",
    nextYear: "A new workbook for next year from this one; this one stays as it is.",
    clear: "Deletes the sheets with personal data the add-in made.",
  },
  nextStep: "next step",
  stateHint: {
    empty: "The workbook has no input sheets yet. Click “Set up workbook” to create them.",
    review: "Review the Cấu hình sheet: the agency, the signer and the dates are the plan's sample values.",
    "enter-data":
      "The Cán bộ sheet has no staff yet. Enter the staff and their children, then click “Check data”.",
    unchecked: "Click “Check data” to find errors before computing the report.",
    errors: "The workbook has errors. Fix those listed below, then click “Check again”.",
    clean: "The data has no errors. Click “Export report”.",
  },
  progressLabel: "Progress",
  step: {
    reading: "Reading the data…",
    checking: "Checking…",
    computing: "Computing the lists and the report…",
    writing: "Writing the sheets…",
    finishing: "Finishing…",
    rendering: "Building the .docx file…",
    opening: "Opening the lists in a new workbook…",
  },
  running: (action) => `Running: ${action}`,
  ready: "Ready.",
  summaryHeading: "Summary",
  figure: {
    errors: "Errors",
    warnings: "Warnings",
    infos: "Notes",
    staff: "Staff",
    children: "Children",
    "children-rows": "Rows entered on the Con sheet",
    "gifts-count": "Children getting a 1 June gift",
    "gifts-total": "Gifts (VND)",
    "awards-count": "Children awarded",
    "awards-total": "Awards (VND)",
    "contributions-total": "Contributions (VND)",
  },
  issuesHeading: "Check results",
  noIssues: "No errors, warnings or notes.",
  issuesNotYet: "Not checked yet.",
  issuesRunning: "Running…",
  groupHeading: (sheet, n) => `Sheet ${sheet} (${en(n)})`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  severityHeading: (severity, n) =>
    `${{ error: "Errors", warning: "Warnings", info: "Notes" }[severity]} (${en(n)})`,
  filterLabel: "Show",
  filter: { all: "All", error: "Errors", warning: "Warnings", info: "Notes" },
  cellLabel: (sheet, cell) => (cell ? `${sheet}, cell ${cell}` : sheet),
  place: (sheet, cell) => (cell ? `sheet ${sheet}, cell ${cell}` : `sheet ${sheet}`),
  more: (n) => `Show ${en(n)} more`,
  recheck: "Check again",
  firstError: "Go to the first error",
  unitsHeading: "Progress by unit",
  unitsCaption: "Staff, children rows entered and errors of each unit",
  unitColumn: { unit: "Unit", staff: "Staff", children: "Children rows", errors: "Errors" },
  unitsTotal: "Total",
  notChecked: "–",
  noUnits: "No units yet.",
  setUpDone: (created, existing) =>
    created.length > 0
      ? `Workbook set up: created ${count(created.length, "sheet")} (${list(created)})` +
        (existing > 0 ? `; ${count(existing, "existing sheet")} left as they were.` : ".")
      : `The workbook has every sheet; ${count(existing, "existing sheet")} left as they were.`,
  reviewSettings:
    "The Cấu hình sheet is open: check the agency, the signer and the campaign's dates before entering data.",
  reviewOpened:
    "The Cấu hình sheet is open. Change what is needed, then enter the data and click “Check data”.",
  missingColumns: (n) => `${count(n, "required column")} missing: see the list below.`,
  validated: (c) =>
    `Checked: ${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "note")}.`,
  rosterEmpty: "The Cán bộ sheet has no staff yet: there is nothing to check or report.",
  computed: (gifts, awards, errors) =>
    `Report computed and filled: ${count(gifts, "child", "children")} to get a gift, ${count(awards, "child", "children")} to be awarded. ${WHERE_EN}` +
    (errors > 0 ? ` ${count(errors, "error")} remain, so the report is stamped DỰ THẢO (draft).` : ""),
  exported: (fileName, draft) =>
    draft ? `Exported a draft stamped DỰ THẢO: ${fileName}.` : `Report exported: ${fileName}.`,
  exportDeclined: (n) => `Not exported: the workbook has ${count(n, "error")}.`,
  exportRefused: (n, named) =>
    `Not exported: the workbook has ${count(n, "error")} (${list(named)}${n > named.length ? ", …" : ""}).`,
  listsOpened: "The gift and award lists opened in a new workbook.",
  listsInSheets: (sheets) =>
    `This version of Excel cannot open a new workbook: the lists are on the sheets ${sheets.join(" and ")}.`,
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
    `The workbook has ${count(n, "error")} (${list(cells)}${n > cells.length ? ", …" : ""}). Export a draft stamped DỰ THẢO?`,
  draftYes: "Export a draft",
  draftNo: "Fix the errors first",
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
  editedDeleteQuestion: (sheets) =>
    `The sheets ${list(sheets)} were edited by hand since the last run. Delete them anyway, edits included?`,
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
  // Export delivery
  delivery: {
    exportHint: {
      download: "Computes again, then downloads the .docx report.",
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
