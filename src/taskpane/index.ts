import { type EnginePort, inProcessEngine } from "../excel";
import { requestedAction, TaskPane } from "./app";
import { workerEngine } from "./engine-worker-client";
import { startEngineWorker } from "./engine-worker-url";

/** The engine in its Web Worker, or in the pane where the host cannot start one. */
function paneEngine(): EnginePort {
  try {
    return workerEngine(startEngineWorker(), inProcessEngine);
  } catch (error) {
    console.warn("No engine worker; running the engine in the pane:", error);
    return inProcessEngine;
  }
}

// Entry point of taskpane.html. Everything heavy (the .docx renderer) loads on demand; see export-report.ts.
Office.onReady(() => {
  const main = document.getElementById("app");
  if (main == null) return;
  const pane = new TaskPane(main, paneEngine());
  const action = requestedAction(window.location.search);
  if (action) void pane.run(action, false);
  else void pane.readAtStartup();
});
