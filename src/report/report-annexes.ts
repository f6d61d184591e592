import {
  type AwardEntry,
  formatDayMonthYear,
  formatVnd,
  type GiftEntry,
  type ReportModel,
  SHEET,
} from "../engine";
import { dateInWords, textDate } from "./document-dates";
import { plainText } from "./plain-text";
import type { Annex, AnnexColumn, AnnexReference, AnnexRow } from "./report-document";
import { documentNumber } from "./report-frame";

/**
 * Phụ lục I (gift list), Phụ lục II (award list) and, when the events are too many to name in the body, Phụ lục III
 * (activities): Decree 30 numbers annexes in Roman numerals when there are two or more. The lists keep the order
 * and grouping of the `DS tặng quà` and `DS khen thưởng` sheets, without the `Ký nhận` column (signatures are
 * collected on the sheets' printouts) and without the unit column: the unit's group row names it.
 */

export const GIFT_ANNEX_LABEL = "Phụ lục I";
export const AWARD_ANNEX_LABEL = "Phụ lục II";
export const ACTIVITY_ANNEX_LABEL = "Phụ lục III";
/** More events than this go to Phụ lục III; the body keeps their counts by type. */
export const EVENTS_IN_BODY = 10;

export const activitiesInAnnex = (model: ReportModel): boolean =>
  model.activities.events.length > EVENTS_IN_BODY;

const column = (header: string, weight: number, align: AnnexColumn["align"] = "left"): AnnexColumn => ({
  header,
  weight,
  align,
});

const GIFT_COLUMNS: readonly AnnexColumn[] = [
  column("STT", 5, "center"),
  column("Họ và tên", 24),
  column("Ngày sinh", 11, "center"),
  column("Tuổi", 6, "center"),
  column("Giới tính", 9, "center"),
  column("Cha/mẹ", 31),
  column("Giá trị quà", 13, "right"),
];

const AWARD_COLUMNS: readonly AnnexColumn[] = [
  column("STT", 5, "center"),
  column("Họ và tên", 17),
  column("Ngày sinh", 10, "center"),
  column("Giới tính", 8.5, "center"),
  column("Lớp", 5, "center"),
  column("Thành tích", 27),
  column("Cha/mẹ", 18),
  column("Mức thưởng", 11.5, "right"),
];

const ACTIVITY_COLUMNS: readonly AnnexColumn[] = [
  column("STT", 5, "center"),
  column("Ngày", 10, "center"),
  column("Nội dung", 32),
  column("Đơn vị thực hiện", 17),
  column("Số người", 7, "center"),
  column("Số cháu", 7, "center"),
  column("Kinh phí", 12, "right"),
  column("Nguồn kinh phí", 10),
];

/** `Con.Lớp`: 0 is pre-school (SPEC §2). */
function gradeText(grade: number | null): string {
  if (grade === null) return "";
  return grade === 0 ? "Mầm non" : String(grade);
}

interface Group<T> {
  readonly unit: string;
  readonly entries: readonly T[];
  readonly count: number;
  readonly total: number;
}

interface ListShape<T> {
  readonly columns: readonly AnnexColumn[];
  /** Where subtotals and the total go. */
  readonly amountColumn: number;
  readonly groups: readonly Group<T>[];
  readonly count: number;
  readonly total: number;
  readonly row: (entry: T, number: number) => string[];
}

/** `first` spanning `span` cells. */
const spanning = (first: string, span: number): (string | null)[] =>
  span > 0 ? [first, ...Array<null>(span - 1).fill(null)] : [];

/** Unit heading, the unit's children numbered on from the previous unit, a subtotal per unit, then the total. */
function groupedRows<T>(shape: ListShape<T>): AnnexRow[] {
  const width = shape.columns.length;
  const sum = (kind: "subtotal" | "total", label: string, count: number, total: number): AnnexRow => ({
    kind,
    cells: [
      "",
      ...spanning(`${label}: ${count} cháu`, shape.amountColumn - 1),
      formatVnd(total),
      ...spanning("", width - shape.amountColumn - 1),
    ],
  });
  const rows: AnnexRow[] = [];
  let number = 0;
  for (const group of shape.groups) {
    const unit = plainText(group.unit);
    rows.push({ kind: "group", cells: spanning(unit, width) });
    for (const entry of group.entries) {
      const cells = shape.row(entry, ++number);
      if (cells.length !== width) throw new Error("An annex row must have one cell per column.");
      rows.push({ kind: "data", cells });
    }
    rows.push(sum("subtotal", `Cộng ${unit}`, group.count, group.total));
  }
  rows.push(sum("total", "TỔNG CỘNG", shape.count, shape.total));
  return rows;
}

