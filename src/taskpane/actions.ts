import {
  clearGeneratedSheets,
  computeAndFill,
  type Fallback,
  type OperationOptions,
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
}

/** Fallbacks worth a sentence; the flicker of screenUpdating is not, createWorkbook is worded by Export itself. */
const MENTIONED: readonly Fallback[] = ["pageLayout", "dropDowns"];

function withFallbacks(text: string, fallbacks: readonly Fallback[], strings: Strings): string {
  const notes = fallbacks.filter((fallback) => MENTIONED.includes(fallback)).map((f) => strings.fallback[f]);
  return [text, ...notes].join(" ");
}

/** The adapter's progress (0–1) drawn into [from, to] of the whole action. */
function options(context: ActionContext, from = 0, to = 1, replaceEditedSheets = false): OperationOptions {
  return {
    today: context.today,
    locale: context.locale,
    replaceEditedSheets,
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
  return {
    status: withFallbacks(text.join(" "), report.fallbacks, strings),
    kind: missing > 0 ? "warning" : "success",
    issues: report.missingColumns,
  };
}

export async function validateAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const outcome = await withEditedSheetsCheck(
    (replace) => validate(options(context, 0, 1, replace)),
    context.ask,
    strings,
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const { result, fallbacks } = outcome.value;
  return {
    status: withFallbacks(strings.validated(result.counts), fallbacks, strings),
    kind: result.counts.error > 0 ? "warning" : "success",
    result,
  };
}

export async function computeAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const outcome = await withEditedSheetsCheck(
    (replace) => computeAndFill(options(context, 0, 1, replace)),
    context.ask,
    strings,
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const { result, fallbacks } = outcome.value;
  const text = strings.computed(result.gifts.count, result.awards.count, result.counts.error);
  return {
    status: withFallbacks(text, fallbacks, strings),
    kind: result.counts.error > 0 ? "warning" : "success",
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
  });
  if (!confirmed) return { status: strings.cancelled, kind: "info" };
  const report = await clearGeneratedSheets({
    locale: context.locale,
    onProgress: options(context).onProgress,
  });
  return report.deleted.length > 0
    ? { status: strings.cleared(report.deleted), kind: "success", forget: true }
    : { status: strings.nothingToClear, kind: "info" };
}
