import type { Issue, Severity } from "../engine";
import { el, replaceContent } from "./dom";
import { icon } from "./icons";
import { groupIssuesBySheet, type IssueGroup, nextPage } from "./issue-groups";
import type { SeverityFilter, Strings } from "./strings";

interface GroupState {
  readonly group: IssueGroup;
  readonly list: HTMLUListElement;
  shown: number;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * `#issues`: errors first, then warnings, each a block of `section.issue-group[data-sheet]` per sheet whose issues are
 * `button.issue`s that select their cell; notes (infos) come last, folded ("Lưu ý (745)"): in a real roster they are
 * the many children aged 16 and over, and must not push the errors off screen. A filter shows one severity alone.
 * Groups open with one page (ISSUE_PAGE_SIZE issues) and a `.issue-more` button adds the next, so 5 000 issues
 * cost 50 buttons per sheet until the clerk asks for more. One listener serves every button.
 */
export class IssueListView {
  private readonly more = new Map<HTMLButtonElement, GroupState>();
  private readonly filter: HTMLSelectElement;
  private readonly filterRow: HTMLElement;
  private readonly body: HTMLElement;
  private blocks = new Map<Severity, HTMLElement>();

  constructor(
    container: HTMLElement,
    private readonly strings: Strings,
    private readonly onSelect: (sheet: string, cell: string | null) => void,
  ) {
    this.filter = el(
      "select",
      { id: "issue-filter", class: "issue-filter" },
      (["all", ...SEVERITIES] as SeverityFilter[]).map((value) =>
        el("option", { value }, [strings.filter[value]]),
      ),
    );
    this.filter.addEventListener("change", () => this.applyFilter());
    this.filterRow = el("div", { class: "issue-filter-row", hidden: true }, [
      el("label", { for: "issue-filter" }, [strings.filterLabel]),
      this.filter,
    ]);
    this.body = el("div", { class: "issue-blocks" });
    replaceContent(container, [this.filterRow, this.body]);
    this.body.addEventListener("click", (event) => this.clicked(event));
  }

  showPlaceholder(text: string): void {
    this.more.clear();
    this.blocks = new Map();
    this.filterRow.setAttribute("hidden", "");
    replaceContent(this.body, [el("p", { class: "empty" }, [text])]);
  }

  render(issues: readonly Issue[]): void {
    this.more.clear();
    this.blocks = new Map();
    if (issues.length === 0) {
      this.showPlaceholder(this.strings.noIssues);
      return;
    }
    const fragment = document.createDocumentFragment();
    for (const severity of SEVERITIES) {
      const ofSeverity = issues.filter((issue) => issue.severity === severity);
      if (ofSeverity.length === 0) continue;
      const block = this.severityBlock(severity, ofSeverity);
      this.blocks.set(severity, block);
      fragment.appendChild(block);
    }
    replaceContent(this.body, [fragment]);
    // The filter earns its place once there is more than one kind to choose from.
    if (this.blocks.size > 1) this.filterRow.removeAttribute("hidden");
    else this.filterRow.setAttribute("hidden", "");
    this.applyFilter();
  }

  private severityBlock(severity: Severity, issues: readonly Issue[]): HTMLElement {
    const heading = [icon(severity), el("span", {}, [this.strings.severityHeading(severity, issues.length)])];
    const groups = groupIssuesBySheet(issues).map((group) => this.groupSection(group));
    if (severity === "info") {
      return el("details", { class: "severity-block severity-info", "data-severity": severity }, [
        el("summary", { class: "severity-heading" }, heading),
        ...groups,
      ]);
    }
    return el("section", { class: `severity-block severity-${severity}`, "data-severity": severity }, [
      el("h3", { class: "severity-heading" }, heading),
      ...groups,
    ]);
  }

  private applyFilter(): void {
    const chosen = this.filter.value as SeverityFilter;
    for (const [severity, block] of this.blocks) {
      if (chosen === "all" || chosen === severity) block.removeAttribute("hidden");
      else block.setAttribute("hidden", "");
      // Choosing the notes alone is asking to see them.
      if (block instanceof HTMLDetailsElement && chosen === severity) block.open = true;
    }
  }

  private groupSection(group: IssueGroup): HTMLElement {
    const list = el("ul", { class: "issue-items" });
    const section = el("section", { class: "issue-group", "data-sheet": group.sheet }, [
      // For screen readers' heading navigation; on screen each issue names its sheet, which saves a line per sheet.
      el("h4", { class: "issue-group-heading visually-hidden" }, [
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

  /** The place as a link-styled label ("Cán bộ, ô C5"), then the message, which does not repeat the cell. */
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
        el("span", { class: "visually-hidden" }, [`${this.strings.severity[issue.severity]}: `]),
        el("span", { class: "issue-cell" }, [this.strings.cellLabel(issue.sheet, issue.cell)]),
        " ",
        el("span", { class: "issue-message" }, [issue.message]),
      ],
    );
  }

  private clicked(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest("button");
    if (!button || !this.body.contains(button)) return;
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
