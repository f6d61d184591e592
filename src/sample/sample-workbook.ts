/**
 * The bundled sample workbook (`action-month init --sample`): a fictional but realistic roster of the Bắc Giang
 * Department of Science and Technology for the 2024 Action Month for Children (Kế hoạch số 63/KH-KHCN).
 *
 * It is built to validate with 0 errors and exactly one warning (CHILD_DUPLICATE: the child of a couple who both
 * work at the department, entered under each parent), plus NOT_ELIGIBLE_AGE infos for the children aged 16 and
 * over. Every person, date and amount is invented, except the plan's signer in `Cấu hình`.
 *
 * Rules the data keeps (so that it raises no AGE_GRADE_MISMATCH / ACHIEVEMENT_GRADE_MISMATCH):
 * - school year 2023-2024: a child born in year y is in grade 2018 − y (grade 1 the year it turns 6), and every
 *   pupil is born before 05/09, so the grade is (age on 05/09/2023) − 6 + 1;
 * - `Mầm non` only for children aged 4–5 on 05/09/2023; younger children and university students: `Lớp` blank;
 * - grades 1–5 carry the primary titles, grades 6–12 the secondary ones (`Học sinh tiên tiến` only in grades 9
 *   and 12, still assessed under Thông tư 58 in 2023-2024).
 */
import type { Cell, SheetGrid, WorkbookSnapshot } from "../engine/cell";

