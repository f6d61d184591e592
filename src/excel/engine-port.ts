import {
  buildReportModel,
  type CampaignOptions,
  type CampaignResult,
  issuesSheet,
  planStamp,
  type ReportModel,
  runCampaign,
  type SheetPlan,
  type WorkbookSnapshot,
} from "../engine";
import { generatedSheets } from "../report/generated-sheets";
import { plansWithinBudget } from "./issue-budget";
import { sheetPlanOps } from "./plan-ops";
import type { SheetOp } from "./sheet-ops";

/**
 * The engine's work for one operation, as plain data in and out: what the adapter hands over once it has read the
 * workbook. Plain data so that it can cross to a Web Worker by structured clone (the pane runs it there and stays
 * responsive at 30 000 staff); the command line, the ribbon and the tests run the same jobs in-process.
 */
export interface JobOptions extends CampaignOptions {
  /** The host can set page layout (ExcelApi 1.9): the sheets' ops include it. */
  readonly pageLayout?: boolean;
}

export type EngineJob =
  | { readonly kind: "campaign"; readonly snapshot: WorkbookSnapshot; readonly options: JobOptions }
  | { readonly kind: "validate"; readonly snapshot: WorkbookSnapshot; readonly options: JobOptions }
  | { readonly kind: "compute"; readonly snapshot: WorkbookSnapshot; readonly options: JobOptions };

/**
 * A generated sheet ready to write: its Office operations and its stamp. Turning a plan into operations is the
 * costliest step after the engine (0.75 s for the large preview roster), so it runs with the engine, off the pane.
 */
export interface PreparedSheet {
  readonly name: string;
  readonly ops: readonly SheetOp[];
  readonly stamp: string;
}

export interface EngineAnswers {
  readonly campaign: CampaignResult;
  /** The result and the `Kiểm tra` sheet to write. */
  readonly validate: { readonly result: CampaignResult; readonly sheets: readonly PreparedSheet[] };
  /** The result, the report model and the four generated sheets to write. */
  readonly compute: {
    readonly result: CampaignResult;
    readonly model: ReportModel;
    /** The plans themselves, for Export's new workbook (plain data: they cross the worker boundary). */
    readonly plans: readonly SheetPlan[];
    readonly sheets: readonly PreparedSheet[];
  };
}

/** Plans as the adapter writes them (plan-ops.ts) and stamps them (sheet-stamp.ts). */
export function prepareSheets(plans: readonly SheetPlan[], pageLayout: boolean): PreparedSheet[] {
  return plans.map((plan) => ({
    name: plan.name,
    ops: sheetPlanOps(plan, { pageLayout }),
    stamp: planStamp(plan),
  }));
}

export type EngineJobOf<K extends EngineJob["kind"]> = Extract<EngineJob, { kind: K }>;

/** A stage inside a job the pane paints: the check, then the lists and report. */
export type EngineStage = "checking" | "computing";

/** Runs a job; `onStage` hears when the lists and report start, after the check. */
export type EnginePort = <K extends EngineJob["kind"]>(
  job: EngineJobOf<K>,
  onStage?: (stage: EngineStage) => void,
) => Promise<EngineAnswers[K]>;

/** The jobs themselves: pure and synchronous, the same wherever they run. */
export function runEngineJob<K extends EngineJob["kind"]>(
  job: EngineJobOf<K>,
  onStage: (stage: EngineStage) => void = () => undefined,
): EngineAnswers[K] {
  const { today, locale = "vi", pageLayout = true } = job.options;
  const result = runCampaign(job.snapshot, { today, locale });
  let answer: EngineAnswers[EngineJob["kind"]];
  if (job.kind === "campaign") answer = result;
  else if (job.kind === "validate") {
    const plans = plansWithinBudget((listed) => [issuesSheet(result, locale, listed)], result.issues.length, {
      pageLayout,
    });
    answer = { result, sheets: prepareSheets(plans, pageLayout) };
  } else {
    onStage("computing");
    const model = buildReportModel(result);
    const plans = plansWithinBudget(
      (listed) => generatedSheets(result, model, { locale, draft: model.draft, listedIssues: listed }),
      result.issues.length,
      { pageLayout },
    );
    answer = { result, model, plans, sheets: prepareSheets(plans, pageLayout) };
  }
  return answer as EngineAnswers[K];
}

/** In this thread: the command line's and the tests' engine, and the pane's where a Worker cannot start. */
export const inProcessEngine: EnginePort = (job, onStage) => {
  try {
    return Promise.resolve(runEngineJob(job, onStage));
  } catch (error) {
    return Promise.reject(error);
  }
};
