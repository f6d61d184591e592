import { el } from "./dom";
import { ConfirmDialog } from "./confirm";
import { icon, type IconName } from "./icons";
import { ProgressView } from "./progress";
import { StatusView } from "./status";
import type { ButtonKey, Strings } from "./strings";
import { STEPS } from "./workflow";

/** The action buttons in tab order, with the ids the e2e tests and the docs refer to. */
export const BUTTONS: readonly { readonly key: ButtonKey; readonly id: string }[] = [
  ...STEPS.map((key) => ({ key, id: `btn-${key}` })),
  { key: "nextYear", id: "btn-next-year" },
  { key: "clear", id: "btn-clear" },
];

export interface Layout {
  readonly main: HTMLElement;
  readonly header: HTMLElement;
  readonly buttons: ReadonlyMap<ButtonKey, HTMLButtonElement>;
  readonly progress: ProgressView;
  readonly status: StatusView;
  readonly issuesSection: HTMLElement;
  readonly issues: HTMLElement;
  /** Folded after Validate, open after Compute: the issues come first. */
  readonly summarySection: HTMLDetailsElement;
  readonly summary: HTMLElement;
  readonly units: HTMLElement;
  /** "Sau đợt": Clear, and room for the next after-campaign action. */
  readonly after: HTMLElement;
  readonly confirm: ConfirmDialog;
}

function section(id: string, heading: string, content: HTMLElement, hidden = false): HTMLElement {
  return el("section", { class: `panel panel-${id}`, "aria-labelledby": `${id}-heading`, hidden }, [
    el("h2", { id: `${id}-heading` }, [heading]),
    content,
  ]);
}

/**
 * One action: its icon and name on the button (a number before it for the steps), the one-line caption under it,
 * which screen readers hear as the button's description. A spinner replaces the icon while it runs.
 */
function actionItem(
  key: ButtonKey,
  id: string,
  strings: Strings,
  number: number | null,
): { readonly item: HTMLLIElement; readonly button: HTMLButtonElement } {
  const captionId = `${id}-hint`;
  const button = el(
    "button",
    {
      type: "button",
      id,
      class: `button step-button${key === "clear" ? " danger" : ""}`,
      "aria-describedby": captionId,
    },
    [
      ...(number === null
        ? []
        : [el("span", { class: "step-number", "aria-hidden": "true" }, [String(number)])]),
      icon(key as IconName, "icon step-icon"),
      el("span", { class: "spinner", "aria-hidden": "true" }),
      el("span", { class: "step-label" }, [strings.button[key]]),
    ],
  );
  const item = el("li", { class: "step", "data-step": key }, [
    button,
    el("p", { id: captionId, class: "step-caption" }, [strings.caption[key]]),
  ]);
  return { item, button };
}

/**
 * Builds the pane inside <main id="app">: header; the numbered steps with the progress and the message bar under
 * them; the issues; the summary (folded); the units; "Sau đợt". The confirm dialog goes after <main> so that hiding
 * <main> from screen readers leaves the dialog readable.
 */
export function buildLayout(main: HTMLElement, strings: Strings): Layout {
  const buttons = new Map<ButtonKey, HTMLButtonElement>();
  const steps = el("ol", { class: "steps" });
  STEPS.forEach((key, index) => {
    const { item, button } = actionItem(key, `btn-${key}`, strings, index + 1);
    buttons.set(key, button);
    steps.appendChild(item);
  });
  const clear = actionItem("clear", "btn-clear", strings, null);
  buttons.set("clear", clear.button);
  const nextYear = actionItem("nextYear", "btn-next-year", strings, null);
  buttons.set("nextYear", nextYear.button);
  const after = el("ul", { id: "after-actions", class: "after-actions" }, [nextYear.item, clear.item]);

  const progress = new ProgressView(strings.progressLabel);
  const status = new StatusView(strings.ready);
  const header = el("header", { id: "campaign", class: "campaign" });
  const summary = el("dl", { id: "summary", class: "summary" });
  const summarySection = el(
    "details",
    { id: "summary-section", class: "panel panel-summary", hidden: true },
    [el("summary", { id: "summary-heading", class: "panel-toggle" }, [strings.summaryHeading]), summary],
  );
  const issues = el("div", { id: "issues", class: "issues" });
  const issuesSection = section("issues", strings.issuesHeading, issues);
  const units = el("div", { id: "units", class: "units" });

  main.textContent = "";
  main.appendChild(header);
  main.appendChild(
    el("section", { class: "panel panel-actions", "aria-labelledby": "actions-heading" }, [
      el("h2", { id: "actions-heading", class: "visually-hidden" }, [strings.actionsHeading]),
      steps,
      progress.element,
      status.element,
    ]),
  );
  main.appendChild(issuesSection);
  main.appendChild(summarySection);
  main.appendChild(section("units", strings.unitsHeading, units));
  main.appendChild(section("after", strings.afterHeading, after));

  const confirm = new ConfirmDialog(main);
  main.insertAdjacentElement("afterend", confirm.element);
  return {
    main,
    header,
    buttons,
    progress,
    status,
    issuesSection,
    issues,
    summarySection,
    summary,
    units,
    after,
    confirm,
  };
}
