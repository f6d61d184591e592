/**
 * The consolidation's workbook sheets, on figures written by hand: each agency's row says what its report says,
 * the total row adds them up, percentages and dates are numbers Excel can sum and format, and the two lists
 * appear only when there is something to list.
 */
import { type Consolidation, consolidationSheets } from "../../src/engine";
import { agencyRow } from "../support/agency-row";

const figures = (total: number, contributors: number, staffContributors: number, participation: number) => ({
  total,
  contributors,
  staffContributors,
  participation,
  byPurpose: [],
});

const row = agencyRow;

const finance = row("SỞ TÀI CHÍNH", {});
const health = row("SỞ Y TẾ", {
  file: "y-te/bao-cao.xlsx",
  reportDate: "2024-07-12",
  onTime: false,
  errors: 2,
  staff: 60,
  children: 31,
  gifts: { count: 28, total: 5_600_000 },
  awards: { count: 7, total: 1_750_000 },
  contributions: figures(9_100_000, 45, 44, 0.7333),
  spend: 0,
  activities: 1,
  slogans: { posted: 12, total: 12 },
});

const consolidation = (extra: Partial<Consolidation> = {}): Consolidation => ({
  agencies: [finance, health],
  totals: {
    agencies: 2,
    errors: 2,
    staff: 100,
    children: 56,
    gifts: { count: 48, total: 9_600_000 },
    awards: { count: 12, total: 2_750_000 },
    contributions: figures(15_100_000, 76, 74, 0.74),
    spend: 2_500_000,
    activities: 4,
    late: 1,
  },
  crossAgencyChildren: [],
  duplicateAgencies: [],
  unreadable: [],
  ...extra,
});

// 5 July 2024 and 12 July 2024 as Excel serials (1900 system): 45478 is 2024-07-05.
const JULY_5 = 45478;

describe("consolidationSheets", () => {
  const [summary, ...others] = consolidationSheets(consolidation());

  test("only `Tổng hợp` when no child is on two agencies' lists and every file was read", () => {
    expect(summary.name).toBe("Tổng hợp");
    expect(others).toEqual([]);
  });

  test("title, the number of agencies, then the header row the sheet freezes and repeats", () => {
    expect(summary.rows[0].cells[0]).toBe("TỔNG HỢP KẾT QUẢ THÁNG HÀNH ĐỘNG VÌ TRẺ EM");
    expect(summary.rows[1].cells[0]).toBe("Theo báo cáo của 2 cơ quan, đơn vị");
    expect(summary.headerRow).toBe(2);
    expect(summary.rows[2].kind).toBe("header");
    expect(summary.rows[2].cells).toEqual(summary.columns.map((column) => column.header));
    expect(summary.merges).toEqual([
      { row: 0, column: 0, columns: 18 },
      { row: 1, column: 0, columns: 18 },
    ]);
    expect(summary.page).toEqual({ orientation: "landscape", fitToWidth: true });
  });

  test("each agency's row: its figures as numbers, on time or late, slogans posted of all", () => {
    const data = summary.rows.filter((planRow) => planRow.kind === "data").map((planRow) => planRow.cells);
    expect(data).toEqual([
      [
        1,
        "SỞ TÀI CHÍNH",
        JULY_5,
        "Có",
        40,
        25,
        20,
        4_000_000,
        5,
        1_000_000,
        31,
        75,
        6_000_000,
        3,
        2_500_000,
        "10/12",
        0,
        "SỞ TÀI CHÍNH.xlsx",
      ],
      [
        2,
        "SỞ Y TẾ",
        JULY_5 + 7,
        "Quá hạn",
        60,
        31,
        28,
        5_600_000,
        7,
        1_750_000,
        45,
        73.33,
        9_100_000,
        1,
        0,
        "12/12",
        2,
        "y-te/bao-cao.xlsx",
      ],
    ]);
  });

  test("the total row: agencies on time of all, the sums, participation of all staff", () => {
    const total = summary.rows[summary.rows.length - 1];
    expect(total.kind).toBe("total");
    expect(total.cells).toEqual([
      null,
      "TỔNG CỘNG",
      null,
      "1/2",
      100,
      56,
      48,
      9_600_000,
      12,
      2_750_000,
      76,
      74,
      15_100_000,
      4,
      2_500_000,
      null,
      2,
      null,
    ]);
    expect(summary.rows).toHaveLength(2 + 1 + 2 + 1);
  });

  test("a child on two agencies' lists and an unreadable file each get a sheet of their own", () => {
    const plans = consolidationSheets(
      consolidation({
        crossAgencyChildren: [
          { name: "Trần Bảo Ngọc", dateOfBirth: "2015-03-12", agencies: ["SỞ TÀI CHÍNH", "SỞ Y TẾ"] },
        ],
        unreadable: [{ file: "hong.xlsx", reason: "Không phải sổ Excel .xlsx đọc được." }],
      }),
    );
    expect(plans.map((plan) => plan.name)).toEqual(["Tổng hợp", "Trùng giữa cơ quan", "Tệp không đọc được"]);
    const [, twice, unreadable] = plans;
    expect(twice.rows[0].cells[0]).toBe(
      "TRẺ EM CÓ TÊN TRONG DANH SÁCH CỦA NHIỀU CƠ QUAN (CHỈ TẶNG MỘT SUẤT QUÀ)",
    );
    expect(twice.rows[1].cells).toEqual(["STT", "Họ và tên", "Ngày sinh", "Các cơ quan"]);
    expect(twice.rows[2]).toEqual({
      kind: "data",
      cells: [1, "Trần Bảo Ngọc", 42075, "SỞ TÀI CHÍNH; SỞ Y TẾ"],
    });
    expect(twice.headerRow).toBe(1);
    expect(twice.merges).toEqual([{ row: 0, column: 0, columns: 4 }]);
    expect(twice.page.orientation).toBe("portrait");
    expect(unreadable.rows.map((planRow) => planRow.cells)).toEqual([
      ["TỆP KHÔNG ĐỌC ĐƯỢC", null, null],
      ["STT", "Tệp", "Lý do"],
      [1, "hong.xlsx", "Không phải sổ Excel .xlsx đọc được."],
    ]);
  });

  test("only the list there is something for", () => {
    const onlyUnreadable = consolidationSheets(
      consolidation({ unreadable: [{ file: "a.ods", reason: "ODS" }] }),
    );
    expect(onlyUnreadable.map((plan) => plan.name)).toEqual(["Tổng hợp", "Tệp không đọc được"]);
  });
});
