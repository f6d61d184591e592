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
 * Widths in characters sum to about 135–165: landscape A4 within the generated sheets' margins holds about 148 at
 * 100 %, so `fitToWidth` shrinks the print little or not at all. The unit's name wraps: it is the same on every
 * row of a unit, so the rows of a unit share one height (one request in the add-in, whatever the roster's size).
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
  column("Họ và tên con", 22, "text"),
  column("Ngày sinh", 11, "date", "center"),
  column("Tuổi", 5, "integer", "center"),
  column("Giới tính", 10, "text", "center"),
  column("Cha/mẹ", 34, "text"),
  column("Đơn vị", 24, "text", undefined, true),
  column("Giá trị quà", 12, "vnd", "right"),
  column("Ký nhận", 12, "text"),
];

const AWARD_COLUMNS: readonly PlanColumn[] = [
  column("STT", 5, "integer", "center"),
  column("Họ và tên con", 22, "text"),
  column("Ngày sinh", 11, "date", "center"),
  column("Lớp", 5, "text", "center"),
  column("Trường", 22, "text"),
  column("Thành tích", 30, "text"),
  column("Mức thưởng", 12, "vnd", "right"),
  column("Cha/mẹ", 30, "text"),
  column("Đơn vị", 20, "text", undefined, true),
  column("Ký nhận", 10, "text"),
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

/** One line of the workbook's default font (Calibri 11) in Excel and LibreOffice, in points. */
const LINE_PT = 15;

/**
 * Lines a wrapped cell takes, word by word, counting a character as one unit of column width (Calibri 11's average
 * letter is a little narrower than the digit the unit measures, so the count errs on the side of one line more).
 * Neither Excel nor LibreOffice fits a row's height to wrapped text in a file they open, so the plan says it.
 */
function wrappedLines(cell: PlanCell | undefined, column: PlanColumn): number {
  if (!column.wrap || typeof cell !== "string") return 1;
  const perLine = Math.max(1, Math.floor(column.width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of cell.split(" ")) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed > perLine && used > 0) {
      lines += 1;
      used = word.length;
    } else {
      used = needed;
    }
  }
  return lines;
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
    for (const entry of group.entries) {
      const cells = layout.row(entry, ++number);
      const lines = Math.max(1, ...layout.columns.map((column, i) => wrappedLines(cells[i], column)));
      rows.push({ kind: "data", cells, ...(lines > 1 ? { look: { height: lines * LINE_PT + 1 } } : {}) });
    }
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

/** `DS tặng quà`: the 1/6 gift list (Phụ lục I of the report). */
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

/** `DS khen thưởng`: the academic award list (Phụ lục II of the report). */
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
