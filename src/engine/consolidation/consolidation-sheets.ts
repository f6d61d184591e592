import { toExcelSerial } from "../dates";
import { type PlanColumn, type PlanRow, type SheetPlan, spanningRow } from "../sheets/sheet-plan";
import type { Consolidation } from "./consolidate";

/** The consolidation as sheets (the command line's and the page's `.xlsx`): numbers as numbers, for sums. */

const AGENCY_COLUMNS: readonly PlanColumn[] = [
  { header: "STT", width: 6, format: "integer", align: "center" },
  { header: "Cơ quan, đơn vị", width: 36, format: "text", wrap: true },
  { header: "Ngày báo cáo", width: 13, format: "date", align: "center" },
  { header: "Đúng hạn", width: 10, format: "text", align: "center" },
  { header: "Cán bộ", width: 9, format: "integer" },
  { header: "Trẻ em", width: 9, format: "integer" },
  { header: "Quà (suất)", width: 10, format: "integer" },
  { header: "Tiền quà", width: 14, format: "vnd" },
  { header: "Khen thưởng (cháu)", width: 12, format: "integer" },
  { header: "Tiền thưởng", width: 14, format: "vnd" },
  { header: "Người ủng hộ", width: 11, format: "integer" },
  { header: "Tham gia (%)", width: 11, format: "general" },
  { header: "Tiền ủng hộ", width: 14, format: "vnd" },
  { header: "Hoạt động", width: 10, format: "integer" },
  { header: "Kinh phí", width: 14, format: "vnd" },
  { header: "Khẩu hiệu đã đăng", width: 11, format: "text", align: "center" },
  { header: "Lỗi", width: 7, format: "integer" },
  { header: "Tệp", width: 30, format: "text" },
];

const percent = (fraction: number): number => Math.round(fraction * 10_000) / 100;

function agencySheet(consolidation: Consolidation): SheetPlan {
  const width = AGENCY_COLUMNS.length;
  const { totals } = consolidation;
  const rows: PlanRow[] = [
    spanningRow("title", "TỔNG HỢP KẾT QUẢ THÁNG HÀNH ĐỘNG VÌ TRẺ EM", width),
    spanningRow("subtitle", `Theo báo cáo của ${totals.agencies} cơ quan, đơn vị`, width),
    { kind: "header", cells: AGENCY_COLUMNS.map((column) => column.header) },
    ...consolidation.agencies.map((row, i): PlanRow => ({
      kind: "data",
      cells: [
        i + 1,
        row.agency,
        toExcelSerial(row.reportDate),
        row.onTime ? "Có" : "Quá hạn",
        row.staff,
        row.children,
        row.gifts.count,
        row.gifts.total,
        row.awards.count,
        row.awards.total,
        row.contributions.contributors,
        percent(row.contributions.participation),
        row.contributions.total,
        row.activities,
        row.spend,
        `${row.slogans.posted}/${row.slogans.total}`,
        row.errors,
        row.file,
      ],
    })),
    {
      kind: "total",
      cells: [
        null,
        "TỔNG CỘNG",
        null,
        `${totals.agencies - totals.late}/${totals.agencies}`,
        totals.staff,
        totals.children,
        totals.gifts.count,
        totals.gifts.total,
        totals.awards.count,
        totals.awards.total,
        totals.contributions.contributors,
        percent(totals.contributions.participation),
        totals.contributions.total,
        totals.activities,
        totals.spend,
        null,
        totals.errors,
        null,
      ],
    },
  ];
  return {
    name: "Tổng hợp",
    columns: AGENCY_COLUMNS,
    rows,
    headerRow: 2,
    merges: [
      { row: 0, column: 0, columns: width },
      { row: 1, column: 0, columns: width },
    ],
    page: { orientation: "landscape", fitToWidth: true },
  };
}

function listSheet(
  name: string,
  title: string,
  columns: readonly PlanColumn[],
  data: PlanRow["cells"][],
): SheetPlan {
  return {
    name,
    columns,
    rows: [
      spanningRow("title", title, columns.length),
      { kind: "header", cells: columns.map((column) => column.header) },
      ...data.map((cells): PlanRow => ({ kind: "data", cells })),
    ],
    headerRow: 1,
    merges: [{ row: 0, column: 0, columns: columns.length }],
    page: { orientation: "portrait", fitToWidth: true },
  };
}

/** `Tổng hợp`, then `Trùng giữa cơ quan` and `Tệp không đọc được` when there is anything to list. */
export function consolidationSheets(consolidation: Consolidation): SheetPlan[] {
  const plans = [agencySheet(consolidation)];
  if (consolidation.crossAgencyChildren.length > 0) {
    plans.push(
      listSheet(
        "Trùng giữa cơ quan",
        "TRẺ EM CÓ TÊN TRONG DANH SÁCH CỦA NHIỀU CƠ QUAN (CHỈ TẶNG MỘT SUẤT QUÀ)",
        [
          { header: "STT", width: 6, format: "integer", align: "center" },
          { header: "Họ và tên", width: 28, format: "text" },
          { header: "Ngày sinh", width: 13, format: "date", align: "center" },
          { header: "Các cơ quan", width: 60, format: "text", wrap: true },
        ],
        consolidation.crossAgencyChildren.map((child, i) => [
          i + 1,
          child.name,
          toExcelSerial(child.dateOfBirth),
          child.agencies.join("; "),
        ]),
      ),
    );
  }
  if (consolidation.unreadable.length > 0) {
    plans.push(
      listSheet(
        "Tệp không đọc được",
        "TỆP KHÔNG ĐỌC ĐƯỢC",
        [
          { header: "STT", width: 6, format: "integer", align: "center" },
          { header: "Tệp", width: 40, format: "text" },
          { header: "Lý do", width: 70, format: "text", wrap: true },
        ],
        consolidation.unreadable.map((file, i) => [i + 1, file.file, file.reason]),
      ),
    );
  }
  return plans;
}
