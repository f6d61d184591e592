import type { Issue } from "../engine";
import { el, replaceContent } from "./dom";
import { groupIssuesBySheet, type IssueGroup, nextPage } from "./issue-groups";
import type { Strings } from "./strings";

interface GroupState {
  readonly group: IssueGroup;
  readonly list: HTMLUListElement;
  shown: number;
}

/**
 * `#issues`: one `section.issue-group[data-sheet]` per sheet, each issue a `button.issue` that selects its cell.
 * Groups open with one page (ISSUE_PAGE_SIZE issues) and a `.issue-more` button adds the next, so 5 000 issues
 * cost 50 buttons per sheet until the clerk asks for more. One listener serves every button.
 */
export class IssueListView {
  private readonly more = new Map<HTMLButtonElement, GroupState>();

  constructor(
    private readonly container: HTMLElement,
    private readonly strings: Strings,
    private readonly onSelect: (sheet: string, cell: string | null) => void,
  ) {
    container.addEventListener("click", (event) => this.clicked(event));
  }

  showPlaceholder(text: string): void {
    this.more.clear();
    replaceContent(this.container, [el("p", { class: "empty" }, [text])]);
  }

  render(issues: readonly Issue[]): void {
    this.more.clear();
    if (issues.length === 0) {
      this.showPlaceholder(this.strings.noIssues);
      return;
    }
    const fragment = document.createDocumentFragment();
    for (const group of groupIssuesBySheet(issues)) fragment.appendChild(this.groupSection(group));
    replaceContent(this.container, [fragment]);
  }

  private groupSection(group: IssueGroup): HTMLElement {
    const list = el("ul", { class: "issue-items" });
    const section = el("section", { class: "issue-group", "data-sheet": group.sheet }, [
      el("h3", { class: "issue-group-heading" }, [
        this.strings.groupHeading(group.sheet, group.issues.length),
      ]),
      list,
    ]);
    const state: GroupState = { group, list, shown: 0 };
    const moreButton = this.appendPage(state);
    if (moreButton) section.appendChild(moreButton);
    return section;
  }

  /** Appends the next page; returns the "more" button to show after it, if issues remain. */
  private appendPage(state: GroupState): HTMLButtonElement | null {
    const { page, remaining } = nextPage(state.group, state.shown);
    const fragment = document.createDocumentFragment();
    for (const issue of page) fragment.appendChild(el("li", {}, [this.issueButton(issue)]));
    state.list.appendChild(fragment);
    state.shown += page.length;
    if (remaining === 0) return null;
    const button = el("button", { type: "button", class: "issue-more" }, [
      this.strings.more(Math.min(remaining, page.length)),
    ]);
    this.more.set(button, state);
    return button;
  }

  private issueButton(issue: Issue): HTMLButtonElement {
    return el(
      "button",
      {
        type: "button",
        class: `issue issue-${issue.severity}`,
        "data-sheet": issue.sheet,
        "data-cell": issue.cell,
        "data-code": issue.code,
        "data-severity": issue.severity,
      },
      [
        el("span", { class: "issue-severity" }, [this.strings.severity[issue.severity]]),
        " ",
        ...(issue.cell ? [el("span", { class: "issue-cell" }, [issue.cell]), " "] : []),
        el("span", { class: "issue-message" }, [issue.message]),
      ],
    );
  }

  private clicked(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest("button");
    if (!button || !this.container.contains(button)) return;
    if (button.classList.contains("issue")) {
      this.onSelect(button.getAttribute("data-sheet") ?? "", button.getAttribute("data-cell"));
      return;
    }
    const state = this.more.get(button as HTMLButtonElement);
    if (!state) return;
    this.more.delete(button as HTMLButtonElement);
    const firstNew = state.list.children.length;
    const next = this.appendPage(state);
    if (next) button.replaceWith(next);
    else button.remove();
    // Keyboard users continue where the new issues start instead of losing focus with the removed button.
    state.list.children[firstNew]?.querySelector("button")?.focus();
  }
}
