import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./command-line";
import { median, round } from "./stats";

const PROBE = path.join(ROOT, "dist-cli", "bench", "engine-probe.js");
/** At province scale the JIT has settled by the third run: two are left out. */
const WARM_UPS = 2;

/**
 * The engine alone — validation and the lists (`runCampaign`) and the report model (`buildReportModel`) — on the
 * values the command line reads from `file`, in a process of its own (engine-probe.ts): as each face runs it, the
 * command line in its process and the task pane in its engine worker, not beside the bench's own data (the Excel
 * fake and the synthetic rosters, whose heap slowed every collection). Median of `runs`, after two warm-ups.
 */
export async function engineMs(file: string, runs: number): Promise<number> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [PROBE, file, String(runs), String(WARM_UPS)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`engine probe exit ${code}`))));
  });
  return round(median(JSON.parse(output) as number[]));
}
