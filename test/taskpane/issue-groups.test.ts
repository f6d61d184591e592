import type { Issue, IssueCode, Severity } from "../../src/engine";
import { STRINGS } from "../../src/taskpane/strings";
import { groupIssuesBySheet, ISSUE_PAGE_SIZE, issuePlace, nextPage } from "../../src/taskpane/issue-groups";

const issue = (sheet: string, row: number, severity: Severity, code: IssueCode = "DATE_INVALID"): Issue => ({
  sheet,
  row,
  column: "Ngày sinh",
  cell: `C${row}`,
  code,
  severity,
  message: `${sheet} ${row}`,
});

describe("the issue list's groups and pages", () => {
  it("groups by sheet in order of first appearance, keeping the engine's order inside each group", () => {
    const issues = [
      issue("Con", 4, "error"),
      issue("Cán bộ", 7, "error"),
      issue("Con", 9, "error"),
      issue("Con", 5, "warning", "CHILD_DUPLICATE"),
      issue("Con", 3, "info", "NOT_ELIGIBLE_AGE"),
    ];
    const groups = groupIssuesBySheet(issues);
    expect(groups.map((group) => group.sheet)).toEqual(["Con", "Cán bộ"]);
    expect(groups[0].issues.map((i) => i.row)).toEqual([4, 9, 5, 3]);
    expect(groups[1].issues).toHaveLength(1);
  });

  it("pages 5 000 issues by 50 without losing or repeating one", () => {
    const issues = Array.from({ length: 5_000 }, (_, i) => issue("Con", i + 2, "error"));
    const [group] = groupIssuesBySheet(issues);
    const seen: Issue[] = [];
    let remaining = Infinity;
    let pages = 0;
    while (remaining > 0) {
      const next = nextPage(group, seen.length);
      expect(next.page.length).toBeLessThanOrEqual(ISSUE_PAGE_SIZE);
      seen.push(...next.page);
      remaining = next.remaining;
      pages += 1;
    }
    expect(pages).toBe(100);
    expect(seen).toEqual(issues);
  });

  it("says how many remain after a short last page", () => {
    const [group] = groupIssuesBySheet(Array.from({ length: 120 }, (_, i) => issue("Con", i + 2, "error")));
    expect(nextPage(group, 0).remaining).toBe(70);
    expect(nextPage(group, 100)).toMatchObject({ remaining: 0 });
    expect(nextPage(group, 100).page).toHaveLength(20);
  });

  it("names a cell in words (trang tính Con, ô C4), or the sheet alone", () => {
    expect(issuePlace({ sheet: "Con", cell: "C4" }, STRINGS.vi)).toBe("trang tính Con, ô C4");
    expect(issuePlace({ sheet: "Đơn vị", cell: null }, STRINGS.vi)).toBe("trang tính Đơn vị");
    expect(issuePlace({ sheet: "Con", cell: "C4" }, STRINGS.en)).toBe("sheet Con, cell C4");
  });
});