const parents = (names: readonly string[]): string => names.map(plainText).join(", ");

function giftRows(model: ReportModel): AnnexRow[] {
  const { gifts } = model.annexes;
  return groupedRows<GiftEntry>({
    columns: GIFT_COLUMNS,
    amountColumn: 6,
    groups: gifts.byUnit,
    count: gifts.count,
    total: gifts.total,
    row: (entry, number) => [
      String(number),
      plainText(entry.name),
      formatDayMonthYear(entry.birthDate),
      String(entry.age),
      plainText(entry.gender ?? ""),
      parents(entry.parents),
      formatVnd(entry.value),
    ],
  });
}

function awardRows(model: ReportModel): AnnexRow[] {
  const { awards } = model.annexes;
  return groupedRows<AwardEntry>({
    columns: AWARD_COLUMNS,
    amountColumn: 7,
    groups: awards.byUnit,
    count: awards.count,
    total: awards.total,
    row: (entry, number) => [
      String(number),
      plainText(entry.name),
      formatDayMonthYear(entry.birthDate),
      plainText(entry.gender ?? ""),
      gradeText(entry.grade),
      entry.paid.map((item) => plainText(item.achievement)).join("; "),
      parents(entry.parents),
      formatVnd(entry.amount),
    ],
  });
}

function activityRows(model: ReportModel): AnnexRow[] {
  const { events } = model.activities;
  const count = (value: number | null): string => (value ? String(value) : "");
  const rows: AnnexRow[] = events.map((item, i) => ({
    kind: "data",
    cells: [
      String(i + 1),
      item.date === null ? "" : formatDayMonthYear(item.date),
      plainText(item.text),
      plainText(item.unit ?? ""),
      count(item.participants),
      count(item.children),
      item.cost ? formatVnd(item.cost) : "",
      plainText(item.source ?? ""),
    ],
  }));
  const total = events.reduce((sum, item) => sum + (item.cost ?? 0), 0);
  rows.push({
    kind: "total",
    cells: ["", ...spanning(`TỔNG CỘNG: ${events.length} hoạt động`, 5), formatVnd(total), ""],
  });
  return rows;
}

/** The annexes a report has, in order, without their rows. */
export function annexReferences(model: ReportModel): AnnexReference[] {
  return [
    { label: GIFT_ANNEX_LABEL, sheet: SHEET.giftList },
    { label: AWARD_ANNEX_LABEL, sheet: SHEET.awardList },
    ...(activitiesInAnnex(model) ? [{ label: ACTIVITY_ANNEX_LABEL, sheet: SHEET.activities }] : []),
  ];
}

export function buildAnnexes(model: ReportModel, agency: string | null): Annex[] {
  const attachedTo =
    `(Kèm theo Báo cáo ${documentNumber(model).replace(/^Số:/, "số")} ${dateInWords(model.header.date)}` +
    `${agency === null ? "" : ` của ${agency}`})`;
  return [
    {
      label: GIFT_ANNEX_LABEL,
      title: `DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/${model.year}`,
      subtitle: `Con của công chức, viên chức, người lao động dưới ${model.gifts.ageLimit} tuổi tính đến ngày ${textDate(model.gifts.referenceDate)}`,
      attachedTo,
      sheet: SHEET.giftList,
      columns: GIFT_COLUMNS,
      rows: giftRows(model),
    },
    {
      label: AWARD_ANNEX_LABEL,
      title: `DANH SÁCH KHEN THƯỞNG CON CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG ĐẠT THÀNH TÍCH CAO TRONG HỌC TẬP NĂM HỌC ${model.awards.schoolYear}`,
      subtitle:
        model.annexes.awards.rule === "cumulative"
          ? "Mức thưởng cộng dồn danh hiệu và giải thưởng"
          : "Mỗi cháu nhận một mức thưởng cao nhất trong các danh hiệu, giải thưởng đạt được",
      attachedTo,
      sheet: SHEET.awardList,
      columns: AWARD_COLUMNS,
      rows: awardRows(model),
    },
    ...(activitiesInAnnex(model)
      ? [
          {
            label: ACTIVITY_ANNEX_LABEL,
            title: `DANH SÁCH CÁC HOẠT ĐỘNG TRONG THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM ${model.year}`,
            subtitle:
              "Hoạt động vui chơi, văn hóa, thể thao, tham quan, tặng quà, khen thưởng và hoạt động khác",
            attachedTo,
            sheet: SHEET.activities,
            columns: ACTIVITY_COLUMNS,
            rows: activityRows(model),
          },
        ]
      : []),
  ];
}
