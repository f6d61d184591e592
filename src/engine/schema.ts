import type { Severity } from "./issues";

/** Sheet names of the workbook contract (SPEC §2). */
export const SHEET = {
  settings: "Cấu hình",
  units: "Đơn vị",
  staff: "Cán bộ",
  children: "Con",
  awardTiers: "Mức khen thưởng",
  contributions: "Ủng hộ",
  activities: "Hoạt động",
  slogans: "Khẩu hiệu",
  issues: "Kiểm tra",
  giftList: "DS tặng quà",
  awardList: "DS khen thưởng",
  report: "Báo cáo",
} as const;

export type InputSheetName =
  | typeof SHEET.settings
  | typeof SHEET.units
  | typeof SHEET.staff
  | typeof SHEET.children
  | typeof SHEET.awardTiers
  | typeof SHEET.contributions
  | typeof SHEET.activities
  | typeof SHEET.slogans;

export const GENERATED_SHEETS = [SHEET.issues, SHEET.giftList, SHEET.awardList, SHEET.report] as const;

/** How the Set up action formats a column, and what the engine expects in it. */
export type ColumnKind = "text" | "id" | "date" | "vnd" | "count" | "grade" | "url";

export interface ColumnSpec {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  /** Width in characters for the Set up action and the template. */
  readonly width: number;
}

export interface InputSheetSpec {
  readonly name: InputSheetName;
  readonly columns: readonly ColumnSpec[];
  /** At least one of these headers must be present (e.g. `Ủng hộ` needs `Mã CB` or `Họ và tên`). */
  readonly oneOf?: readonly string[];
  /** Severity of SHEET_MISSING for this sheet. */
  readonly whenMissing: Severity;
}

const col = (header: string, kind: ColumnKind, width: number, required = false): ColumnSpec => ({
  header,
  kind,
  width,
  required,
});

export const INPUT_SHEETS: readonly InputSheetSpec[] = [
  {
    name: SHEET.settings,
    // `Xem lại`: the review mark `init --from` sets beside carried settings (next-year/review-mark.ts).
    columns: [col("Mục", "text", 28, true), col("Giá trị", "text", 60, true), col("Xem lại", "text", 14)],
    whenMissing: "warning",
  },
  {
    name: SHEET.units,
    columns: [col("Thứ tự", "count", 8), col("Đơn vị", "text", 48, true)],
    whenMissing: "warning",
  },
  {
    name: SHEET.staff,
    columns: [
      col("Mã CB", "id", 10, true),
      col("Họ và tên", "text", 28, true),
      col("Giới tính", "text", 10),
      col("Chức vụ", "text", 22),
      col("Đơn vị", "text", 40, true),
      col("Ghi chú", "text", 24),
    ],
    whenMissing: "error",
  },
  {
    name: SHEET.children,
    columns: [
      col("Mã CB", "id", 10, true),
      col("Họ và tên con", "text", 28, true),
      col("Ngày sinh", "date", 12, true),
      col("Giới tính", "text", 10),
      col("Lớp", "grade", 9),
      col("Trường", "text", 30),
      col("Danh hiệu", "text", 28),
      col("Giải thưởng", "text", 20),
      col("Ghi chú", "text", 24),
    ],
    whenMissing: "error",
  },
  {
    name: SHEET.awardTiers,
    columns: [
      col("Thành tích", "text", 34, true),
      col("Cấp học", "text", 16),
      col("Mức thưởng", "vnd", 14, true),
    ],
    whenMissing: "warning",
  },
  {
    name: SHEET.contributions,
    columns: [
      col("Ngày", "date", 12),
      col("Mã CB", "id", 10),
      col("Họ và tên", "text", 28),
      col("Đơn vị", "text", 40),
      col("Số tiền", "vnd", 14, true),
      col("Mục đích", "text", 22),
    ],
    oneOf: ["Mã CB", "Họ và tên"],
    whenMissing: "warning",
  },
  {
    name: SHEET.activities,
    columns: [
      col("Ngày", "date", 12),
      col("Loại hoạt động", "text", 26, true),
      col("Nội dung", "text", 48, true),
      col("Đơn vị thực hiện", "text", 30),
      col("Số người tham gia", "count", 12),
      col("Số trẻ em tham gia", "count", 12),
      col("Kinh phí", "vnd", 14),
      col("Nguồn kinh phí", "text", 18),
      col("Đường dẫn", "url", 36),
    ],
    whenMissing: "warning",
  },
  {
    name: SHEET.slogans,
    columns: [col("Khẩu hiệu", "text", 80, true), col("Ngày đăng", "date", 12), col("Đường dẫn", "url", 36)],
    whenMissing: "warning",
  },
];

export function inputSheetSpec(name: InputSheetName): InputSheetSpec {
  const spec = INPUT_SHEETS.find((sheet) => sheet.name === name);
  if (!spec) throw new Error(`No contract for sheet ${name}`);
  return spec;
}

/** `Ủng hộ.Mục đích`: the default when blank comes first. */
export const CONTRIBUTION_PURPOSES = ["Quỹ Bảo trợ trẻ em", "Trẻ em khuyết tật"] as const;

export const ACTIVITY_TYPES = [
  "Tin bài trên website",
  "Khẩu hiệu, băng rôn",
  "Tặng quà",
  "Vui chơi, văn hóa, thể thao",
  "Tham quan, du lịch",
  "Khen thưởng",
  "Khác",
] as const;

export const SCHOOL_LEVELS = ["Tiểu học", "THCS", "THPT"] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const GENDERS = ["Nam", "Nữ"] as const;

export const PRESCHOOL = "Mầm non";
