import { campaignSummary, type CampaignResult, type CampaignSettings } from "../engine";
import {
  EditedSheetsError,
  type EnginePort,
  inProcessEngine,
  OfficeOperationError,
  officeLocale,
  readSnapshot,
  selectIssueCell,
} from "../excel";
import {
  type ActionContext,
  clearAction,
  nextYearAction,
  computeAction,
  exportAction,
  type Outcome,
  reviewAction,
  setUpAction,
  validateAction,
} from "./actions";
import { defaultSettingsFor } from "./campaign-defaults";
import { promisedRoute } from "./delivery";
import { DeliveryPanel, labelExportButton } from "./delivery-panel";
import { saveFile } from "./download-file";
import { deliveryHost, openInBrowser } from "./host-facts";
import { DOCX_TYPE } from "./report-file-name";
import { renderHeader } from "./header";
import { issuePlace } from "./issue-groups";
import { IssueListView } from "./issue-list";
import { buildLayout, type Layout } from "./layout";
import { rising } from "./progress";
import { stringsFor, type ButtonKey, type Strings } from "./strings";
import type { StatusAction } from "./status";
import { renderSummary } from "./summary";
import { applyOfficeTheme } from "./theme";
import { clerkToday } from "./today";
import { renderUnitProgress } from "./unit-progress";
import { factsOf, NEXT_STEP, type WorkbookFacts, type WorkbookState, workbookState } from "./workflow";

type Action = (context: ActionContext) => Promise<Outcome>;

const ACTIONS: Record<ButtonKey, Action> = {
  setup: setUpAction,
  review: reviewAction,
  validate: validateAction,
  compute: computeAction,
  export: exportAction,
  nextYear: nextYearAction,
  clear: clearAction,
};

/** What a clerk reads when something fails: Office errors arrive worded; anything else gets its message only. */
export function errorText(error: unknown, strings: Strings): string {
  if (error instanceof OfficeOperationError || error instanceof EditedSheetsError) return error.message;
  return strings.unexpected(error instanceof Error ? error.message : String(error));
}

function officeTheme(): { bodyBackgroundColor?: string } | undefined {
  try {
    return Office.context?.officeTheme;
  } catch {
    // Hosts without the theme API may throw on access instead of answering undefined.
    return undefined;
  }
}

/** The task pane: renders state, runs one action at a time, and shows what came of it. */
export class TaskPane {
  private readonly locale = officeLocale();
  private readonly strings = stringsFor(this.locale);
  private readonly layout: Layout;
  private readonly issueList: IssueListView;
  private readonly delivery: DeliveryPanel;
  private running = false;
  /** Bumped by every action, so a slower startup read never overwrites an action's fresher result. */
  private generation = 0;
  /** What the last read of the workbook showed; null until one succeeded. */
  private facts: WorkbookFacts | null = null;
  /** Validate, Compute or Export ran on `facts`. */
  private checked = false;
  private reviewPending = false;

  constructor(
    main: HTMLElement,
    private readonly engine: EnginePort = inProcessEngine,
  ) {
    document.documentElement.lang = this.locale;
    document.title = this.strings.documentTitle;
    applyOfficeTheme(document.body, officeTheme());
    this.layout = buildLayout(main, this.strings);
    this.issueList = new IssueListView(this.layout.issues, this.strings, (sheet, cell) =>
      this.selectCell(sheet, cell),
    );
    this.issueList.showPlaceholder(this.strings.issuesNotYet);
    const today = clerkToday();
    this.showSettings(defaultSettingsFor(today, this.locale), today);
    renderUnitProgress(this.layout.units, [], this.strings, false);
    for (const [key, button] of this.layout.buttons) {
      button.addEventListener("click", () => void this.run(key));
    }
    // Export delivery: the buttons that hand the report over sit right under the result line.
    this.delivery = new DeliveryPanel(
      this.strings.delivery,
      (notice) => this.layout.status.show(notice.status, notice.kind),
      (error) => this.layout.status.show(errorText(error, this.strings), "error"),
    );
    this.layout.status.element.insertAdjacentElement("afterend", this.delivery.element);
    labelExportButton(
      this.layout.buttons.get("export"),
      this.strings.delivery.exportHint[promisedRoute(deliveryHost(false))],
    );
    this.showNextStep(true);
    main.setAttribute("aria-busy", "false");
  }

  /** Reads the workbook once without writing anything, for the real dates, the units and the next step. */
  async readAtStartup(): Promise<void> {
    const generation = this.generation;
    const today = clerkToday();
    try {
      const snapshot = await Excel.run((context) => readSnapshot(context));
      const result = await this.engine({
        kind: "campaign",
        snapshot,
        options: { today, locale: this.locale },
      });
      if (generation !== this.generation) return;
      this.showSettings(result.settings, today);
      renderUnitProgress(this.layout.units, result.unitProgress, this.strings, false);
      this.facts = factsOf(result);
      this.showNextStep(true);
    } catch (error) {
      // The defaults stay on screen; the first action reports any real problem in words.
      console.warn("Startup read failed:", error);
    }
  }

  /** The workbook's state, from what the pane knows. */
  get state(): WorkbookState {
    const facts = this.facts ?? { sheetsMissing: false, staffRows: 1, errors: 0 };
    return workbookState(facts, { checked: this.checked, reviewPending: this.reviewPending });
  }

