import { el } from "./dom";
import { ConfirmDialog } from "./confirm";
import { ProgressView } from "./progress";
import { StatusView } from "./status";
import type { ButtonKey, Strings } from "./strings";

/** The action buttons in tab order, with the ids the e2e tests and the docs refer to. */
export const BUTTONS: readonly {
  readonly key: ButtonKey;
  readonly id: string;
  readonly primary?: boolean;
}[] = [
  { key: "setup", id: "btn-setup" },
  { key: "validate", id: "btn-validate" },
  { key: "compute", id: "btn-compute" },
  { key: "export", id: "btn-export", primary: true },
  { key: "clear", id: "btn-clear" },
];

export interface Layout {
  readonly main: HTMLElement;
  readonly header: HTMLElement;
  readonly buttons: ReadonlyMap<ButtonKey, HTMLButtonElement>;
  readonly progress: ProgressView;
  readonly status: StatusView;
  readonly summarySection: HTMLElement;
  readonly summary: HTMLElement;
  readonly issues: HTMLElement;
  readonly units: HTMLElement;
  readonly confirm: ConfirmDialog;
}

function section(id: string, heading: string, content: HTMLElement, hidden = false): HTMLElement {
  return el("section", { class: `panel panel-${id}`, "aria-labelledby": `${id}-heading`, hidden }, [
    el("h2", { id: `${id}-heading` }, [heading]),
    content,
  ]);
}

/**
 * Builds the pane inside <main id="app">: header, actions with progress and status, summary, issues, units;
 * the confirm dialog goes after <main> so that hiding <main> from screen readers leaves the dialog readable.
 */
export function buildLayout(main: HTMLElement, strings: Strings): Layout {
  const buttons = new Map<ButtonKey, HTMLButtonElement>();
  const buttonList = el("div", { class: "action-buttons" });
  for (const { key, id, primary } of BUTTONS) {
    const hintId = `${id}-hint`;
    const button = el(
      "button",
      {
        type: "button",
        id,
        class: `button${primary ? " primary" : ""}${key === "clear" ? " subtle" : ""}`,
        "aria-describedby": hintId,
        title: strings.buttonHint[key],
      },
      [strings.button[key]],
    );
    buttons.set(key, button);
    buttonList.appendChild(button);
    buttonList.appendChild(el("span", { id: hintId, class: "visually-hidden" }, [strings.buttonHint[key]]));
  }
  const progress = new ProgressView(strings.progressLabel);
  const status = new StatusView(strings.ready);
  const header = el("header", { id: "campaign", class: "campaign" });
  const summary = el("dl", { id: "summary", class: "summary" });
  const summarySection = section("summary", strings.summaryHeading, summary, true);
  const issues = el("div", { id: "issues", class: "issues" });
  const units = el("div", { id: "units", class: "units" });

  main.textContent = "";
  main.appendChild(header);
  main.appendChild(
    el("section", { class: "panel panel-actions", "aria-labelledby": "actions-heading" }, [
      el("h2", { id: "actions-heading", class: "visually-hidden" }, [strings.actionsHeading]),
      buttonList,
      progress.element,
      status.element,
    ]),
  );
  main.appendChild(summarySection);
  main.appendChild(section("issues", strings.issuesHeading, issues));
  main.appendChild(section("units", strings.unitsHeading, units));

  const confirm = new ConfirmDialog(main);
  main.insertAdjacentElement("afterend", confirm.element);
  return { main, header, buttons, progress, status, summarySection, summary, issues, units, confirm };
}
