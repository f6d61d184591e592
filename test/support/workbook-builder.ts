import {
  type Cell,
  type CampaignResult,
  type Issue,
  type IssueCode,
  inputTemplates,
  runCampaign,
  type WorkbookSnapshot,
} from "../../src/engine";

/** Sheets by name, each a matrix whose first row is the header row. */
export type Sheets = Record<string, Cell[][]>;

export const UNIT_OFFICE = "Văn phòng";
export const UNIT_SCIENCE = "Phòng Quản lý khoa học";

const header = (name: string): Cell[] =>
  inputTemplates()
    .find((t) => t.name === name)!
    .columns.map((c) => c.header);

const REPORT_TEXTS: Record<string, string> = {
  "Ưu điểm": "Triển khai kịp thời, đúng đối tượng.",
  "Hạn chế": "Một số đơn vị gửi danh sách chậm.",
  "Đề xuất": "Tiếp tục hỗ trợ kinh phí.",
};

/**
 * A small, valid tracker: the template's seeded sheets (settings, award tiers, slogans), two units, three staff,
 * no children, contributions or activities. Tests add the rows their rule needs.
 */
export function baseSheets(): Sheets {
  const sheets: Sheets = {};
  for (const template of inputTemplates()) {
    sheets[template.name] = [
      template.columns.map((c) => c.header),
      ...template.seedRows.map((row) => [...row]),
    ];
  }
  // The report's free texts filled in, as a tracker ready for the official export has them (else
  // REPORT_TEXT_MISSING warns about each).
  for (const row of sheets["Cấu hình"]) {
    if (typeof row[0] === "string" && REPORT_TEXTS[row[0]]) row[1] = REPORT_TEXTS[row[0]];
  }
  sheets["Đơn vị"] = [header("Đơn vị"), [1, UNIT_OFFICE], [2, UNIT_SCIENCE]];
  sheets["Cán bộ"] = [
    header("Cán bộ"),
    ["VP01", "Nguyễn Văn An", "Nam", "Chánh Văn phòng", UNIT_OFFICE, null],
    ["VP02", "Trần Thị Bình", "Nữ", "Chuyên viên", UNIT_OFFICE, null],
    ["QL01", "Lê Văn Cường", "Nam", "Trưởng phòng", UNIT_SCIENCE, null],
  ];
  return sheets;
}

export interface ChildInput {
  id?: Cell;
  name?: Cell;
  born?: Cell;
  gender?: Cell;
  grade?: Cell;
  school?: Cell;
  title?: Cell;
  prize?: Cell;
}

/** A `Con` row in the template's column order. */
export function childRow(child: ChildInput): Cell[] {
  return [
    child.id ?? "VP01",
    child.name ?? "Nguyễn Minh Châu",
    child.born ?? "02/06/2015",
    child.gender ?? null,
    child.grade ?? null,
    child.school ?? null,
    child.title ?? null,
    child.prize ?? null,
    null,
  ];
}

export function contributionRow(c: {
  date?: Cell;
  id?: Cell;
  name?: Cell;
  unit?: Cell;
  amount?: Cell;
  purpose?: Cell;
}): Cell[] {
  return [c.date ?? null, c.id ?? null, c.name ?? null, c.unit ?? null, c.amount ?? null, c.purpose ?? null];
}

export function snapshotOf(sheets: Sheets): WorkbookSnapshot {
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

/** The engine on these sheets, with "today" fixed to the sample report date. */
export function run(sheets: Sheets, today = "2024-07-05", locale: "vi" | "en" = "vi"): CampaignResult {
  return runCampaign(snapshotOf(sheets), { today, locale });
}

export function withChildren(...children: ChildInput[]): Sheets {
  const sheets = baseSheets();
  sheets["Con"] = [header("Con"), ...children.map(childRow)];
  return sheets;
}

export function issuesOf(result: CampaignResult, code: IssueCode): Issue[] {
  return result.issues.filter((issue) => issue.code === code);
}

/** `sheet!cell` of each issue with this code, for compact assertions. */
export function cellsOf(result: CampaignResult, code: IssueCode): string[] {
  return issuesOf(result, code).map((issue) => `${issue.sheet}!${issue.cell}`);
}

export { header as headerOf };