  /** `startedByClick` is false when the ribbon's Export opened the pane and started it (no click to build on). */
  async run(key: ButtonKey, startedByClick = true): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.generation += 1;
    const trigger = this.layout.buttons.get(key) ?? null;
    const { progress, status } = this.layout;
    const action = this.strings.button[key];
    this.setBusy(true, trigger);
    // The previous result goes: what shows while an action runs must not be mistaken for its outcome.
    this.clearResult();
    status.show(this.strings.running(action), "info");
    this.delivery.render(null);
    const today = clerkToday();
    const context: ActionContext = {
      locale: this.locale,
      strings: this.strings,
      ask: (question) => {
        progress.hide();
        return this.layout.confirm.ask(question);
      },
      progress: rising((step, fraction) => progress.show(`${action}: ${this.strings.step[step]}`, fraction)),
      today,
      delivery: deliveryHost(startedByClick),
      ports: {
        renderDocx: async (model) => {
          const { renderReport } = await import(/* webpackChunkName: "export" */ "./export-report");
          return renderReport(model);
        },
        saveFile: (bytes, fileName, picker) => saveFile(bytes, fileName, DOCX_TYPE, { picker }),
        openBrowser: openInBrowser,
        offer: (offer) => this.delivery.render(offer),
      },
      engine: this.engine,
    };
    try {
      const outcome = await ACTIONS[key](context);
      if (outcome.result) this.showResult(outcome.result, today, key === "compute" || key === "export");
      else if (outcome.issues && outcome.issues.length > 0) this.issueList.render(outcome.issues);
      else this.issueList.showPlaceholder(this.strings.issuesNotYet);
      if (outcome.forget) this.forgetResult();
      this.learn(key, outcome);
      status.show(outcome.status, outcome.kind, this.statusActions(outcome));
    } catch (error) {
      console.error(`${key} failed:`, error);
      this.issueList.showPlaceholder(this.strings.issuesNotYet);
      status.show(errorText(error, this.strings), "error");
    } finally {
      progress.hide();
      this.setBusy(false, trigger);
      this.running = false;
      this.showNextStep(false);
      // For anyone waiting on the pane (the e2e suite): how many actions have finished.
      this.layout.main.setAttribute("data-actions-done", String(this.generation));
      const focused = document.activeElement;
      if (trigger && (focused === null || focused === document.body)) trigger.focus();
    }
  }

  /** What an outcome teaches the pane about the workbook. */
  private learn(key: ButtonKey, outcome: Outcome): void {
    if (outcome.result) {
      this.facts = factsOf(outcome.result);
      this.checked = true;
      this.reviewPending = false;
    }
    if (key === "setup") {
      this.facts = { ...(this.facts ?? { staffRows: 0, errors: 0 }), sheetsMissing: false };
    }
    if (outcome.review === "pending") this.reviewPending = true;
    if (outcome.review === "done") this.reviewPending = false;
  }

  /** "Xem lỗi đầu tiên" after a declined draft; "Kiểm tra lại" while errors are listed. */
  private statusActions(outcome: Outcome): StatusAction[] {
    const actions: StatusAction[] = [];
    const first = outcome.firstError;
    if (first) {
      actions.push({
        id: "status-first-error",
        label: `${this.strings.firstError} (${issuePlace(first, this.strings)})`,
        run: () => this.selectCell(first.sheet, first.cell),
      });
    }
    if (outcome.result && outcome.result.counts.error > 0) {
      actions.push({
        id: "status-recheck",
        label: this.strings.recheck,
        run: () => void this.run("validate"),
      });
    }
    return actions;
  }

  /** The primary style on the step that comes next; at startup the message bar also says what to do. */
  private showNextStep(announce: boolean): void {
    const state = this.state;
    const next = NEXT_STEP[state];
    this.layout.main.setAttribute("data-state", state);
    for (const [key, button] of this.layout.buttons) {
      const primary = key === next;
      button.classList.toggle("primary", primary);
      if (primary) button.setAttribute("data-next", "true");
      else button.removeAttribute("data-next");
    }
    if (announce) {
      const kind = state === "empty" || state === "enter-data" || state === "errors" ? "warning" : "info";
      this.layout.status.show(this.strings.stateHint[state], kind);
    }
  }

  private setBusy(busy: boolean, trigger: HTMLButtonElement | null): void {
    this.layout.main.setAttribute("aria-busy", String(busy));
    for (const button of this.layout.buttons.values()) button.disabled = busy;
    trigger?.classList.toggle("running", busy);
  }

  private showSettings(settings: CampaignSettings, today: string): void {
    renderHeader(this.layout.header, settings, today, this.locale, this.strings);
  }

  private showResult(result: CampaignResult, today: string, openSummary: boolean): void {
    this.showSettings(result.settings, today);
    renderSummary(this.layout.summary, campaignSummary(result), this.strings);
    this.layout.summarySection.removeAttribute("hidden");
    // After Validate the issues come first and the figures wait folded; after Compute the figures are the news.
    this.layout.summarySection.open = openSummary;
    this.issueList.render(result.issues);
    renderUnitProgress(this.layout.units, result.unitProgress, this.strings, true);
  }

  private clearResult(): void {
    this.layout.summarySection.setAttribute("hidden", "");
    this.issueList.showPlaceholder(this.strings.issuesRunning);
  }

  /** After the lists are deleted, personal data (names in issue messages) leaves the pane as well. */
  private forgetResult(): void {
    this.layout.summarySection.setAttribute("hidden", "");
    this.layout.summary.textContent = "";
    this.issueList.showPlaceholder(this.strings.issuesNotYet);
    this.checked = false;
  }

  private selectCell(sheet: string, cell: string | null): void {
    if (this.running) return;
    selectIssueCell(sheet, cell, { locale: this.locale }).catch((error: unknown) => {
      console.error("selectIssueCell failed:", error);
      this.layout.status.show(errorText(error, this.strings), "error");
    });
  }
}

/** `?action=export`: the ribbon's Export button opens the pane this way and the export starts at once. */
export function requestedAction(search: string): ButtonKey | null {
  return new URLSearchParams(search).get("action") === "export" ? "export" : null;
}
