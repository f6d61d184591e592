import { formatVnd, type Severity } from "../engine";

/** The page's words (Vietnamese: the page is for the department's clerks and the receiving agency). */
export const TEXT = {
  dropTitle: "Chọn sổ theo dõi",
  dropHint:
    "Kéo thả tệp .xlsx vào đây. Một tệp: kiểm tra và lập báo cáo. Nhiều tệp của các cơ quan: tổng hợp cấp tỉnh.",
  pick: "Chọn tệp .xlsx…",
  reading: (count: number) => (count === 1 ? "Đang đọc tệp…" : `Đang đọc ${count} tệp…`),
  rendering: "Đang lập báo cáo…",
  notXlsx: (names: readonly string[]) => `Bỏ qua tệp không phải .xlsx: ${names.join(", ")}.`,
  unreadable: (name: string, reason: string) => `Không đọc được ${name}: ${reason}.`,
  checked: (errors: number, warnings: number) =>
    errors > 0
      ? `Sổ còn ${errors} lỗi và ${warnings} cảnh báo. Sửa trong Excel rồi chọn lại tệp, hoặc lập bản DỰ THẢO.`
      : `Không có lỗi${warnings > 0 ? ` (${warnings} cảnh báo)` : ""}: có thể lập báo cáo chính thức.`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as Record<Severity, string>,
  issuesTitle: "Kết quả kiểm tra",
  noIssues: "Không có vấn đề nào.",
  moreIssues: (count: number) => `… và ${count} mục khác (xem đủ trong trang tính Kiểm tra của sổ tải về).`,
  figures: (f: { staff: number; gifts: number; giftsTotal: number; awards: number; awardsTotal: number }) =>
    `${formatVnd(f.staff)} cán bộ; ${formatVnd(f.gifts)} suất quà (${formatVnd(f.giftsTotal)} đ); ` +
    `${formatVnd(f.awards)} cháu khen thưởng (${formatVnd(f.awardsTotal)} đ).`,
  downloadDocx: "Tải báo cáo (.docx)",
  downloadWorkbook: "Tải sổ đã lập danh sách (.xlsx)",
  downloaded: (name: string) => `Đã tải về: ${name}.`,
  consolidationTitle: (count: number) => `Tổng hợp ${count} cơ quan`,
  receiverLegend: "Cơ quan tổng hợp (in ở đầu báo cáo)",
  receiverAgency: "Tên cơ quan",
  receiverParent: "Cơ quan chủ quản",
  receiverSigner: "Người ký",
  consolidate: "Lập lại báo cáo tổng hợp",
  downloadConsolidationDocx: "Tải báo cáo tổng hợp (.docx)",
  downloadConsolidationWorkbook: "Tải bảng tổng hợp (.xlsx)",
  crossTitle: "Trẻ có tên ở nhiều cơ quan (chỉ tặng một suất quà)",
  duplicateAgencies: (names: readonly string[]) => `Cơ quan gửi nhiều hơn một tệp: ${names.join(", ")}.`,
  unreadableTitle: "Tệp không đọc được",
  columns: [
    "Cơ quan",
    "Ngày báo cáo",
    "Cán bộ",
    "Quà (suất)",
    "Tiền quà (đ)",
    "Khen thưởng (cháu)",
    "Tiền thưởng (đ)",
    "Ủng hộ (đ)",
    "Tham gia",
    "Kinh phí (đ)",
    "Lỗi",
  ],
  total: "Tổng cộng",
  tableCaption: "Số liệu theo báo cáo của từng cơ quan",
  read: (name: string) => `Đã đọc và kiểm tra ${name}.`,
  late: "quá hạn",
  failed: (detail: string) => `Lỗi không mong đợi: ${detail}`,
  localOnly: "Xử lý trên máy này",
} as const;
