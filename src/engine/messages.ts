import type { IssueCode } from "./issues";

export type Locale = "vi" | "en";

export interface MessageParams {
  readonly sheet?: string;
  readonly cell?: string;
  readonly column?: string;
  /** The offending value, as the clerk typed it. */
  readonly value?: string;
  /** What was expected instead, or a default that is used. */
  readonly expected?: string;
  /** A second value the message needs: another date, another row, a grade. */
  readonly other?: string;
  /** Why a value was refused, already in the message's language. */
  readonly reason?: string;
  /** Whether the row is left out of the lists until fixed. */
  readonly rowExcluded?: boolean;
}

type Render = (p: MessageParams) => string;

const VI: Record<IssueCode, Render> = {
  SHEET_MISSING: (p) =>
    p.expected
      ? `Không có trang tính “${p.sheet}”: ${p.expected}.`
      : `Không có trang tính “${p.sheet}”. Bấm “Thiết lập sổ” để tạo trang tính này với đúng tiêu đề cột.`,
  COLUMN_MISSING: (p) =>
    `Trang tính “${p.sheet}” thiếu cột “${p.column}” (tiêu đề cột phải nằm trong 10 dòng đầu, cùng dòng với các cột bắt buộc khác).`,
  SETTING_INVALID: (p) =>
    `Mục “${p.column}” có giá trị “${p.value}” không hợp lệ: ${p.reason}. ${p.expected ? `Tạm dùng mặc định: ${p.expected}.` : "Tạm coi như để trống."}`,
  SETTING_MISSING: (p) => `Chưa khai báo mục “${p.column}”: dùng mặc định ${p.expected}.`,
  REQUIRED: (p) => `Cột “${p.column}” còn trống; cột này bắt buộc phải nhập.`,
  VALUE_ERROR: (p) => `Cột “${p.column}” chứa lỗi Excel ${p.value}; hãy sửa công thức hoặc nhập lại giá trị.`,
  DATE_INVALID: (p) =>
    `Cột “${p.column}”: “${p.value}” không phải ngày hợp lệ (${p.reason}). Nhập theo dạng ngày/tháng/năm, ví dụ 02/06/2015.`,
  DATE_FUTURE: (p) => `Ngày sinh ${p.value} sau ngày báo cáo ${p.other}.`,
  STAFF_ID_DUPLICATE: (p) => `Mã cán bộ “${p.value}” đã dùng ở dòng ${p.other}; mỗi cán bộ chỉ có một mã.`,
  UNIT_UNKNOWN: (p) => `Đơn vị “${p.value}” không có trong trang tính “Đơn vị”.`,
  PARENT_UNKNOWN: (p) => `Mã cán bộ “${p.value}” (cha/mẹ) không có trong trang tính “Cán bộ”.`,
  CONTRIBUTOR_UNKNOWN: (p) => `Mã cán bộ “${p.value}” không có trong trang tính “Cán bộ”.`,
  AMOUNT_INVALID: (p) => `Cột “${p.column}”: “${p.value}” không hợp lệ; cần ${p.expected}.`,
  GRADE_INVALID: (p) => `Giá trị “${p.value}” không hợp lệ; ${p.expected}.`,
  ACHIEVEMENT_UNKNOWN: (p) =>
    `Thành tích “${p.value}” không có trong trang tính “Mức khen thưởng” (cột “Thành tích”).`,
  CHILD_DUPLICATE: (p) =>
    `Cháu ${p.value} đã có ở dòng ${p.other} (cùng họ tên và ngày sinh): chỉ tính một suất quà và một suất thưởng, ghi đủ cha mẹ.`,
  ACHIEVEMENT_GRADE_MISMATCH: (p) =>
    `Danh hiệu “${p.value}” dành cho ${p.expected}, nhưng lớp là ${p.other}.`,
  AGE_GRADE_MISMATCH: (p) =>
    `Lớp ${p.value} lệch quá 2 năm so với tuổi (theo ngày sinh, cháu học khoảng lớp ${p.expected}).`,
  NOT_ELIGIBLE_AGE: (p) => `Cháu ${p.value} ${p.reason}: không thuộc diện tặng quà 1/6.`,
  ROSTER_EMPTY: (p) =>
    `Trang tính “${p.sheet}” chưa có cán bộ nào: nhập danh sách cán bộ trước khi lập báo cáo (chưa thể xuất báo cáo chính thức).`,
  COST_MISMATCH: (p) =>
    `Ô ${p.cell}: kinh phí hoạt động “${p.other}” là ${p.value} đồng, khác tổng ${p.reason} là ${p.expected} đồng; báo cáo lấy số của danh sách, hãy kiểm tra lại.`,
  REPORT_TEXT_MISSING: (p) =>
    `Mục “${p.column}” còn trống: báo cáo sẽ in dòng chấm để viết tay; hãy nhập nội dung trước khi xuất báo cáo chính thức.`,
  SETTING_REVIEW: (p) =>
    `Mục “${p.column}”${p.value ? ` (“${p.value}”)` : ""} được chuyển sang từ năm trước: kiểm tra lại (tên cơ quan, người ký có thể đã thay đổi), sửa nếu cần, rồi xóa chữ “Cần xem lại” ở ô ${p.cell}.`,
};

