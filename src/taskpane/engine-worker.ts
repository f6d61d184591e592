import { answerRequest, type EngineReply, type EngineRequest } from "./engine-protocol";

/**
 * The engine's Web Worker (its own bundle, built by webpack from `new Worker(new URL(...))` in engine-worker-url.js):
 * runs one job per message so the pane keeps painting its progress while 30 000 staff are checked. Pure engine code
 * only; no Office.js here (it is not loaded in workers).
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply): void;
}

// In a worker, `self` is the worker's global scope (typed here by hand: the project's lib is the DOM's).
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => answerRequest(event.data, (reply) => scope.postMessage(reply));
