import {
  buildReportModel,
  type CampaignOptions,
  type CampaignResult,
  issuesSheet,
  type ReportModel,
  runCampaign,
  type SheetPlan,
  type WorkbookSnapshot,
} from "../engine";
import { generatedSheets } from "../report/generated-sheets";

/**
 * The engine's work for one operation, as plain data in and out: what the adapter hands over once it has read the
 * workbook. Plain data so that it can cross to a Web Worker by structured clone (the pane runs it there and stays
 * responsive at 30 000 staff); the command line, the ribbon and the tests run the same jobs in-process.
 */
export type EngineJob =
  | { readonly kind: "campaign"; readonly snapshot: WorkbookSnapshot; readonly options: CampaignOptions }
  | { readonly kind: "validate"; readonly snapshot: WorkbookSnapshot; readonly options: CampaignOptions }
  | { readonly kind: "compute"; readonly snapshot: WorkbookSnapshot; readonly options: CampaignOptions };

export interface EngineAnswers {
  readonly campaign: CampaignResult;
  /** The result and the `Kiểm tra` sheet to write. */
  readonly validate: { readonly result: CampaignResult; readonly plans: readonly SheetPlan[] };
  /** The result, the report model and the four generated sheets to write. */
  readonly compute: {
    readonly result: CampaignResult;
    readonly model: ReportModel;
    readonly plans: readonly SheetPlan[];
  };
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
  const result = runCampaign(job.snapshot, job.options);
  const locale = job.options.locale ?? "vi";
  let answer: EngineAnswers[EngineJob["kind"]];
  if (job.kind === "campaign") answer = result;
  else if (job.kind === "validate") answer = { result, plans: [issuesSheet(result, locale)] };
  else {
    onStage("computing");
    const model = buildReportModel(result);
    answer = { result, model, plans: generatedSheets(result, model, { locale, draft: model.draft }) };
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