const EN: Record<IssueCode, Render> = {
  SHEET_MISSING: (p) =>
    p.expected
      ? `Sheet "${p.sheet}" is missing: ${p.expected}.`
      : `Sheet "${p.sheet}" is missing. Click “Set up workbook” to create it with the right column headers.`,
  COLUMN_MISSING: (p) =>
    `Sheet "${p.sheet}" has no column "${p.column}" (headers must be within the first 10 rows, on one row with the other required columns).`,
  SETTING_INVALID: (p) =>
    `Setting "${p.column}" has an invalid value "${p.value}": ${p.reason}. ${p.expected ? `Using the default for now: ${p.expected}.` : "Treated as blank for now."}`,
  SETTING_MISSING: (p) => `Setting "${p.column}" is not set: using the default ${p.expected}.`,
  REQUIRED: (p) => `Column "${p.column}" is empty; this column is required.`,
  VALUE_ERROR: (p) =>
    `Column "${p.column}" holds the Excel error ${p.value}; fix the formula or retype the value.`,
  DATE_INVALID: (p) =>
    `Column "${p.column}": "${p.value}" is not a valid date (${p.reason}). Type day/month/year, e.g. 02/06/2015.`,
  DATE_FUTURE: (p) => `Date of birth ${p.value} is after the report date ${p.other}.`,
  STAFF_ID_DUPLICATE: (p) =>
    `Staff ID "${p.value}" is already used on row ${p.other}; each staff member has one ID.`,
  UNIT_UNKNOWN: (p) => `Unit "${p.value}" is not on the "Đơn vị" sheet.`,
  PARENT_UNKNOWN: (p) => `Parent staff ID "${p.value}" is not on the "Cán bộ" sheet.`,
  CONTRIBUTOR_UNKNOWN: (p) => `Staff ID "${p.value}" is not on the "Cán bộ" sheet.`,
  AMOUNT_INVALID: (p) => `Column "${p.column}": "${p.value}" is invalid; expected ${p.expected}.`,
  GRADE_INVALID: (p) => `The value "${p.value}" is invalid; ${p.expected}.`,
  ACHIEVEMENT_UNKNOWN: (p) =>
    `Achievement "${p.value}" is not on the "Mức khen thưởng" sheet (column "Thành tích").`,
  CHILD_DUPLICATE: (p) =>
    `Child ${p.value} is already on row ${p.other} (same name and date of birth): one gift and one award, both parents listed.`,
  ACHIEVEMENT_GRADE_MISMATCH: (p) => `Title "${p.value}" is for ${p.expected}, but the grade is ${p.other}.`,
  AGE_GRADE_MISMATCH: (p) =>
    `Grade ${p.value} is more than 2 years off the child's age (expected about grade ${p.expected}).`,
  NOT_ELIGIBLE_AGE: (p) => `Child ${p.value} ${p.reason}: no 1 June gift.`,
  ROSTER_EMPTY: (p) =>
    `Sheet "${p.sheet}" has no staff yet: enter the staff list before making the report (no official report until then).`,
  COST_MISMATCH: (p) =>
    `Cell ${p.cell}: the "${p.other}" activity's cost is ${p.value} VND, but ${p.reason} totals ${p.expected} VND; the report uses the list's figure, please check.`,
  REPORT_TEXT_MISSING: (p) =>
    `Setting "${p.column}" is blank: the report will print dotted lines to write on; fill it in before the official export.`,
  SETTING_REVIEW: (p) =>
    `Setting "${p.column}"${p.value ? ` ("${p.value}")` : ""} was carried over from last year: check it (agency names and signers may have changed), correct it if needed, then delete "Cần xem lại" in cell ${p.cell}.`,
};

