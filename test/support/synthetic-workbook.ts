/**
 * A synthetic tracker of any size, for the sync-count tests and the benchmark: the template's settings, award tiers
 * and slogans, one unit per ~125 staff (at least 8), about 1.3 children per staff member (ages 0–17, grades
 * consistent with age so the roster raises no AGE_GRADE_MISMATCH), contributions from ~90% of staff and two
 * activities per unit. Deterministic: the same size and seed give the same workbook.
 *
 * Plain data only (no Node APIs), so the preview host and the benchmark can reuse it.
 */
import {
  type Cell,
  inputTemplates,
  type SheetGrid,
  toExcelSerial,
  type WorkbookSnapshot,
} from "../../src/engine";

export interface SyntheticOptions {
  readonly staff: number;
  readonly seed?: number;
}

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
const MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành"];
const MIDDLE_FEMALE = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng"];
const GIVEN_MALE = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hải",
  "Hùng",
  "Khánh",
  "Long",
  "Nam",
  "Phong",
  "Sơn",
  "Tuấn",
];
const GIVEN_FEMALE = [
  "Anh",
  "Chi",
  "Dung",
  "Giang",
  "Hà",
  "Hằng",
  "Lan",
  "Linh",
  "Mai",
  "Ngân",
  "Trang",
  "Yến",
];
const POSITIONS = [
  "Chuyên viên",
  "Chuyên viên chính",
  "Phó Trưởng phòng",
  "Trưởng phòng",
  "Kế toán",
  "Nhân viên",
];
const UNIT_KINDS = ["Phòng", "Trung tâm", "Chi cục", "Ban", "Trạm"];
const UNIT_TOPICS = [
  "Quản lý khoa học",
  "Kế hoạch - Tài chính",
  "Thông tin",
  "Tiêu chuẩn Đo lường",
  "Ứng dụng công nghệ",
];
const SCHOOLS = [
  "Trường Tiểu học Lê Lợi",
  "Trường THCS Ngô Sĩ Liên",
  "Trường THPT Chuyên Bắc Giang",
  "Trường THCS Trần Phú",
];
const PRIMARY_TITLES = ["Hoàn thành xuất sắc", "Học sinh Tiêu biểu hoàn thành tốt"];
const SECONDARY_TITLES = ["Học sinh Xuất sắc", "Học sinh Giỏi", "Học sinh tiên tiến"];
const PRIZES = ["Giải cấp huyện", "Giải cấp tỉnh", "Giải quốc gia"];

const header = (name: string): Cell[] =>
  inputTemplates()
    .find((t) => t.name === name)!
    .columns.map((c) => c.header);
const dmy = (day: number, month: number, year: number): number =>
  toExcelSerial(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

export function syntheticWorkbook(options: SyntheticOptions): WorkbookSnapshot {
  const next = random(options.seed ?? 20240601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const unitCount = Math.max(8, Math.round(options.staff / 125));
  const units = Array.from(
    { length: unitCount },
    (_, i) =>
      `${UNIT_KINDS[i % UNIT_KINDS.length]} ${UNIT_TOPICS[Math.floor(i / UNIT_KINDS.length) % UNIT_TOPICS.length]} ${i + 1}`,
  );

  const staffRows: Cell[][] = [];
  const childRows: Cell[][] = [];
  const contributionRows: Cell[][] = [];
  for (let i = 0; i < options.staff; i += 1) {
    const id = `CB${String(i + 1).padStart(5, "0")}`;
    const female = next() < 0.5;
    const surname = pick(SURNAMES);
    const name = `${surname} ${pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)} ${pick(female ? GIVEN_FEMALE : GIVEN_MALE)}`;
    const unit = units[i % unitCount];
    staffRows.push([
      id,
      name,
      female ? "Nữ" : "Nam",
      pick(POSITIONS),
      unit,
      next() < 0.1 ? "Hợp đồng" : null,
    ]);

    // 0, 1, 2 or 3 children with probabilities .25/.30/.35/.10: 1.3 on average.
    const draw = next();
    const children = draw < 0.25 ? 0 : draw < 0.55 ? 1 : draw < 0.9 ? 2 : 3;
    for (let c = 0; c < children; c += 1) {
      // Born 2006–2023 before 5 September, so the grade follows from the year alone (grade 1 the year it turns 6).
      const year = 2006 + Math.floor(next() * 18);
      const childFemale = next() < 0.5;
      const grade = 2018 - year;
      const pupil = grade >= 1 && grade <= 12;
      const title = pupil && next() < 0.6 ? pick(grade <= 5 ? PRIMARY_TITLES : SECONDARY_TITLES) : null;
      childRows.push([
        id,
        `${surname} ${pick(childFemale ? MIDDLE_FEMALE : MIDDLE_MALE)} ${pick(childFemale ? GIVEN_FEMALE : GIVEN_MALE)}`,
        dmy(1 + Math.floor(next() * 28), 1 + Math.floor(next() * 8), year),
        childFemale ? "Nữ" : "Nam",
        pupil ? grade : grade > 12 ? null : year <= 2019 ? "Mầm non" : null,
        pupil ? pick(SCHOOLS) : null,
        title,
        pupil && next() < 0.05 ? pick(PRIZES) : null,
        null,
      ]);
    }
    if (next() < 0.9) {
      const amount = (1 + Math.floor(next() * 5)) * 100_000;
      const purpose = next() < 0.8 ? "Quỹ Bảo trợ trẻ em" : "Trẻ em khuyết tật";
      contributionRows.push([dmy(1 + Math.floor(next() * 28), 6, 2024), id, name, unit, amount, purpose]);
    }
  }

  const activityRows: Cell[][] = units.flatMap((unit, i): Cell[][] => [
    [
      dmy(1, 6, 2024),
      "Tặng quà",
      `Tặng quà 1/6 cho con cán bộ ${unit}`,
      unit,
      20 + (i % 30),
      30 + (i % 40),
      2_000_000,
      null,
    ],
    [
      dmy(5, 6, 2024),
      "Tin bài trên website",
      `Tin bài về Tháng hành động của ${unit}`,
      unit,
      null,
      null,
      null,
      `https://example.gov.vn/tin/${i + 1}`,
    ],
  ]);

  const seeded = (name: string): SheetGrid => {
    const template = inputTemplates().find((t) => t.name === name)!;
    return {
      name,
      rows: [template.columns.map((c) => c.header), ...template.seedRows.map((row) => [...row])],
    };
  };
  return {
    sheets: [
      seeded("Cấu hình"),
      { name: "Đơn vị", rows: [header("Đơn vị"), ...units.map((unit, i): Cell[] => [i + 1, unit])] },
      { name: "Cán bộ", rows: [header("Cán bộ"), ...staffRows] },
      { name: "Con", rows: [header("Con"), ...childRows] },
      seeded("Mức khen thưởng"),
      { name: "Ủng hộ", rows: [header("Ủng hộ"), ...contributionRows] },
      { name: "Hoạt động", rows: [header("Hoạt động"), ...activityRows] },
      seeded("Khẩu hiệu"),
    ],
  };
}
