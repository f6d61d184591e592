import type { EngineAnswers, EngineJob, EnginePort, EngineStage } from "../excel";
import type { EngineReply, EngineRequest } from "./engine-protocol";

/** What the client needs of a Worker: a test passes an in-process stand-in with the same two ends. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: EngineRequest): void;
}

interface Pending {
  readonly job: EngineJob;
  readonly resolve: (answer: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onStage?: (stage: EngineStage) => void;
}

/**
 * The engine port over a Web Worker: each job goes out as a message (structured clone of the snapshot), stages and
 * the answer come back. One job at a time is all the pane asks for, but ids keep replies with their requests.
 * A worker that cannot load (a host whose policy refuses it) hands its jobs, and every later one, to `fallback`:
 * slower to paint, same answers.
 */
export function workerEngine(worker: WorkerLike, fallback: EnginePort): EnginePort {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let broken = false;
  worker.onmessage = (event) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if ("stage" in reply) {
      waiting.onStage?.(reply.stage);
      return;
    }
    pending.delete(reply.id);
    if ("error" in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.answer);
  };
  worker.onerror = (event) => {
    console.warn("Engine worker failed; running the engine in the pane:", event.message);
    broken = true;
    for (const waiting of pending.values()) {
      fallback(waiting.job, waiting.onStage).then(waiting.resolve, waiting.reject);
    }
    pending.clear();
  };
  return <K extends EngineJob["kind"]>(
    job: Extract<EngineJob, { kind: K }>,
    onStage?: (stage: EngineStage) => void,
  ): Promise<EngineAnswers[K]> =>
    broken
      ? fallback(job, onStage)
      : new Promise<EngineAnswers[K]>((resolve, reject) => {
          nextId += 1;
          pending.set(nextId, { job, resolve: resolve as (answer: unknown) => void, reject, onStage });
          worker.postMessage({ id: nextId, job });
        });
}
