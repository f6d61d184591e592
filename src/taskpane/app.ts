import { campaignSummary, type CampaignResult, type CampaignSettings, runCampaign } from "../engine";
import {
  EditedSheetsError,
  OfficeOperationError,
  officeLocale,
  readSnapshot,
  selectIssueCell,
} from "../excel";
import {
  type ActionContext,
  clearAction,
  computeAction,
  exportAction,
  type Outcome,
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
import { IssueListView } from "./issue-list";
import { buildLayout, type Layout } from "./layout";
import { rising } from "./progress";
import { stringsFor, type ButtonKey, type Strings } from "./strings";
import { renderSummary } from "./summary";
import { applyOfficeTheme } from "./theme";
import { clerkToday } from "./today";
import { renderUnitProgress } from "./unit-progress";

type Action = (context: ActionContext) => Promise<Outcome>;

const ACTIONS: Record<ButtonKey, Action> = {
  setup: setUpAction,
  validate: validateAction,
  compute: computeAction,
  export: exportAction,
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

  constructor(main: HTMLElement) {
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
    renderUnitProgress(this.layout.units, [], this.strings);
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
    main.setAttribute("aria-busy", "false");
  }

  /** Reads the workbook once without writing anything, for the real dates and the units' progress. */
  async readAtStartup(): Promise<void> {
    const generation = this.generation;
    const today = clerkToday();
    try {
      const snapshot = await Excel.run((context) => readSnapshot(context));
      const result = runCampaign(snapshot, { today, locale: this.locale });
      if (generation !== this.generation) return;
      this.showSettings(result.settings, today);
      renderUnitProgress(this.layout.units, result.unitProgress, this.strings);
    } catch (error) {
      // The defaults stay on screen; the first action reports any real problem in words.
      console.warn("Startup read failed:", error);
    }
  }

  /** `startedByClick` is false when the ribbon's Export opened the pane and started it (no click to build on). */
  async run(key: ButtonKey, startedByClick = true): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.generation += 1;
    const trigger = this.layout.buttons.get(key) ?? null;
    const { progress, status } = this.layout;
    this.setBusy(true);
    this.delivery.render(null);
    const today = clerkToday();
    const context: ActionContext = {
      locale: this.locale,
      strings: this.strings,
      ask: (question) => {
        progress.hide();
        return this.layout.confirm.ask(question);
      },
      progress: rising((step, fraction) => progress.show(this.strings.step[step], fraction)),
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
    };
    try {
      const outcome = await ACTIONS[key](context);
      if (outcome.result) this.showResult(outcome.result, today);
      else if (outcome.issues && outcome.issues.length > 0) this.issueList.render(outcome.issues);
      if (outcome.forget) this.forgetResult();
      status.show(outcome.status, outcome.kind);
    } catch (error) {
      console.error(`${key} failed:`, error);
      status.show(errorText(error, this.strings), "error");
    } finally {
      progress.hide();
      this.setBusy(false);
      this.running = false;
      const focused = document.activeElement;
      if (trigger && (focused === null || focused === document.body)) trigger.focus();
    }
  }

  private setBusy(busy: boolean): void {
    this.layout.main.setAttribute("aria-busy", String(busy));
    for (const button of this.layout.buttons.values()) button.disabled = busy;
  }

  private showSettings(settings: CampaignSettings, today: string): void {
    renderHeader(this.layout.header, settings, today, this.locale, this.strings);
  }

  private showResult(result: CampaignResult, today: string): void {
    this.showSettings(result.settings, today);
    renderSummary(this.layout.summary, campaignSummary(result), this.strings);
    this.layout.summarySection.removeAttribute("hidden");
    this.issueList.render(result.issues);
    renderUnitProgress(this.layout.units, result.unitProgress, this.strings);
  }

  /** After the lists are deleted, personal data (names in issue messages) leaves the pane as well. */
  private forgetResult(): void {
    this.layout.summarySection.setAttribute("hidden", "");
    this.layout.summary.textContent = "";
    this.issueList.showPlaceholder(this.strings.issuesNotYet);
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
