import type { Issue } from "../engine";
import type { Strings } from "./strings";

/** Issues shown per group at first, and added by each "Xem thêm": 5 000 rows stay instant to render. */
export const ISSUE_PAGE_SIZE = 50;

export interface IssueGroup {
  readonly sheet: string;
  readonly issues: readonly Issue[];
}

/**
 * Issues by sheet, groups in order of their first issue. The engine sorts errors before warnings before infos, so
 * the sheet with the first error comes first and each group keeps that order.
 */
export function groupIssuesBySheet(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.sheet);
    if (group) group.push(issue);
    else groups.set(issue.sheet, [issue]);
  }
  return [...groups].map(([sheet, grouped]) => ({ sheet, issues: grouped }));
}

/** The next page of a group after `shown` issues, and how many remain after it. */
export function nextPage(
  group: IssueGroup,
  shown: number,
  size = ISSUE_PAGE_SIZE,
): { readonly page: readonly Issue[]; readonly remaining: number } {
  const page = group.issues.slice(shown, shown + size);
  return { page, remaining: group.issues.length - shown - page.length };
}

/** Where an issue is, in the clerk's words: "trang tính Con, ô C4", or the sheet alone for a whole-sheet issue. */
export function issuePlace(issue: Pick<Issue, "sheet" | "cell">, strings: Pick<Strings, "place">): string {
  return strings.place(issue.sheet, issue.cell);
}
