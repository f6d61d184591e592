import { formatDayMonthYear, toExcelSerial } from "../dates";
import { gradeLabel } from "../roster/children";
import type { CampaignResult } from "../campaign/run-campaign";
import { SHEET } from "../schema";
import { schoolYearLabel } from "../settings";
import type { UnitGroup } from "../lists/unit-order";
import {
  type PlanCell,
  type PlanColumn,
  type PlanMerge,
  type PlanRow,
  type SheetPlan,
  spanningRow,
} from "./sheet-plan";

/**
 * Widths in characters sum to about 148, the printable width of landscape A4 within the generated sheets' margins
 * at 100 %: `fitToWidth` then hardly shrinks the print. Long texts (names of units and schools, parents) wrap.
 */
const column = (
  header: string,
  width: number,
  format: PlanColumn["format"],
  align?: PlanColumn["align"],
  wrap?: boolean,
): PlanColumn => ({
  header,
  width,
  format,
  align,
  ...(wrap ? { wrap } : {}),
});

const GIFT_COLUMNS: readonly PlanColumn[] = [
  column("STT", 5, "integer", "center"),
  column("Họ và tên con", 24, "text"),
  column("Ngày sinh", 11, "date", "center"),
  column("Tuổi", 5, "integer", "center"),
  column("Giới tính", 8, "text", "center"),
  column("Cha/mẹ", 26, "text", undefined, true),
  column("Đơn vị", 28, "text", undefined, true),
  column("Giá trị quà", 12, "vnd", "right"),
  column("Ký nhận", 14, "text"),
];

const AWARD_COLUMNS: readonly PlanColumn[] = [
  column("STT", 5, "integer", "center"),
  column("Họ và tên con", 22, "text"),
  column("Ngày sinh", 11, "date", "center"),
  column("Lớp", 6, "text", "center"),
  column("Trường", 18, "text", undefined, true),
  column("Thành tích", 18, "text", undefined, true),
  column("Mức thưởng", 12, "vnd", "right"),
  column("Cha/mẹ", 20, "text", undefined, true),
  column("Đơn vị", 22, "text", undefined, true),
  column("Ký nhận", 12, "text"),
];

interface ListLayout<T> {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly PlanColumn[];
  readonly groups: readonly UnitGroup<T>[];
  readonly amountColumn: number;
  readonly row: (entry: T, number: number) => PlanCell[];
  readonly count: number;
  readonly total: number;
}

/**
 * A list grouped by unit: a heading row per unit, its children numbered from 1 across the whole list, a subtotal
 * row per unit and a grand total — the layout clerks print for signatures (`Ký nhận`).
 */
function listSheet<T>(layout: ListLayout<T>): SheetPlan {
  const width = layout.columns.length;
  const rows: PlanRow[] = [
    spanningRow("title", layout.title, width),
    spanningRow("subtitle", layout.subtitle, width),
    { kind: "header", cells: layout.columns.map((c) => c.header) },
  ];
  const merges: PlanMerge[] = [
    { row: 0, column: 0, columns: width },
    { row: 1, column: 0, columns: width },
  ];
  const sumRow = (kind: "subtotal" | "total", label: string, count: number, total: number): PlanRow => {
    const cells: PlanCell[] = Array<PlanCell>(width).fill(null);
    cells[1] = `${label}: ${count} cháu`;
    cells[layout.amountColumn] = total;
    return { kind, cells };
  };
  let number = 0;
  for (const group of layout.groups) {
    merges.push({ row: rows.length, column: 0, columns: width });
    rows.push(spanningRow("group", group.unit, width));
    for (const entry of group.entries) rows.push({ kind: "data", cells: layout.row(entry, ++number) });
    rows.push(sumRow("subtotal", `Cộng ${group.unit}`, group.count, group.total));
  }
  rows.push(sumRow("total", "TỔNG CỘNG", layout.count, layout.total));
  return {
    name: layout.name,
    columns: layout.columns,
    rows,
    headerRow: 2,
    merges,
    page: { orientation: "landscape", fitToWidth: true },
  };
}

/** `DS tặng quà`: the 1/6 gift list (Phụ lục 1 of the report). */
export function giftListSheet(result: CampaignResult): SheetPlan {
  const { settings, gifts } = result;
  return listSheet({
    name: SHEET.giftList,
    title: `DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/${settings.year}`,
    subtitle: `Con của công chức, viên chức, người lao động dưới ${settings.giftAgeLimit} tuổi tính đến ngày ${formatDayMonthYear(settings.referenceDate)}`,
    columns: GIFT_COLUMNS,
    groups: gifts.byUnit,
    amountColumn: 7,
    count: gifts.count,
    total: gifts.total,
    row: (entry, number) => [
      number,
      entry.name,
      toExcelSerial(entry.birthDate),
      entry.age,
      entry.gender,
      entry.parents.join(", "),
      entry.unit,
      entry.value,
      null,
    ],
  });
}

/** `DS khen thưởng`: the academic award list (Phụ lục 2 of the report). */
export function awardListSheet(result: CampaignResult): SheetPlan {
  const { settings, awards } = result;
  return listSheet({
    name: SHEET.awardList,
    title: `DANH SÁCH KHEN THƯỞNG CON CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG ĐẠT THÀNH TÍCH NĂM HỌC ${schoolYearLabel(settings.schoolYear)}`,
    subtitle: `Cách tính: ${awards.rule === "highest" ? "mỗi cháu một mức thưởng cao nhất" : "cộng dồn danh hiệu và giải thưởng"}`,
    columns: AWARD_COLUMNS,
    groups: awards.byUnit,
    amountColumn: 6,
    count: awards.count,
    total: awards.total,
    row: (entry, number) => [
      number,
      entry.name,
      toExcelSerial(entry.birthDate),
      gradeLabel(entry.grade),
      entry.school,
      entry.paid.map((item) => item.achievement).join("; "),
      entry.amount,
      entry.parents.join(", "),
      entry.unit,
      null,
    ],
  });
}
