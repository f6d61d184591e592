import { requestedAction, TaskPane } from "./app";

// Entry point of taskpane.html. Everything heavy (the .docx renderer) loads on demand; see export-report.ts.
Office.onReady(() => {
  const main = document.getElementById("app");
  if (main == null) return;
  const pane = new TaskPane(main);
  const action = requestedAction(window.location.search);
  if (action) void pane.run(action, false);
  else void pane.readAtStartup();
});
