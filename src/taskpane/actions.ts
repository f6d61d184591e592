import {
  clearGeneratedSheets,
  computeAndFill,
  type EnginePort,
  type Fallback,
  openSettings,
  type OperationOptions,
  prepareNextYear,
  setUp,
  validate,
} from "../excel";
import type { CampaignResult, Issue, IsoDate, Locale } from "../engine";
import type { Ask } from "./confirm";
import type { DeliveryHost } from "./delivery";
import { withEditedSheetsCheck } from "./edited-sheets";
import type { DeliveryPorts } from "./export-flow";
import type { StatusKind } from "./status";
import type { PaneStep, Strings } from "./strings";

export { exportAction } from "./export-flow";

/** Everything an action needs from the pane, so the flows run (and are tested) without a DOM. */
export interface ActionContext {
  readonly locale: Locale;
  readonly strings: Strings;
  readonly ask: Ask;
  readonly progress: (step: PaneStep, fraction: number) => void;
  /** Read once per action, at its start: the clerk's calendar day. */
  readonly today: IsoDate;
  /** The host as Export sees it (host-facts.ts), read when the action starts. */
  readonly delivery: DeliveryHost;
  /** How Export builds the .docx and hands it over (export-flow.ts). */
  readonly ports: DeliveryPorts;
  /** The pane's Web Worker; in-process when absent (tests) or when the host cannot start one. */
  readonly engine?: EnginePort;
}

/** What the pane shows after an action: the status sentence and, when the engine ran, its result. */
export interface Outcome {
  readonly status: string;
  readonly kind: StatusKind;
  readonly result?: CampaignResult;
  /** Issues to list when there is no full result (Set up's missing columns). */
  readonly issues?: readonly Issue[];
  /** The generated sheets are gone: the pane forgets the names and figures it showed from them too. */
  readonly forget?: boolean;
  /** Set up opened `Cấu hình` for review / the clerk reviewed it. */
  readonly review?: "pending" | "done";
  /** Export declined: the error the status line links to. */
  readonly firstError?: Issue;
}

/** Fallbacks worth a sentence; the flicker of screenUpdating is not, createWorkbook is worded by Export itself. */
const MENTIONED: readonly Fallback[] = ["pageLayout", "dropDowns"];

function withFallbacks(text: string, fallbacks: readonly Fallback[], strings: Strings): string {
  const notes = fallbacks.filter((fallback) => MENTIONED.includes(fallback)).map((f) => strings.fallback[f]);
  return [text, ...notes].join(" ");
}

/** The adapter's progress (0–1) drawn into [from, to] of the whole action. */
export function options(
  context: ActionContext,
  from = 0,
  to = 1,
  replaceEditedSheets = false,
): OperationOptions {
  return {
    today: context.today,
    locale: context.locale,
    replaceEditedSheets,
    engine: context.engine,
    onProgress: (step, fraction) => context.progress(step, from + (to - from) * fraction),
  };
}

export async function setUpAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const outcome = await withEditedSheetsCheck(
    (replace) => setUp(options(context, 0, 1, replace)),
    context.ask,
    strings,
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const report = outcome.value;
  const missing = report.missingColumns.length;
  const text = [strings.setUpDone(report.created, report.existing.length)];
  if (missing > 0) text.push(strings.missingColumns(missing));
  if (report.settingsOpened) text.push(strings.reviewSettings);
  return {
    status: withFallbacks(text.join(" "), report.fallbacks, strings),
    kind: missing > 0 ? "warning" : "success",
    issues: report.missingColumns,
    review: report.settingsOpened ? "pending" : undefined,
  };
}

/** The review step: `Cấu hình` to the front with its agency selected, for the clerk to check the plan's defaults. */
export async function reviewAction(context: ActionContext): Promise<Outcome> {
  await openSettings({ locale: context.locale });
  return { status: context.strings.reviewOpened, kind: "info", review: "done" };
}

/** No staff row: whatever the engine counted, nothing was checked or reported, so this is never a success. */
export const rosterEmpty = (result: CampaignResult): boolean => result.staff.rows === 0;

export async function validateAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const outcome = await withEditedSheetsCheck(
    (replace) => validate(options(context, 0, 1, replace)),
    context.ask,
    strings,
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const { result, fallbacks } = outcome.value;
  const text = rosterEmpty(result) ? strings.rosterEmpty : strings.validated(result.counts);
  return {
    status: withFallbacks(text, fallbacks, strings),
    kind: result.counts.error > 0 || rosterEmpty(result) ? "warning" : "success",
    result,
  };
}

export async function computeAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const outcome = await withEditedSheetsCheck(
    (replace) => computeAndFill({ ...options(context, 0, 1, replace), activateReport: true }),
    context.ask,
    strings,
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const { result, fallbacks } = outcome.value;
  const text = rosterEmpty(result)
    ? strings.rosterEmpty
    : strings.computed(result.gifts.count, result.awards.count, result.counts.error);
  return {
    status: withFallbacks(text, fallbacks, strings),
    kind: result.counts.error > 0 || rosterEmpty(result) ? "warning" : "success",
    result,
  };
}

/** After the campaign: deletes the generated sheets (personal data), once the clerk has confirmed. */
export async function clearAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const confirmed = await context.ask({
    title: strings.clearTitle,
    message: strings.clearQuestion,
    yes: strings.clearYes,
    no: strings.clearNo,
    danger: true,
  });
  if (!confirmed) return { status: strings.cancelled, kind: "info" };
  const outcome = await withEditedSheetsCheck(
    (replace) =>
      clearGeneratedSheets({
        locale: context.locale,
        onProgress: options(context).onProgress,
        replaceEditedSheets: replace,
      }),
    context.ask,
    strings,
    // Edited by hand since the add-in wrote them: deleting loses that work too, so the clerk says so once more.
    (sheets) => ({
      title: strings.editedTitle,
      message: strings.editedDeleteQuestion(sheets),
      yes: strings.clearYes,
      no: strings.clearNo,
      danger: true,
    }),
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const report = outcome.value;
  return report.deleted.length > 0
    ? { status: strings.cleared(report.deleted), kind: "success", forget: true }
    : { status: strings.nothingToClear, kind: "info" };
}

// Next year
/**
 * After the campaign: next year's tracker opened as a new workbook (this one is only read and stays as the year's
 * record); the clerk saves it under a new name and reviews the marked settings. No question first: nothing here
 * is changed or deleted.
 */
export async function nextYearAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const report = await prepareNextYear({ locale: context.locale, onProgress: options(context).onProgress });
  if (!report.opened || report.year === null)
    return { status: strings.nextYear.unsupported, kind: "warning" };
  return { status: strings.nextYear.opened(report.year, report.reviewed.length), kind: "success" };
}
