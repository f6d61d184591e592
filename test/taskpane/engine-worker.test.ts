import { type EngineJob, inProcessEngine, runEngineJob } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { answerRequest, type EngineReply, type EngineRequest } from "../../src/taskpane/engine-protocol";
import { workerEngine, type WorkerLike } from "../../src/taskpane/engine-worker-client";

const options = { today: "2024-07-05", locale: "vi" as const };
const job = <K extends EngineJob["kind"]>(kind: K) =>
  ({ kind, snapshot: sampleWorkbook(), options }) as Extract<EngineJob, { kind: K }>;

/**
 * The worker's two ends in this thread: every message crosses by structured clone, as between the pane and its
 * Web Worker, so a function or class in an answer fails here as it would in the browser.
 */
function inProcessWorker(): WorkerLike & { readonly posted: EngineRequest[] } {
  const posted: EngineRequest[] = [];
  const worker: WorkerLike & { posted: EngineRequest[] } = {
    posted,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      posted.push(message);
      const request = structuredClone(message);
      queueMicrotask(() =>
        answerRequest(request, (reply: EngineReply) =>
          worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<EngineReply>),
        ),
      );
    },
  };
  return worker;
}

describe("the engine in its worker", () => {
  it.each(["campaign", "validate", "compute"] as const)(
    "answers a %s job with what the in-process engine answers, but for the rows' cell helper",
    async (kind) => {
      const stages: string[] = [];
      const viaWorker = await workerEngine(inProcessWorker(), inProcessEngine)(job(kind), (stage) =>
        stages.push(stage),
      );
      const direct = runEngineJob(job(kind));
      // Functions do not cross to the pane: the rows arrive as data (structuredClone would have thrown).
      expect(JSON.parse(JSON.stringify(viaWorker))).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(stages).toEqual(kind === "compute" ? ["computing"] : []);
    },
  );

  it("reports an engine failure as a rejected job carrying the engine's message", async () => {
    const broken = { ...job("campaign"), snapshot: { sheets: null } } as unknown as EngineJob;
    const thrown = (() => {
      try {
        runEngineJob(broken);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("the broken job should throw in-process");
    })();
    await expect(workerEngine(inProcessWorker(), inProcessEngine)(broken)).rejects.toThrow(thrown);
  });

  it("runs the jobs in the pane once the worker cannot load, with the same answers", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const worker = inProcessWorker();
    worker.postMessage = () => undefined;
    const engine = workerEngine(worker, inProcessEngine);
    const pending = engine(job("validate"));
    worker.onerror?.({ message: "blocked by policy" } as ErrorEvent);
    const answer = await pending;
    expect(answer.result.counts).toEqual(runEngineJob(job("validate")).result.counts);
    await expect(engine(job("campaign"))).resolves.toMatchObject({ counts: answer.result.counts });
  });
});
