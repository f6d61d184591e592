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
import type { Annex, AnnexColumn, AnnexRow } from "./report-document";
import { documentNumber } from "./report-frame";

/**
 * Phụ lục 1 (gift list) and Phụ lục 2 (award list): the same lists, order and grouping as the `DS tặng quà` and
 * `DS khen thưởng` sheets, without the `Ký nhận` column (signatures are collected on the sheets' printouts, not
 * on the report).
 */

const column = (header: string, weight: number, align: AnnexColumn["align"] = "left"): AnnexColumn => ({
  header,
  weight,
  align,
});

const GIFT_COLUMNS: readonly AnnexColumn[] = [
  column("STT", 5, "center"),
  column("Họ và tên", 18),
  column("Ngày sinh", 10, "center"),
  column("Tuổi", 5, "center"),
  column("Cha/mẹ", 19),
  column("Đơn vị", 32),
  column("Giá trị quà", 11, "right"),
];

const AWARD_COLUMNS: readonly AnnexColumn[] = [
  column("STT", 5, "center"),
  column("Họ và tên", 17),
  column("Ngày sinh", 9.5, "center"),
  column("Lớp", 7.5, "center"),
  column("Thành tích", 17),
  column("Mức thưởng", 10, "right"),
  column("Cha/mẹ", 15),
  column("Đơn vị", 19),
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
      parents(entry.parents),
      plainText(entry.unit),
      formatVnd(entry.value),
    ],
  });
}

function awardRows(model: ReportModel): AnnexRow[] {
  const { awards } = model.annexes;
  return groupedRows<AwardEntry>({
    columns: AWARD_COLUMNS,
    amountColumn: 5,
    groups: awards.byUnit,
    count: awards.count,
    total: awards.total,
    row: (entry, number) => [
      String(number),
      plainText(entry.name),
      formatDayMonthYear(entry.birthDate),
      gradeText(entry.grade),
      entry.paid.map((item) => plainText(item.achievement)).join("; "),
      formatVnd(entry.amount),
      parents(entry.parents),
      plainText(entry.unit),
    ],
  });
}

export function buildAnnexes(model: ReportModel, agency: string | null): Annex[] {
  const attachedTo =
    `(Kèm theo Báo cáo ${documentNumber(model).replace(/^Số:/, "số")} ${dateInWords(model.header.date)}` +
    `${agency === null ? "" : ` của ${agency}`})`;
  return [
    {
      label: "Phụ lục 1",
      title: `DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/${model.year}`,
      subtitle: `Con của công chức, viên chức, người lao động dưới ${model.gifts.ageLimit} tuổi tính đến ngày ${textDate(model.gifts.referenceDate)}`,
      attachedTo,
      sheet: SHEET.giftList,
      columns: GIFT_COLUMNS,
      rows: giftRows(model),
    },
    {
      label: "Phụ lục 2",
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
  ];
}
