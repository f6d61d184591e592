/**
 * The words a Vietnamese clerk reads, held to Excel's own Vietnamese UI and to administrative usage: "trang tính"
 * (never "sheet"), "Xóa" and "Hủy" (Office's spelling, not "Xoá", "Huỷ"), counts grouped ("4.210"), and no English
 * in the visible columns of the sheets the add-in writes (issue codes stay in `Kiểm tra`'s last column, for support).
 * Covers the pane's catalog, the engine's messages and every generated sheet.
 */
import { buildReportModel, issuesSheet, planCellText, runCampaign, type SheetPlan } from "../../src/engine";
import { type MessageParams, renderMessage } from "../../src/engine/messages";
import { generatedSheets } from "../../src/report/generated-sheets";
import { snapshotOf } from "../../preview/workbooks";
import { catalogTexts } from "../support/catalog-texts";
import { ISSUE_CODES } from "../support/issue-codes";

/** What a wording rule refuses, with a name for the failure message. */
const RULES: readonly [string, RegExp][] = [
  ["the English word “sheet” (Excel says “trang tính”)", /\bsheets?\b/i],
  ["“Xoá” (Office writes “Xóa”)", /xoá/i],
  ["“Huỷ” (Office writes “Hủy”)", /huỷ/i],
];

/** A count of 1 000 or more written without its dots: "4210" instead of "4.210". Years are not counts. */
const UNGROUPED = /(?<![\d.,/])(?!(?:19|20)\d\d(?![\d.]))\d{4,}(?![\d.,])/;

function offences(texts: ReadonlyMap<string, string>, withNumbers: boolean): string[] {
  const found: string[] = [];
  for (const [where, text] of texts) {
    for (const [rule, pattern] of RULES) if (pattern.test(text)) found.push(`${where}: ${rule}: ${text}`);
    if (withNumbers && UNGROUPED.test(text)) found.push(`${where}: an ungrouped number: ${text}`);
  }
  return found;
}

/** Parameters that make each message say everything it can, with numbers large enough to need grouping. */
const PARAMS: MessageParams = {
  sheet: "Cán bộ",
  cell: "C5",
  column: "Ngày sinh",
  value: "31/02/2015",
  expected: "lớp 5",
  other: "4.210",
  reason: "ngày này không có trên lịch",
  rowExcluded: true,
};

/** English as it shows up in a Vietnamese sheet: an issue code, or a common English word of ours. */
const ENGLISH =
  /\b[A-Z]+(?:_[A-Z]+)+\b|\b(?:sheet|cell|column|error|warning|info|note|total|draft|staff|unit)s?\b/i;

/** The visible cells of a plan as a clerk reads them; `hiddenColumns` (by header) are for support, not reading. */
function visibleCells(plan: SheetPlan, hiddenColumns: readonly string[] = []): Map<string, string> {
  const skip = new Set(
    plan.columns.flatMap((column, index) => (hiddenColumns.includes(column.header) ? [index] : [])),
  );
  const cells = new Map<string, string>();
  plan.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (skip.has(c)) return;
      const text = String(planCellText(cell) ?? "");
      if (text !== "") cells.set(`${plan.name}!R${r + 1}C${c + 1}`, text);
    }),
  );
  return cells;
}

describe("the Vietnamese wording", () => {
  it("of the pane's catalog: trang tính, Xóa, Hủy, grouped counts", () => {
    const texts = catalogTexts("vi");
    // The title holds the year, which is not a count.
    texts.delete("title");
    expect(offences(texts, true)).toEqual([]);
  });

  it("of the engine's messages, each code said in full", () => {
    const texts = new Map(ISSUE_CODES.map((code) => [code, renderMessage(code, "vi", PARAMS)]));
    expect(offences(texts, true)).toEqual([]);
    // The place is shown beside each message (pane, `Kiểm tra`, command line): messages do not repeat the cell.
    for (const [code, text] of texts)
      expect({ code, text, repeatsCell: /\bô C5\b/i.test(text) }).toMatchObject({ repeatsCell: false });
  });

  it.each(["broken", "sample", "empty"] as const)(
    "of every sheet generated from the %s workbook: no English in a visible column",
    (name) => {
      const result = runCampaign(snapshotOf(name), { today: "2024-07-05", locale: "vi" });
      const model = buildReportModel(result);
      const plans = [
        issuesSheet(result, "vi"),
        ...generatedSheets(result, model, { locale: "vi", draft: model.draft }),
      ];
      const issueCodes = plans[0].columns.map((column) => column.header);
      // The codes are kept, last, for support.
      expect(issueCodes[issueCodes.length - 1]).toBe("Mã hỗ trợ");
      const visible = new Map(plans.flatMap((plan) => [...visibleCells(plan, ["Mã hỗ trợ"])]));
      const english = [...visible]
        .filter(([, text]) => ENGLISH.test(text))
        .map(([where, text]) => `${where}: ${text}`);
      expect(english).toEqual([]);
      expect(offences(visible, false)).toEqual([]);
    },
  );

  it("catches what it is meant to catch", () => {
    const bad = new Map([
      ["a", "Xoá 2 sheet"],
      ["b", "Đã huỷ"],
      ["c", "4210 cháu"],
    ]);
    expect(offences(bad, true)).toHaveLength(4);
    expect(
      offences(new Map([["ok", "Xóa 2 trang tính, 4.210 cháu, năm 2024, ngày 01/06/2024"]]), true),
    ).toEqual([]);
    expect(ENGLISH.test("DATE_INVALID")).toBe(true);
    expect(ENGLISH.test("Ngày sinh")).toBe(false);
  });
});
