import { buildReportModel, runCampaign, type WorkbookSnapshot } from "../src/engine";
import { OPTIONS } from "./round-trips";
import { median, round, timed } from "./stats";

/**
 * The engine alone on in-memory matrices: validation and the lists (`runCampaign`) and the report model
 * (`buildReportModel`), as every face runs them. `warmUp`: one unmeasured run first, so the JIT has seen the code
 * (needed once per process).
 */
export async function engineMs(snapshot: WorkbookSnapshot, runs: number, warmUp = true): Promise<number> {
  const once = (): void => {
    buildReportModel(runCampaign(snapshot, OPTIONS));
  };
  if (warmUp) once();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await timed(once));
  return round(median(times));
}
