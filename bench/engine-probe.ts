import { readFileSync } from "node:fs";
import { nodeZipCodec } from "../src/cli/node-zip-codec";
import { buildReportModel, runCampaign } from "../src/engine";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { OPTIONS } from "./report-date";

/**
 * `node dist-cli/bench/engine-probe.js <tracker.xlsx> <runs> <warm-ups>`: the engine timed in a process of its own,
 * on the values the command line reads from that file, as both faces run it — the command line in its process, the
 * task pane in its engine worker, each with a heap of its own. Prints the run times in ms as a JSON array.
 */
const [file, runs, warmUps] = process.argv.slice(2);
const snapshot = readWorkbook(readFileSync(file), nodeZipCodec).snapshot;
const once = (): number => {
  const start = performance.now();
  buildReportModel(runCampaign(snapshot, OPTIONS));
  return performance.now() - start;
};
for (let i = 0; i < Number(warmUps); i += 1) once();
process.stdout.write(JSON.stringify(Array.from({ length: Number(runs) }, once)));