const EXCLUDED_SUFFIX: Record<Locale, string> = {
  vi: " Dòng này chưa được tính cho đến khi sửa.",
  en: " This row is left out until it is fixed.",
};

export function renderMessage(code: IssueCode, locale: Locale, params: MessageParams): string {
  const text = (locale === "en" ? EN : VI)[code](params);
  return params.rowExcluded ? text + EXCLUDED_SUFFIX[locale] : text;
}

/** Words the engine needs inside messages, per language. */
export const WORDS = {
  vi: {
    dateProblem: {
      format: "sai định dạng",
      "two-digit-year": "năm phải đủ 4 chữ số",
      impossible: "ngày này không có trên lịch",
      "out-of-range": "ngày ngoài phạm vi Excel tin cậy (từ 01/03/1900)",
    },
    positiveVnd: "số tiền nguyên dương tính bằng đồng, ví dụ 500.000",
    nonNegativeVnd: "số tiền nguyên không âm tính bằng đồng, ví dụ 500.000",
    wholeCount: "một số nguyên không âm",
    gradeRule: 'để trống, ghi "Mầm non" hoặc một số từ 0 đến 12',
    levelRule: 'để trống, hoặc ghi "Tiểu học", "THCS", "THPT" (có thể nhiều, cách nhau bằng dấu phẩy)',
    preschool: "mầm non",
    notInSchool: "trống (chưa đi học)",
    ageAtLimit: (age: number, on: string, limit: number) =>
      `đủ ${age} tuổi vào ngày ${on} (quà dành cho trẻ dưới ${limit} tuổi)`,
    bornAfter: (on: string) => `sinh sau ngày tính tuổi ${on}`,
    defaultsFor2024: "dùng giá trị mặc định theo kế hoạch",
    unitsFromStaff: "thứ tự đơn vị lấy theo trang tính Cán bộ và không kiểm tra tên đơn vị",
    tiersDefault: "dùng mức khen thưởng mặc định",
    noActivities: "chưa có hoạt động nào được ghi nhận",
    slogansDefault: "tính 12 khẩu hiệu của kế hoạch, chưa có khẩu hiệu nào được đăng",
    noContributions: "chưa có khoản ủng hộ nào được ghi nhận",
    giftListTotal: "danh sách tặng quà",
    awardListTotal: "danh sách khen thưởng",
  },
  en: {
    dateProblem: {
      format: "wrong format",
      "two-digit-year": "the year needs 4 digits",
      impossible: "no such day in the calendar",
      "out-of-range": "outside the range Excel handles reliably (from 01/03/1900)",
    },
    positiveVnd: "a whole positive amount in VND, e.g. 500.000",
    nonNegativeVnd: "a whole amount ≥ 0 in VND, e.g. 500.000",
    wholeCount: "a whole number ≥ 0",
    gradeRule: 'blank, "Mầm non" or a number from 0 to 12',
    levelRule: 'blank, or "Tiểu học", "THCS", "THPT" (several allowed, separated by commas)',
    preschool: "pre-school",
    notInSchool: "blank (not in school)",
    ageAtLimit: (age: number, on: string, limit: number) =>
      `is ${age} on ${on} (gifts are for children under ${limit})`,
    bornAfter: (on: string) => `was born after the reference date ${on}`,
    defaultsFor2024: "using the plan's defaults",
    unitsFromStaff: 'units are ordered as on the "Cán bộ" sheet and not checked',
    tiersDefault: "using the default award amounts",
    noActivities: "no activities recorded",
    slogansDefault: "counting the plan's 12 slogans, none posted",
    noContributions: "no contributions recorded",
    giftListTotal: "the gift list",
    awardListTotal: "the award list",
  },
} as const;