/** Excel serial number (1900 date system) of a `dd/mm/yyyy` date, computed in UTC. */
function serial(dmy: string): number {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dmy);
  if (!match) throw new Error(`Sample date is not dd/mm/yyyy: ${dmy}`);
  const [, d, m, y] = match;
  return (Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A `dd/mm/yyyy` date as a serial, or null for a blank cell. */
function optionalDate(dmy: string | null): Cell {
  return dmy === null ? null : serial(dmy);
}

// ---------------------------------------------------------------------------------------------------------------
// Đơn vị

const UNITS = [
  "Văn phòng Sở",
  "Thanh tra Sở",
  "Phòng Kế hoạch - Tài chính",
  "Phòng Quản lý khoa học",
  "Phòng Quản lý công nghệ và Thị trường công nghệ",
  "Chi cục Tiêu chuẩn Đo lường Chất lượng",
  "Trung tâm Ứng dụng Khoa học và Công nghệ",
  "Trung tâm Thông tin và Thống kê khoa học và công nghệ",
] as const;

type Unit = (typeof UNITS)[number];

/** Staff ID prefix → unit. */
const UNIT_OF_PREFIX: Record<string, Unit> = {
  VP: "Văn phòng Sở",
  TTr: "Thanh tra Sở",
  KHTC: "Phòng Kế hoạch - Tài chính",
  QLKH: "Phòng Quản lý khoa học",
  QLCN: "Phòng Quản lý công nghệ và Thị trường công nghệ",
  CC: "Chi cục Tiêu chuẩn Đo lường Chất lượng",
  UD: "Trung tâm Ứng dụng Khoa học và Công nghệ",
  TT: "Trung tâm Thông tin và Thống kê khoa học và công nghệ",
};

function unitOf(staffId: string): Unit {
  const prefix = staffId.replace(/\d+$/, "");
  const unit = UNIT_OF_PREFIX[prefix];
  if (!unit) throw new Error(`Sample staff ID without a unit: ${staffId}`);
  return unit;
}

// ---------------------------------------------------------------------------------------------------------------
// Cán bộ: [Mã CB, Họ và tên, Giới tính, Chức vụ, Ghi chú]. The unit follows from the ID prefix.
// VP06 Nguyễn Thị Thu Hằng and CC03 Đỗ Văn Hải are a married couple (their son is entered under both).

type StaffRow = readonly [
  id: string,
  name: string,
  gender: "Nam" | "Nữ",
  position: string,
  note: string | null,
];

const STAFF: readonly StaffRow[] = [
  ["VP01", "Hoàng Văn Toàn", "Nam", "Giám đốc", "Lãnh đạo Sở"],
  ["VP02", "Nguyễn Thị Thu Hà", "Nữ", "Phó Giám đốc", "Lãnh đạo Sở"],
  ["VP03", "Dương Quang Đức", "Nam", "Phó Giám đốc", "Lãnh đạo Sở"],
  ["VP04", "Lê Thị Minh Nguyệt", "Nữ", "Chánh Văn phòng", null],
  ["VP05", "Ngô Văn Khải", "Nam", "Phó Chánh Văn phòng", "Chủ tịch Công đoàn Sở"],
  ["VP06", "Nguyễn Thị Thu Hằng", "Nữ", "Kế toán", null],
  ["VP07", "Trần Thị Ánh", "Nữ", "Chuyên viên", null],
  ["VP08", "Phạm Văn Bắc", "Nam", "Chuyên viên", null],
  ["VP09", "Giáp Thị Huyền", "Nữ", "Văn thư", null],
  ["VP10", "Thân Văn Cường", "Nam", "Chuyên viên", null],
  ["VP11", "Vi Thị Diệp", "Nữ", "Thủ quỹ", null],
  ["VP12", "Đào Văn Lợi", "Nam", "Lái xe", "Hợp đồng lao động"],
  ["VP13", "Hà Văn Ích", "Nam", "Lái xe", "Hợp đồng lao động"],
  ["VP14", "Lưu Thị Oanh", "Nữ", "Nhân viên phục vụ", "Hợp đồng lao động"],

  ["TTr01", "Nguyễn Đình Kiên", "Nam", "Chánh Thanh tra", null],
  ["TTr02", "Vũ Thị Lan Phương", "Nữ", "Phó Chánh Thanh tra", null],
  ["TTr03", "Đặng Minh Quân", "Nam", "Thanh tra viên", null],
  ["TTr04", "Chu Thị Yến", "Nữ", "Thanh tra viên", null],

  ["KHTC01", "Trịnh Văn Sơn", "Nam", "Trưởng phòng", null],
  ["KHTC02", "Lương Thị Thanh Nhàn", "Nữ", "Phó Trưởng phòng", null],
  ["KHTC03", "Bùi Thị Vân", "Nữ", "Chuyên viên", null],
  ["KHTC04", "Nguyễn Hữu Phong", "Nam", "Chuyên viên", null],
  ["KHTC05", "Đỗ Thị Uyên", "Nữ", "Chuyên viên", null],

  ["QLKH01", "Lê Văn Chiến", "Nam", "Trưởng phòng", null],
  ["QLKH02", "Ninh Thị Hồng Nhung", "Nữ", "Phó Trưởng phòng", null],
  ["QLKH03", "Hoàng Thị Liên", "Nữ", "Chuyên viên", null],
  ["QLKH04", "Nguyễn Tiến Dũng", "Nam", "Chuyên viên", null],
  ["QLKH05", "Tạ Thị Mai", "Nữ", "Chuyên viên", null],
  ["QLKH06", "Phùng Văn Quyết", "Nam", "Chuyên viên", null],

  ["QLCN01", "Đinh Văn Hòa", "Nam", "Trưởng phòng", null],
  ["QLCN02", "Nguyễn Thị Thanh Tâm", "Nữ", "Phó Trưởng phòng", null],
  ["QLCN03", "Hoàng Minh Tuấn", "Nam", "Chuyên viên", null],
  ["QLCN04", "Lê Thị Thùy Dung", "Nữ", "Chuyên viên", null],
  ["QLCN05", "Ngô Thị Ngân", "Nữ", "Chuyên viên", null],
  ["QLCN06", "Phạm Đức Thịnh", "Nam", "Chuyên viên", null],

  ["CC01", "Trần Văn Giang", "Nam", "Chi cục trưởng", null],
  ["CC02", "Nguyễn Thị Bích Ngọc", "Nữ", "Phó Chi cục trưởng", null],
  ["CC03", "Đỗ Văn Hải", "Nam", "Trưởng phòng", null],
  ["CC04", "Vũ Văn Long", "Nam", "Phó Trưởng phòng", null],
  ["CC05", "Thân Thị Lan", "Nữ", "Chuyên viên", null],
  ["CC06", "Nguyễn Văn Điệp", "Nam", "Kiểm định viên", null],
  ["CC07", "Lý Thị Xuân", "Nữ", "Chuyên viên", null],
  ["CC08", "Hoàng Văn Thành", "Nam", "Kiểm định viên", "Đi học dài hạn"],
  ["CC09", "Phạm Thị Duyên", "Nữ", "Kế toán", null],
  ["CC10", "Dương Đình Khánh", "Nam", "Chuyên viên", null],

  ["UD01", "Nguyễn Mạnh Hùng", "Nam", "Giám đốc Trung tâm", null],
  ["UD02", "Lê Thị Hiền", "Nữ", "Phó Giám đốc Trung tâm", null],
  ["UD03", "Giáp Văn Minh", "Nam", "Viên chức", null],
  ["UD04", "Trần Thị Thảo", "Nữ", "Viên chức", null],
  ["UD05", "Nông Văn Việt", "Nam", "Kỹ thuật viên", null],
  ["UD06", "Hà Thị Phượng", "Nữ", "Kế toán", null],
  ["UD07", "Đặng Văn Nam", "Nam", "Viên chức", null],
  ["UD08", "Nguyễn Thị Thơm", "Nữ", "Viên chức", "Nghỉ chế độ thai sản"],
  ["UD09", "Lăng Văn Bình", "Nam", "Nhân viên", "Hợp đồng lao động"],
  ["UD10", "Đàm Thị Quyên", "Nữ", "Viên chức", null],

  ["TT01", "Hoàng Văn Doanh", "Nam", "Giám đốc Trung tâm", null],
  ["TT02", "Nguyễn Thị Ngọc Linh", "Nữ", "Phó Giám đốc Trung tâm", null],
  ["TT03", "Trương Quốc Huy", "Nam", "Viên chức", null],
  ["TT04", "Phan Thị Trang", "Nữ", "Viên chức", null],
  ["TT05", "Lê Anh Vũ", "Nam", "Viên chức", null],
  ["TT06", "Đoàn Thị Nga", "Nữ", "Viên chức", null],
  ["TT07", "Nguyễn Thị Hoa", "Nữ", "Kế toán", null],
];

function staffById(id: string): StaffRow {
  const row = STAFF.find(([staffId]) => staffId === id);
  if (!row) throw new Error(`Sample refers to unknown staff ${id}`);
  return row;
}

// ---------------------------------------------------------------------------------------------------------------
// Con: [Mã CB, Họ và tên con, Ngày sinh, Giới tính, Lớp, Trường, Danh hiệu, Giải thưởng, Ghi chú]

type ChildRow = readonly [
  parentId: string,
  name: string,
  born: string,
  gender: "Nam" | "Nữ",
  grade: number | "Mầm non" | null,
  school: string | null,
  title: string | null,
  prize: string | null,
  note: string | null,
];

const HTXS = "Hoàn thành xuất sắc";
const TIEU_BIEU = "Học sinh Tiêu biểu hoàn thành tốt";
const GIOI = "Học sinh Giỏi";
const XUAT_SAC = "Học sinh Xuất sắc";
const TIEN_TIEN = "Học sinh tiên tiến";

const CHILDREN: readonly ChildRow[] = [
  // Aged 16 and over on 01/06/2024: no gift, still eligible for academic awards.
  [
    "VP01",
    "Hoàng Thu Trang",
    "17/03/2005",
    "Nữ",
    null,
    "Trường Đại học Ngoại thương",
    null,
    null,
    "Sinh viên",
  ],
  [
    "VP02",
    "Trần Đức Anh",
    "02/10/2005",
    "Nam",
    null,
    "Trường Đại học Bách khoa Hà Nội",
    null,
    null,
    "Sinh viên",
  ],
  [
    "VP03",
    "Dương Khánh Linh",
    "09/04/2006",
    "Nữ",
    12,
    "Trường THPT Chuyên Bắc Giang",
    GIOI,
    "Giải cấp tỉnh",
    "Giải Nhì học sinh giỏi cấp tỉnh môn Hóa học lớp 12",
  ],
  ["TTr01", "Nguyễn Đình Phúc", "25/08/2006", "Nam", 12, "Trường THPT Ngô Sĩ Liên", TIEN_TIEN, null, null],
  [
    "KHTC01",
    "Trịnh Hoài Nam",
    "14/02/2007",
    "Nam",
    11,
    "Trường THPT Chuyên Bắc Giang",
    XUAT_SAC,
    "Giải quốc gia",
    "Giải Ba học sinh giỏi quốc gia môn Vật lý",
  ],
  ["CC01", "Trần Minh Châu", "20/07/2007", "Nữ", 11, "Trường THPT Ngô Sĩ Liên", GIOI, null, null],
  ["QLKH01", "Lê Quang Vinh", "22/01/2008", "Nam", 10, "Trường THPT Giáp Hải", GIOI, null, null],
  ["UD01", "Nguyễn Bảo Ngọc", "01/06/2008", "Nữ", 10, "Trường THPT Ngô Sĩ Liên", XUAT_SAC, null, null],

  // Under 16 on 01/06/2024: one gift each.
  ["QLCN01", "Đinh Thu Hiền", "02/06/2008", "Nữ", 10, "Trường THPT Chuyên Bắc Giang", GIOI, null, null],
  ["TT01", "Hoàng Gia Bảo", "18/08/2008", "Nam", 10, "Trường THPT Thái Thuận", null, null, null],

  [
    "VP04",
    "Ngô Phương Thảo",
    "11/05/2009",
    "Nữ",
    9,
    "Trường THCS Ngô Sĩ Liên",
    GIOI,
    "Giải cấp tỉnh",
    "Giải Ba học sinh giỏi cấp tỉnh môn Ngữ văn lớp 9",
  ],
  ["CC02", "Phạm Quốc Khánh", "03/03/2009", "Nam", 9, "Trường THCS Lê Quý Đôn", TIEN_TIEN, null, null],
  ["UD02", "Vũ Hải Đăng", "27/07/2009", "Nam", 9, "Trường THCS Trần Phú", null, null, null],
  ["QLKH02", "Đặng Thùy Dương", "15/01/2009", "Nữ", 9, "Trường THCS Thọ Xương", null, null, null],
  ["VP05", "Ngô Đức Mạnh", "06/06/2009", "Nam", 9, "Trường THCS Hoàng Hoa Thám", null, null, null],

  ["VP01", "Hoàng Minh Quân", "12/02/2010", "Nam", 8, "Trường THCS Ngô Sĩ Liên", XUAT_SAC, null, null],
  ["TT02", "Lê Hà My", "30/04/2010", "Nữ", 8, "Trường THCS Ngô Sĩ Liên", null, null, null],
  ["CC03", "Đỗ Ngọc Ánh", "19/08/2010", "Nữ", 8, "Trường THCS Lê Lợi", null, null, null],
  ["KHTC02", "Bùi Tiến Đạt", "08/01/2010", "Nam", 8, "Trường THCS Trần Phú", null, null, null],
  ["QLCN02", "Hà Khánh Vy", "23/05/2010", "Nữ", 8, "Trường THCS Song Mai", XUAT_SAC, null, null],

  [
    "VP07",
    "Nguyễn Tuệ Lâm",
    "13/03/2011",
    "Nữ",
    7,
    "Trường THCS Lê Lợi",
    XUAT_SAC,
    "Giải cấp huyện",
    "Giải Nhất môn Cờ vua Hội khỏe Phù Đổng thành phố",
  ],
  ["TTr02", "Trần Gia Huy", "02/07/2011", "Nam", 7, "Trường THCS Ngô Sĩ Liên", null, null, null],
  ["QLKH04", "Nguyễn Tiến Thành", "21/01/2011", "Nam", 7, "Trường THCS Thọ Xương", null, null, null],
  ["CC04", "Vũ Thảo Nguyên", "09/06/2011", "Nữ", 7, "Trường THCS Hoàng Hoa Thám", null, null, null],
  ["UD03", "Giáp Văn Sang", "17/04/2011", "Nam", 7, "Trường THCS Song Mai", null, null, null],
  ["TT03", "Trương Bảo Trâm", "28/08/2011", "Nữ", 7, "Trường THCS Lê Quý Đôn", XUAT_SAC, null, null],

  ["VP08", "Phạm Minh Hiếu", "05/02/2012", "Nam", 6, "Trường THCS Thọ Xương", null, null, null],
  ["KHTC03", "Nguyễn Ngọc Diệp", "14/05/2012", "Nữ", 6, "Trường THCS Ngô Sĩ Liên", XUAT_SAC, null, null],
  ["QLCN03", "Hoàng Tuấn Kiệt", "30/03/2012", "Nam", 6, "Trường THCS Lê Lợi", null, null, null],
  ["CC05", "Ngô Khánh Ly", "11/08/2012", "Nữ", 6, "Trường THCS Trần Phú", GIOI, null, null],
  ["UD04", "Đào Quang Trường", "20/01/2012", "Nam", 6, "Trường THCS Song Mai", null, null, null],
  ["TTr03", "Đặng Minh Khuê", "07/07/2012", "Nữ", 6, "Trường THCS Hoàng Hoa Thám", GIOI, null, null],

  [
    "VP09",
    "Thân Đức Duy",
    "16/04/2013",
    "Nam",
    5,
    "Trường Tiểu học Lê Lợi",
    HTXS,
    "Giải cấp huyện",
    "Giải Nhì Olympic Tiếng Anh cấp thành phố",
  ],
  ["VP01", "Hoàng Thùy Linh", "14/03/2013", "Nữ", 5, "Trường Tiểu học Hoàng Hoa Thám", TIEU_BIEU, null, null],
  ["KHTC04", "Nguyễn Hữu Thắng", "02/02/2013", "Nam", 5, "Trường Tiểu học Ngô Quyền", null, null, null],
  ["QLKH03", "Lý Minh Thư", "25/06/2013", "Nữ", 5, "Trường Tiểu học Trần Phú", HTXS, null, null],
  ["CC06", "Nguyễn Thanh Tùng", "10/03/2013", "Nam", 5, "Trường Tiểu học Thọ Xương", TIEU_BIEU, null, null],
  ["UD03", "Giáp Hồng Nhung", "19/08/2013", "Nữ", 5, "Trường Tiểu học Hoàng Hoa Thám", null, null, null],
  ["TT02", "Lê Phúc An", "04/01/2013", "Nam", 5, "Trường Tiểu học Lê Lợi", HTXS, null, null],

  // The same child under each parent (VP06 and CC03 are married): one gift, one award, warning CHILD_DUPLICATE.
  ["VP06", "Đỗ Minh Khang", "12/03/2014", "Nam", 4, "Trường Tiểu học Ngô Quyền", HTXS, null, null],
  ["VP10", "Thân Bảo Châu", "29/05/2014", "Nữ", 4, "Trường Tiểu học Trần Phú", null, null, null],
  [
    "QLKH05",
    "Dương Anh Tú",
    "07/08/2014",
    "Nam",
    4,
    "Trường Tiểu học Lê Hồng Phong",
    HTXS,
    "Giải cấp huyện",
    "Giải Ba Olympic Toán tuổi thơ cấp thành phố",
  ],
  ["CC09", "Trần Ngọc Hân", "18/01/2014", "Nữ", 4, "Trường Tiểu học Lê Lợi", null, null, null],
  ["CC03", "Đỗ Minh Khang", "12/03/2014", "Nam", 4, "Trường Tiểu học Ngô Quyền", HTXS, null, null],
  ["UD06", "Hoàng Đức Lộc", "22/04/2014", "Nam", 4, "Trường Tiểu học Thọ Xương", null, null, null],

  ["VP11", "Nguyễn Hải Yến", "03/05/2015", "Nữ", 3, "Trường Tiểu học Xương Giang", HTXS, null, null],
  ["TTr04", "Phạm Nhật Minh", "14/02/2015", "Nam", 3, "Trường Tiểu học Lê Lợi", null, null, null],
  ["KHTC05", "Vương Tuệ Nhi", "27/07/2015", "Nữ", 3, "Trường Tiểu học Ngô Quyền", null, null, null],
  ["QLCN06", "Phạm Gia Bách", "09/03/2015", "Nam", 3, "Trường Tiểu học Trần Phú", TIEU_BIEU, null, null],
  ["QLCN01", "Đinh Quỳnh Chi", "21/06/2015", "Nữ", 3, "Trường Tiểu học Lê Hồng Phong", null, null, null],
  ["TT05", "Lê Minh Sơn", "11/01/2015", "Nam", 3, "Trường Tiểu học Hoàng Hoa Thám", HTXS, null, null],

  ["VP12", "Đào Thu Phương", "08/02/2016", "Nữ", 2, "Trường Tiểu học Song Mai", null, null, null],
  ["KHTC01", "Trịnh Đức Trọng", "15/04/2016", "Nam", 2, "Trường Tiểu học Dĩnh Kế", TIEU_BIEU, null, null],
  ["CC08", "Hoàng Bảo Anh", "26/06/2016", "Nữ", 2, "Trường Tiểu học Lê Lợi", null, null, null],
  ["UD07", "Đặng Gia Hưng", "01/03/2016", "Nam", 2, "Trường Tiểu học Thọ Xương", null, null, null],
  ["TT06", "Nguyễn Khánh Huyền", "17/08/2016", "Nữ", 2, "Trường Tiểu học Ngô Quyền", null, null, null],

  ["VP13", "Hà Minh Nhật", "20/01/2017", "Nam", 1, "Trường Tiểu học Xương Giang", null, null, null],
  ["TTr03", "Đặng Hoàng Ân", "12/04/2017", "Nam", 1, "Trường Tiểu học Hoàng Hoa Thám", HTXS, null, null],
  ["KHTC05", "Vương Nhật Quang", "05/07/2017", "Nam", 1, "Trường Tiểu học Ngô Quyền", null, null, null],
  ["CC09", "Trần Ngọc Mai", "23/02/2017", "Nữ", 1, "Trường Tiểu học Trần Phú", TIEU_BIEU, null, null],
  ["UD08", "Lê Thanh Xuân", "14/06/2017", "Nữ", 1, "Trường Tiểu học Lê Lợi", null, null, null],

  ["VP07", "Nguyễn Tuệ Minh", "18/03/2018", "Nữ", "Mầm non", "Trường Mầm non Hoa Sen", null, null, null],
  ["QLCN05", "Phan Bảo Long", "02/05/2018", "Nam", "Mầm non", "Trường Mầm non Hoa Hồng", null, null, null],
  ["CC10", "Dương Tường Vi", "10/08/2018", "Nữ", "Mầm non", "Trường Mầm non Tuổi Thơ", null, null, null],
  ["UD09", "Lăng Gia Khiêm", "27/01/2018", "Nam", "Mầm non", "Trường Mầm non Xương Giang", null, null, null],
  ["TT07", "Trịnh Hà Anh", "06/06/2018", "Nữ", "Mầm non", "Trường Mầm non Hoa Sen", null, null, null],

  ["VP10", "Thân Gia Phong", "15/02/2019", "Nam", "Mầm non", "Trường Mầm non Hoa Sen", null, null, null],
  ["QLKH04", "Nguyễn Thảo My", "09/07/2019", "Nữ", "Mầm non", "Trường Mầm non Hoa Hồng", null, null, null],
  ["UD10", "Hoàng Nhật Tân", "24/05/2019", "Nam", "Mầm non", "Trường Mầm non Tuổi Thơ", null, null, null],
  [
    "TTr04",
    "Phạm Khánh An",
    "03/04/2019",
    "Nữ",
    "Mầm non",
    "Trường Mầm non Hoàng Hoa Thám",
    null,
    null,
    null,
  ],

  ["QLCN03", "Hoàng Minh Khôi", "21/02/2020", "Nam", null, null, null, null, null],
  ["TT03", "Trương Gia Hân", "30/06/2020", "Nữ", null, null, null, null, null],
  ["VP08", "Phạm Hoàng Nam", "05/01/2021", "Nam", null, null, null, null, null],
  ["KHTC04", "Nguyễn Hữu Tài", "17/11/2021", "Nam", null, null, null, null, null],
  ["CC10", "Dương Ngọc Uyên", "08/05/2021", "Nữ", null, null, null, null, null],
  ["QLCN05", "Phan Minh Triết", "19/03/2022", "Nam", null, null, null, null, null],
  ["UD04", "Đào Ngọc Hà", "02/09/2022", "Nữ", null, null, null, null, null],
  ["TT05", "Lê Anh Thư", "25/07/2023", "Nữ", null, null, null, null, null],
  ["CC09", "Trần Đăng Khoa", "11/12/2023", "Nam", null, null, null, null, null],
  ["UD08", "Lê Tuệ An", "15/02/2024", "Nữ", null, null, null, null, null],
];

// ---------------------------------------------------------------------------------------------------------------
// Ủng hộ: [Ngày, Mã CB, Số tiền, Mục đích]. Name and unit are copied from `Cán bộ`, as clerks do.
// A few amounts are typed as text, a few purposes are left blank (= Quỹ Bảo trợ trẻ em).
// Not contributing: VP14, CC08 (away on long-term study), UD09, TT06.

const QUY = "Quỹ Bảo trợ trẻ em";
const KHUYET_TAT = "Trẻ em khuyết tật";

type ContributionRow = readonly [
  date: string,
  staffId: string,
  amount: number | string,
  purpose: string | null,
];

const CONTRIBUTIONS: readonly ContributionRow[] = [
  ["03/06/2024", "VP01", 1_000_000, QUY],
  ["03/06/2024", "VP02", 1_000_000, QUY],
  ["03/06/2024", "VP03", 1_000_000, QUY],
  ["03/06/2024", "VP04", 500_000, QUY],
  ["03/06/2024", "VP05", 500_000, QUY],
  ["03/06/2024", "VP06", 300_000, QUY],
  ["03/06/2024", "VP07", 200_000, QUY],
  ["03/06/2024", "VP08", 200_000, QUY],
  ["03/06/2024", "VP09", 200_000, QUY],
  ["03/06/2024", "VP10", 300_000, QUY],
  ["03/06/2024", "VP11", 200_000, QUY],
  ["03/06/2024", "VP12", 200_000, QUY],
  ["03/06/2024", "VP13", 200_000, QUY],

  ["04/06/2024", "TTr01", 500_000, QUY],
  ["04/06/2024", "TTr02", 300_000, QUY],
  ["04/06/2024", "TTr03", 200_000, QUY],
  ["04/06/2024", "TTr04", 200_000, QUY],

  ["04/06/2024", "KHTC01", 500_000, QUY],
  ["04/06/2024", "KHTC02", 300_000, QUY],
  ["04/06/2024", "KHTC03", 200_000, QUY],
  ["04/06/2024", "KHTC04", 200_000, QUY],
  ["04/06/2024", "KHTC05", 200_000, QUY],

  ["05/06/2024", "QLKH01", 500_000, QUY],
  ["05/06/2024", "QLKH02", 300_000, QUY],
  ["05/06/2024", "QLKH03", 200_000, QUY],
  ["05/06/2024", "QLKH04", 200_000, QUY],
  ["05/06/2024", "QLKH05", 200_000, QUY],
  ["05/06/2024", "QLKH06", 200_000, QUY],

  ["05/06/2024", "QLCN01", "500.000", null],
  ["05/06/2024", "QLCN02", 300_000, null],
  ["05/06/2024", "QLCN03", 200_000, null],
  ["05/06/2024", "QLCN04", 200_000, null],
  ["05/06/2024", "QLCN05", 200_000, QUY],
  ["05/06/2024", "QLCN06", 200_000, QUY],

  ["06/06/2024", "CC01", 500_000, QUY],
  ["06/06/2024", "CC02", 500_000, QUY],
  ["06/06/2024", "CC03", 300_000, QUY],
  ["06/06/2024", "CC04", "300.000 đ", QUY],
  ["06/06/2024", "CC05", 200_000, QUY],
  ["06/06/2024", "CC06", 200_000, QUY],
  ["06/06/2024", "CC07", 200_000, QUY],
  ["06/06/2024", "CC09", 200_000, QUY],
  ["06/06/2024", "CC10", 200_000, QUY],

  ["07/06/2024", "UD01", 500_000, QUY],
  ["07/06/2024", "UD02", 300_000, QUY],
  ["07/06/2024", "UD03", 200_000, QUY],
  ["07/06/2024", "UD04", 200_000, QUY],
  ["07/06/2024", "UD05", 200_000, QUY],
  ["07/06/2024", "UD06", 200_000, QUY],
  ["07/06/2024", "UD07", "200.000", QUY],
  ["07/06/2024", "UD08", 200_000, QUY],
  ["07/06/2024", "UD10", 200_000, QUY],

  ["07/06/2024", "TT01", 500_000, QUY],
  ["07/06/2024", "TT02", 300_000, QUY],
  ["07/06/2024", "TT03", 200_000, QUY],
  ["07/06/2024", "TT04", 200_000, QUY],
  ["07/06/2024", "TT05", 200_000, QUY],
  ["07/06/2024", "TT07", 200_000, QUY],

  ["12/06/2024", "VP01", 500_000, KHUYET_TAT],
  ["12/06/2024", "VP02", 500_000, KHUYET_TAT],
  ["12/06/2024", "VP03", 500_000, KHUYET_TAT],
  ["12/06/2024", "VP04", 300_000, KHUYET_TAT],
  ["12/06/2024", "VP05", 300_000, KHUYET_TAT],
  ["12/06/2024", "TTr01", 200_000, KHUYET_TAT],
  ["12/06/2024", "KHTC01", 200_000, KHUYET_TAT],
  ["12/06/2024", "QLKH01", 200_000, KHUYET_TAT],
  ["12/06/2024", "CC01", 300_000, KHUYET_TAT],
  ["12/06/2024", "UD01", 200_000, KHUYET_TAT],
];

/** A supporter who is not on the staff roster: no Mã CB, no unit. */
const OUTSIDE_CONTRIBUTION: readonly Cell[] = [
  serial("10/06/2024"),
  null,
  "Hội Cựu chiến binh cơ quan",
  null,
  1_000_000,
  QUY,
];

// ---------------------------------------------------------------------------------------------------------------
// Hoạt động

const SITE = "https://skhcn.bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/M0UUAFstbTMq/content";

type ActivityRow = readonly [
  date: string,
  type: string,
  content: string,
  unit: Unit,
  people: number | null,
  children: number | null,
  cost: number | null,
  source: string | null,
  link: string | null,
];

const ACTIVITIES: readonly ActivityRow[] = [
  [
    "01/06/2024",
    "Khẩu hiệu, băng rôn",
    "Treo băng rôn tuyên truyền Tháng hành động vì trẻ em năm 2024 tại trụ sở cơ quan; đăng tải khẩu hiệu tuyên truyền trên Trang thông tin điện tử của Sở",
    "Văn phòng Sở",
    null,
    null,
    1_200_000,
    "Ngân sách",
    null,
  ],
  [
    "01/06/2024",
    "Tặng quà",
    "Gặp mặt, tặng quà Tết thiếu nhi 1/6 cho con công chức, viên chức và người lao động dưới 16 tuổi",
    "Văn phòng Sở",
    96,
    71,
    14_200_000,
    "Công đoàn",
    null,
  ],
  [
    "03/06/2024",
    "Tin bài trên website",
    "Sở Khoa học và Công nghệ triển khai Tháng hành động vì trẻ em năm 2024",
    "Trung tâm Ứng dụng Khoa học và Công nghệ",
    null,
    null,
    null,
    null,
    `${SITE}/so-khoa-hoc-va-cong-nghe-trien-khai-thang-hanh-ong-vi-tre-em-nam-2024`,
  ],
  [
    "03/06/2024",
    "Tin bài trên website",
    "Gặp mặt, tặng quà Tết thiếu nhi 1/6 cho con công chức, viên chức, người lao động Sở Khoa học và Công nghệ",
    "Trung tâm Ứng dụng Khoa học và Công nghệ",
    null,
    null,
    null,
    null,
    `${SITE}/gap-mat-tang-qua-tet-thieu-nhi-1-6-nam-2024`,
  ],
  [
    "08/06/2024",
    "Vui chơi, văn hóa, thể thao",
    "Ngày hội “Em yêu khoa học”: thi vẽ tranh, trải nghiệm thí nghiệm vui và trò chơi dân gian cho con công chức, viên chức, người lao động",
    "Văn phòng Sở",
    85,
    56,
    6_500_000,
    "Xã hội hóa",
    null,
  ],
  [
    "10/06/2024",
    "Tin bài trên website",
    "Sôi nổi Ngày hội “Em yêu khoa học” dành cho thiếu nhi",
    "Trung tâm Ứng dụng Khoa học và Công nghệ",
    null,
    null,
    null,
    null,
    `${SITE}/soi-noi-ngay-hoi-em-yeu-khoa-hoc-danh-cho-thieu-nhi`,
  ],
  [
    "15/06/2024",
    "Tham quan, du lịch",
    "Tham quan, trải nghiệm tại Khu du lịch sinh thái Tây Yên Tử (huyện Sơn Động) cho gia đình công chức, viên chức, người lao động",
    "Văn phòng Sở",
    78,
    45,
    23_400_000,
    "Công đoàn",
    null,
  ],
  [
    "21/06/2024",
    "Khen thưởng",
    "Tuyên dương, khen thưởng con công chức, viên chức, người lao động đạt thành tích cao trong học tập năm học 2023-2024",
    "Văn phòng Sở",
    60,
    27,
    7_050_000,
    "Công đoàn",
    null,
  ],
  [
    "24/06/2024",
    "Tin bài trên website",
    "Tuyên dương, khen thưởng con công chức, viên chức, người lao động đạt thành tích cao trong học tập năm học 2023-2024",
    "Trung tâm Ứng dụng Khoa học và Công nghệ",
    null,
    null,
    null,
    null,
    `${SITE}/tuyen-duong-khen-thuong-con-cong-chuc-vien-chuc-nguoi-lao-dong-nam-hoc-2023-2024`,
  ],
];

// ---------------------------------------------------------------------------------------------------------------
// Khẩu hiệu: the 12 slogans of the plan's appendix; [slogan, Ngày đăng, link slug]. Slogans 8 and 11 not posted.

const SLOGAN_SITE =
  "https://skhcn.bacgiang.gov.vn/khau-hieu-tuyen-truyen/-/asset_publisher/Kh4uHieu2024/content";

type SloganRow = readonly [slogan: string, posted: string | null, slug: string | null];

const SLOGANS: readonly SloganRow[] = [
  [
    "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em.",
    "27/05/2024",
    "hanh-dong-thiet-thuc-uu-tien-nguon-luc-cho-tre-em",
  ],
  [
    "Ưu tiên nguồn lực cho trẻ em để đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc.",
    "27/05/2024",
    "uu-tien-nguon-luc-cho-tre-em",
  ],
  [
    "Bảo đảm vai trò chủ đạo của ngân sách nhà nước để thực hiện chính sách đối với trẻ em.",
    "29/05/2024",
    "bao-dam-vai-tro-chu-dao-cua-ngan-sach-nha-nuoc",
  ],
  [
    "Bảo đảm quyền trẻ em phải là trung tâm của chính sách, chiến lược phát triển đất nước.",
    "29/05/2024",
    "bao-dam-quyen-tre-em-la-trung-tam",
  ],
  [
    "Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em.",
    "31/05/2024",
    "toan-dan-cham-soc-giao-duc-va-bao-ve-tre-em",
  ],
  [
    "Tăng cường chăm sóc, giáo dục và bảo vệ trẻ em vì sự phát triển đất nước phồn vinh, hạnh phúc.",
    "31/05/2024",
    "tang-cuong-cham-soc-giao-duc-va-bao-ve-tre-em",
  ],
  [
    "Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi.",
    "04/06/2024",
    "tong-dai-111-bao-ve-tre-em-moi-noi",
  ],
  ["Phòng ngừa và chấm dứt lao động trẻ em vì sự phát triển bền vững.", null, null],
  [
    "Chăm sóc sức khỏe tâm thần để trẻ em phát triển toàn diện.",
    "11/06/2024",
    "cham-soc-suc-khoe-tam-than-cho-tre-em",
  ],
  [
    "Phòng, chống tai nạn, thương tích để bảo đảm quyền được sống của trẻ em.",
    "11/06/2024",
    "phong-chong-tai-nan-thuong-tich-tre-em",
  ],
  ["Gia đình, cộng đồng giám sát, trông giữ trẻ em để phòng, chống đuối nước.", null, null],
  [
    "Lắng nghe trẻ em để chăm sóc, giáo dục và bảo vệ trẻ em.",
    "18/06/2024",
    "lang-nghe-tre-em-de-cham-soc-giao-duc-va-bao-ve-tre-em",
  ],
];

// ---------------------------------------------------------------------------------------------------------------
// Sheets

function settingsSheet(): SheetGrid {
  const rows: Cell[][] = [
    ["Mục", "Giá trị"],
    ["Năm tổ chức", 2024],
    ["Chủ đề", "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em"],
    ["Ngày bắt đầu", serial("01/06/2024")],
    ["Ngày kết thúc", serial("30/06/2024")],
    ["Ngày tính tuổi", serial("01/06/2024")],
    ["Tuổi nhận quà (dưới)", 16],
    ["Giá trị quà", 200_000],
    ["Năm học", "2023-2024"],
    ["Cách tính khen thưởng", "Cao nhất"],
    ["Hạn báo cáo", serial("22/07/2024")],
    ["Nơi nhận báo cáo", "Sở Lao động, Thương binh và Xã hội"],
    ["Cơ quan chủ quản", "UBND TỈNH BẮC GIANG"],
    ["Cơ quan", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
    ["Ký hiệu", "KHCN"],
    ["Địa danh", "Bắc Giang"],
    [
      "Văn bản cấp trên",
      "Kế hoạch số 97/KH-UBND ngày 12/4/2024 của UBND tỉnh Bắc Giang về tổ chức Tháng hành động vì trẻ em năm 2024",
    ],
    ["Căn cứ", "Kế hoạch số 63/KH-KHCN ngày 17/4/2024 của Sở Khoa học và Công nghệ"],
    ["Số báo cáo", null],
    ["Ngày báo cáo", null],
    ["Quyền hạn ký", "KT. GIÁM ĐỐC"],
    ["Chức vụ người ký", "PHÓ GIÁM ĐỐC"],
    ["Người ký", "Triệu Ngọc Trung"],
    [
      "Ưu điểm",
      "Kế hoạch được ban hành kịp thời và triển khai đến toàn thể công chức, viên chức và người lao động. " +
        "Việc tặng quà, tổ chức vui chơi, tham quan và khen thưởng con công chức, viên chức, người lao động được thực hiện chu đáo, đúng đối tượng, tiết kiệm; " +
        "đa số công chức, viên chức và người lao động tham gia ủng hộ Quỹ Bảo trợ trẻ em.",
    ],
    [
      "Hạn chế",
      "Một số phòng, đơn vị gửi danh sách con và kết quả học tập còn chậm so với thời gian yêu cầu. " +
        "Việc đăng tải khẩu hiệu tuyên truyền trên Trang thông tin điện tử của Sở chưa đầy đủ theo Phụ lục của Kế hoạch.",
    ],
    [
      "Đề xuất",
      "Đề nghị Sở Lao động, Thương binh và Xã hội tiếp tục cung cấp tài liệu tuyên truyền về công tác bảo vệ, chăm sóc trẻ em. " +
        "Đề nghị tiếp tục bố trí kinh phí hỗ trợ tổ chức các hoạt động cho con công chức, viên chức và người lao động trong những năm tiếp theo.",
    ],
    [
      "Phương hướng",
      "Tiếp tục tuyên truyền về công tác bảo vệ, chăm sóc trẻ em; tổ chức các hoạt động hè, phòng, chống đuối nước " +
        "và Tết Trung thu năm 2024 cho con công chức, viên chức, người lao động.",
    ],
    ["Ngày nộp Quỹ", serial("28/06/2024")],
  ];
  return { name: "Cấu hình", rows };
}

function unitsSheet(): SheetGrid {
  return { name: "Đơn vị", rows: [["Thứ tự", "Đơn vị"], ...UNITS.map((unit, i): Cell[] => [i + 1, unit])] };
}

function staffSheet(): SheetGrid {
  return {
    name: "Cán bộ",
    rows: [
      ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG"],
      [],
      ["STT", "Mã CB", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Ghi chú"],
      ...STAFF.map(([id, name, gender, position, note], i): Cell[] => [
        i + 1,
        id,
        name,
        gender,
        position,
        unitOf(id),
        note,
      ]),
    ],
  };
}

function childrenSheet(): SheetGrid {
  return {
    name: "Con",
    rows: [
      ["DANH SÁCH CON CỦA CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG"],
      [],
      [
        "Mã CB",
        "Họ và tên con",
        "Ngày sinh",
        "Giới tính",
        "Lớp",
        "Trường",
        "Danh hiệu",
        "Giải thưởng",
        "Ghi chú",
      ],
      ...CHILDREN.map(([parentId, name, born, gender, grade, school, title, prize, note]): Cell[] => [
        parentId,
        name,
        serial(born),
        gender,
        grade,
        school,
        title,
        prize,
        note,
      ]),
    ],
  };
}

function awardTiersSheet(): SheetGrid {
  return {
    name: "Mức khen thưởng",
    rows: [
      ["Thành tích", "Cấp học", "Mức thưởng"],
      ["Giải quốc tế", null, 1_000_000],
      ["Giải quốc gia", null, 700_000],
      ["Giải cấp tỉnh", null, 500_000],
      ["Giải cấp huyện", null, 300_000],
      [XUAT_SAC, null, 300_000],
      [HTXS, "Tiểu học", 200_000],
      [GIOI, "THCS, THPT", 200_000],
      [TIEU_BIEU, "Tiểu học", 150_000],
      [TIEN_TIEN, null, 0],
    ],
  };
}

function contributionsSheet(): SheetGrid {
  return {
    name: "Ủng hộ",
    rows: [
      ["Ngày", "Mã CB", "Họ và tên", "Đơn vị", "Số tiền", "Mục đích"],
      ...CONTRIBUTIONS.map(([date, id, amount, purpose]): Cell[] => [
        serial(date),
        id,
        staffById(id)[1],
        unitOf(id),
        amount,
        purpose,
      ]),
      [...OUTSIDE_CONTRIBUTION],
    ],
  };
}

function activitiesSheet(): SheetGrid {
  return {
    name: "Hoạt động",
    rows: [
      [
        "Ngày",
        "Loại hoạt động",
        "Nội dung",
        "Đơn vị thực hiện",
        "Số người tham gia",
        "Số trẻ em tham gia",
        "Kinh phí",
        "Nguồn kinh phí",
        "Đường dẫn",
      ],
      ...ACTIVITIES.map(([date, type, content, unit, people, children, cost, source, link]): Cell[] => [
        serial(date),
        type,
        content,
        unit,
        people,
        children,
        cost,
        source,
        link,
      ]),
    ],
  };
}

function slogansSheet(): SheetGrid {
  return {
    name: "Khẩu hiệu",
    rows: [
      ["STT", "Khẩu hiệu", "Ngày đăng", "Đường dẫn"],
      ...SLOGANS.map(([slogan, posted, slug], i): Cell[] => [
        i + 1,
        slogan,
        optionalDate(posted),
        slug === null ? null : `${SLOGAN_SITE}/${slug}`,
      ]),
    ],
  };
}

/** The sample workbook's 8 input sheets, in the contract's order. A fresh copy on every call. */
export function sampleWorkbook(): WorkbookSnapshot {
  return {
    sheets: [
      settingsSheet(),
      unitsSheet(),
      staffSheet(),
      childrenSheet(),
      awardTiersSheet(),
      contributionsSheet(),
      activitiesSheet(),
      slogansSheet(),
    ],
  };
}

/** Per sheet, the headers of the columns that hold dates (written with the `dd/mm/yyyy` format). */
export const SAMPLE_DATE_COLUMNS: Record<string, string[]> = {
  Con: ["Ngày sinh"],
  "Ủng hộ": ["Ngày"],
  "Hoạt động": ["Ngày"],
  "Khẩu hiệu": ["Ngày đăng"],
};

/** Per sheet, the headers of the VND columns (written with the `#,##0` format). */
export const SAMPLE_MONEY_COLUMNS: Record<string, string[]> = {
  "Mức khen thưởng": ["Mức thưởng"],
  "Ủng hộ": ["Số tiền"],
  "Hoạt động": ["Kinh phí"],
};

/**
 * `Cấu hình` mixes value kinds in its one `Giá trị` column, so its formats go by key, not by column:
 * the keys whose value is a date serial, and the keys whose value is VND.
 */
export const SAMPLE_SETTING_DATE_KEYS: readonly string[] = [
  "Ngày bắt đầu",
  "Ngày kết thúc",
  "Ngày tính tuổi",
  "Hạn báo cáo",
  "Ngày báo cáo",
  "Ngày nộp Quỹ",
];
export const SAMPLE_SETTING_MONEY_KEYS: readonly string[] = ["Giá trị quà"];
