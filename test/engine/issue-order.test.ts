/** The issues as the pane's `Kiểm tra` sheet and the report list them: errors, then warnings, then infos. */
import { IssueLog } from "../../src/engine/issues";

test("errors first, then warnings, then infos; within a severity, the order they were found in", () => {
  const log = new IssueLog("vi");
  log.add("AGE_GRADE_MISMATCH", { sheet: "Con", row: 2, cell: "E2" });
  log.add("REQUIRED", { sheet: "Cán bộ", row: 5, cell: "B5" });
  log.add("REPORT_TEXT_MISSING", { sheet: "Cấu hình" }, {}, "info");
  log.add("DATE_INVALID", { sheet: "Con", row: 3, cell: "C3" });
  log.add("ACHIEVEMENT_GRADE_MISMATCH", { sheet: "Con", row: 4, cell: "G4" });
  log.add("AMOUNT_INVALID", { sheet: "Ủng hộ", row: 2, cell: "E2" });
  expect(log.sorted().map((issue) => `${issue.severity} ${issue.code}`)).toEqual([
    "error REQUIRED",
    "error DATE_INVALID",
    "error AMOUNT_INVALID",
    "warning AGE_GRADE_MISMATCH",
    "warning ACHIEVEMENT_GRADE_MISMATCH",
    "info REPORT_TEXT_MISSING",
  ]);
});
