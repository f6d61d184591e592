import type { CampaignResult } from "../engine";
import { type EngineAnswers, type EngineJob, runEngineJob } from "../excel/engine-port";

/** The messages between the pane and its engine worker, and how the worker answers one (engine-worker.ts). */

export interface EngineRequest {
  readonly id: number;
  readonly job: EngineJob;
}

export type EngineReply =
  | { readonly id: number; readonly stage: "computing" }
  | { readonly id: number; readonly answer: unknown }
  | { readonly id: number; readonly error: string };

/**
 * The answer as structured clone can carry it: the children's rows hold a `cell(header)` helper for issues found
 * after reading, which only the engine calls (functions cannot cross to the pane). Everything else is plain data.
 */
export function cloneableAnswer(answer: EngineAnswers[EngineJob["kind"]]): unknown {
  const plain = (result: CampaignResult): CampaignResult => ({
    ...result,
    children: {
      ...result.children,
      // Typed as the engine's rows; the pane never calls `cell` (test/taskpane/engine-worker.test.ts holds it to
      // structured clone, so a new function field fails there first).
      entries: result.children.entries.map(
        ({ cell: _helper, ...entry }) => entry,
      ) as unknown as CampaignResult["children"]["entries"],
    },
  });
  return "result" in answer ? { ...answer, result: plain(answer.result) } : plain(answer);
}

/** Answers one request; `post` sends each reply (a stage, then the answer or the error). */
export function answerRequest(request: EngineRequest, post: (reply: EngineReply) => void): void {
  const { id, job } = request;
  try {
    const answer = runEngineJob(job, (stage) => {
      if (stage === "computing") post({ id, stage });
    });
    post({ id, answer: cloneableAnswer(answer) });
  } catch (error) {
    post({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
