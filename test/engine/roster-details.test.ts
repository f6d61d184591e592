/**
 * The roster readers' details, on rows written by hand: every row-level message names what the clerk typed (never
 * "undefined"), required cells are required, optional columns are read, the school level of a grade at its
 * boundaries, a duplicated staff ID resolves to its first row, and the orders of units, purposes and sources.
 */
import type { CampaignResult, Cell, Issue, IssueCode } from "../../src/engine";
import { gradeLabel } from "../../src/engine/roster/children";
import {
  baseSheets,
  childRow,
  headerOf,
  issuesOf,
  run,
  type Sheets,
  UNIT_OFFICE,
  UNIT_SCIENCE,
} from "../support/workbook-builder";

const only = (result: CampaignResult, code: IssueCode): Issue => {
  const found = issuesOf(result, code);
  expect(found).toHaveLength(1);
  return found[0];
};

/** The issue at `sheet!cell` with `code`, its message checked for a value left out. */
function issueAt(result: CampaignResult, code: IssueCode, sheet: string, cell: string): Issue {
  const issue = result.issues.find((i) => i.code === code && i.sheet === sheet && i.cell === cell);
  if (!issue)
    throw new Error(
      `no ${code} at ${sheet}!${cell}: ${result.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`).join(", ")}`,
    );
  expect(issue.message).not.toMatch(/undefined|null/);
  return issue;
}

describe("staff", () => {
  const sheets = baseSheets();
  sheets["Cán bộ"].push(
    ["VP09", "Phạm Thu", "Nữ", "Kế toán", "Phòng Đào tạo", null],
    ["VP01", "Nguyễn Văn An (trùng)", "Nam", null, UNIT_SCIENCE, null],
    ["VP10", "Hà Minh", null, null, null, null],
  );
  sheets["Con"] = [headerOf("Con"), childRow({ id: "VP01", name: "Nguyễn Minh Châu", born: "02/06/2015" })];
  const result = run(sheets);

  test("messages name the unknown unit and the row the ID was first used on", () => {
    expect(issueAt(result, "UNIT_UNKNOWN", "Cán bộ", "E5").message).toContain("Phòng Đào tạo");
    expect(issueAt(result, "STAFF_ID_DUPLICATE", "Cán bộ", "A6").message).toMatch(/VP01.*dòng 2/);
    issueAt(result, "REQUIRED", "Cán bộ", "E7");
  });

  test("gender and position are read; a duplicated ID is its first row's", () => {
    const [an, binh] = result.staff.members;
    expect([an.gender, an.position, binh.gender, binh.position]).toEqual([
      "Nam",
      "Chánh Văn phòng",
      "Nữ",
      "Chuyên viên",
    ]);
    expect(result.gifts.byUnit.map((unit) => [unit.unit, unit.count])).toEqual([[UNIT_OFFICE, 1]]);
  });
});

describe("children", () => {
  function childSheets(...rows: Cell[][]): Sheets {
    const sheets = baseSheets();
    sheets["Con"] = [headerOf("Con"), ...rows];
    return sheets;
  }

  test("messages name the parent's ID, the date and the report date, the grade and the title typed", () => {
    const result = run(
      childSheets(
        childRow({ id: "XX99", name: "Lê An", born: "02/06/2015" }),
        childRow({ id: "VP01", name: "Lê Bình", born: "01/12/2024" }),
        childRow({ id: "VP01", name: "Lê Chi", born: "02/06/2015", grade: "Lớp 13" }),
        childRow({ id: "VP01", name: "Lê Dung", born: "02/06/2015", title: "Cháu ngoan Bác Hồ" }),
        childRow({ id: "VP02", name: "Lê Em", born: "02/06/2015", grade: { error: "#REF!" } }),
        childRow({ id: " ", name: "Lê Phong", born: "02/06/2015" }),
      ),
    );
    expect(issueAt(result, "PARENT_UNKNOWN", "Con", "A2").message).toContain("XX99");
    expect(issueAt(result, "DATE_FUTURE", "Con", "C3").message).toMatch(/01\/12\/2024.*05\/07\/2024/);
    expect(issueAt(result, "GRADE_INVALID", "Con", "E4").message).toContain("Lớp 13");
    expect(issueAt(result, "ACHIEVEMENT_UNKNOWN", "Con", "G5").message).toContain("Cháu ngoan Bác Hồ");
    expect(issueAt(result, "VALUE_ERROR", "Con", "E6").message).toContain("#REF!");
    issueAt(result, "REQUIRED", "Con", "A7");
  });

  test("a title for other school levels names them and the child's grade as the clerk would say it", () => {
    const result = run(
      childSheets(
        childRow({ id: "VP01", name: "Lê An", born: "02/06/2015", grade: 3, title: "Học sinh Giỏi" }),
        childRow({
          id: "VP01",
          name: "Lê Bình",
          born: "02/06/2019",
          grade: "Mầm non",
          title: "Học sinh Giỏi",
        }),
        childRow({ id: "VP01", name: "Lê Chi", born: "02/06/2015", title: "Học sinh Giỏi" }),
      ),
    );
    const messages = issuesOf(result, "ACHIEVEMENT_GRADE_MISMATCH").map((issue) => issue.message);
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).toContain("THCS, THPT");
    expect(messages[0]).toMatch(/3/);
    expect(messages[1]).toContain("mầm non");
    expect(messages[2]).toContain("trống (chưa đi học)");
  });

  test("a grade far ahead of a young child's age expects grade 0 at least, never a negative grade", () => {
    const result = run(childSheets(childRow({ id: "VP01", name: "Lê An", born: "02/06/2021", grade: 5 })));
    expect(only(result, "AGE_GRADE_MISMATCH").message).toMatch(/lớp 0\b|\b0\)/);
  });

  test("grades written with or without a space after Lớp; school is read", () => {
    const result = run(
      childSheets(
        childRow({
          id: "VP01",
          name: "Lê An",
          born: "02/06/2012",
          grade: "Lớp6",
          school: "THCS Lê Lợi",
          title: "Học sinh Giỏi",
        }),
      ),
    );
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.awards.byUnit[0].entries[0]).toMatchObject({ grade: 6, school: "THCS Lê Lợi" });
  });

  test("a grade is printed as the lists print it", () => {
    expect([gradeLabel(null), gradeLabel(0), gradeLabel(7)]).toEqual(["", "Mầm non", "7"]);
  });
});

describe("award tiers by school level", () => {
  function tiered(...grades: Cell[]) {
    const sheets = baseSheets();
    sheets["Mức khen thưởng"] = [
      headerOf("Mức khen thưởng"),
      ["Học sinh Giỏi", "Tiểu học", 100_000],
      ["Học sinh Giỏi", "THCS, , THPT", 300_000],
      ["Giải cấp trường", "Đại học", 50_000],
      [null, null, 10_000],
    ];
    sheets["Con"] = [
      headerOf("Con"),
      ...grades.map((grade, i) =>
        childRow({ id: "VP01", name: `Lê Bé ${i + 1}`, born: "02/06/2012", grade, title: "Học sinh Giỏi" }),
      ),
    ];
    return run(sheets);
  }

  test("grade 1–5 is Tiểu học, 6–9 THCS, 10–12 THPT; a blank part of Cấp học is skipped", () => {
    const result = tiered(1, 5, 6, 9, 10, 12);
    const amounts = result.awards.byUnit.flatMap((unit) =>
      unit.entries.map((entry) => [entry.grade, entry.amount]),
    );
    expect(amounts).toEqual([
      [1, 100_000],
      [5, 100_000],
      [6, 300_000],
      [9, 300_000],
      [10, 300_000],
      [12, 300_000],
    ]);
  });

  test("a tier's unknown level and its blank cells are named", () => {
    const result = tiered();
    expect(issueAt(result, "GRADE_INVALID", "Mức khen thưởng", "B4").message).toContain("Đại học");
    expect(issuesOf(result, "GRADE_INVALID").map((issue) => issue.cell)).toEqual(["B4"]);
    issueAt(result, "REQUIRED", "Mức khen thưởng", "A5");
  });
});

describe("contributions", () => {
  function given(...rows: Cell[][]) {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [headerOf("Ủng hộ"), ...rows];
    return run(sheets);
  }

  test("messages name the unknown staff ID and unit; a date and an amount are checked", () => {
    const result = given(
      ["01/06/2024", "ZZ01", null, null, 100_000, null],
      ["01/06/2024", null, "Hội Cựu chiến binh", "Ban Tuyên giáo", 100_000, null],
      ["32/06/2024", "VP01", null, null, 100_000, null],
      ["01/06/2024", "VP02", null, null, null, null],
      ["01/06/2024", null, null, null, 100_000, null],
    );
    expect(issueAt(result, "CONTRIBUTOR_UNKNOWN", "Ủng hộ", "B2").message).toContain("ZZ01");
    expect(issueAt(result, "UNIT_UNKNOWN", "Ủng hộ", "D3").message).toContain("Ban Tuyên giáo");
    issueAt(result, "DATE_INVALID", "Ủng hộ", "A4");
    issueAt(result, "REQUIRED", "Ủng hộ", "E5");
    issueAt(result, "REQUIRED", "Ủng hộ", "B6");
  });

  test("purposes in the plan's order, then others; units in the units' order, then Khác", () => {
    const result = given(
      ["01/06/2024", null, "Ông Tư", null, 50_000, "Xây trường"],
      ["01/06/2024", "QL01", null, null, 200_000, "Trẻ em khuyết tật"],
      ["01/06/2024", "VP01", null, null, 100_000, "Quỹ Bảo trợ trẻ em"],
    );
    expect(result.contributions.byPurpose.map((line) => [line.purpose, line.total])).toEqual([
      ["Quỹ Bảo trợ trẻ em", 100_000],
      ["Trẻ em khuyết tật", 200_000],
      ["Xây trường", 50_000],
    ]);
    expect(result.contributions.byUnit.map((line) => [line.unit, line.total])).toEqual([
      [UNIT_OFFICE, 100_000],
      [UNIT_SCIENCE, 200_000],
      ["Khác", 50_000],
    ]);
  });
});

describe("units and activities", () => {
  test("units by Thứ tự, the sheet's order among equals; a unit row needs its name", () => {
    const sheets = baseSheets();
    sheets["Đơn vị"] = [
      headerOf("Đơn vị"),
      [2, UNIT_OFFICE],
      [1, UNIT_SCIENCE],
      [null, "Chi cục"],
      [1, "Thanh tra"],
      [3, null],
    ];
    sheets["Cán bộ"].push(
      ["CC01", "Vũ Hà", "Nữ", null, "Chi cục", null],
      ["TT01", "Đỗ Lan", "Nữ", null, "Thanh tra", null],
    );
    const result = run(sheets);
    expect(result.units).toEqual([UNIT_SCIENCE, "Thanh tra", UNIT_OFFICE, "Chi cục"]);
    issueAt(result, "REQUIRED", "Đơn vị", "B6");
  });

  function spending(
    ...rows: [type: string, content: string | null, cost: number | null, source: string | null][]
  ) {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      ...rows.map(([type, content, cost, source]) => [
        "01/06/2024",
        type,
        content,
        null,
        null,
        null,
        cost,
        source,
        null,
      ]),
    ];
    return run(sheets);
  }

  test("spend by source: sourced lines, then the unsourced rest; nothing by source when no cost has one", () => {
    expect(
      spending(
        ["Vui chơi, văn hóa, thể thao", "Ngày hội", 1_000_000, "Công đoàn"],
        ["Khác", "Văn nghệ", 0, "Ngân sách"],
        ["Khác", "Trò chơi", 200_000, null],
      ).activities.bySource,
    ).toEqual([
      { source: "Công đoàn", total: 1_000_000 },
      { source: null, total: 200_000 },
    ]);
    expect(spending(["Khác", "Văn nghệ", 300_000, "Ngân sách"]).activities.bySource).toEqual([
      { source: "Ngân sách", total: 300_000 },
    ]);
    expect(spending(["Khác", "Trò chơi", 200_000, null]).activities.bySource).toEqual([]);
  });

  test("an activity needs its type and its content", () => {
    const result = spending(["", "Ngày hội", null, null], ["Khác", null, null, null]);
    issueAt(result, "REQUIRED", "Hoạt động", "B2");
    issueAt(result, "REQUIRED", "Hoạt động", "C3");
  });
});
