import { promises as fs } from "node:fs";
import path from "node:path";

/** The parts of V8's `.cpuprofile` (node --cpu-prof) that self time needs. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface HotFunction {
  /** `name (file:line)`, the file relative to the repository or node_modules. */
  readonly name: string;
  readonly selfMs: number;
  readonly percent: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly top: readonly HotFunction[];
  /** Self time by where the code lives: `saxes`, `fflate`, `src/engine`, `(garbage collector)`… */
  readonly byArea: readonly { readonly area: string; readonly selfMs: number; readonly percent: number }[];
}

const shortFile = (url: string): string => {
  const file = url.replace(/^file:\/\//, "");
  const modules = file.lastIndexOf("node_modules/");
  if (modules >= 0) return file.slice(modules + "node_modules/".length);
  const dist = file.indexOf("dist-cli/");
  return dist >= 0 ? file.slice(dist + "dist-cli/".length) : file;
};

function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const file = shortFile(url);
  if (file === url.replace(/^file:\/\//, "")) return path.basename(file);
  const parts = file.split("/");
  return parts[0] === "src"
    ? `${parts[0]}/${parts[1]}`
    : parts[0].startsWith("@")
      ? `${parts[0]}/${parts[1]}`
      : parts[0];
}

/** Self time per function (summed over the profile's samples), the heaviest first. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const name = url
      ? `${functionName || "(anonymous)"} (${shortFile(url)}:${lineNumber + 1})`
      : functionName || "(anonymous)";
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  }
  const ms = (us: number): number => Math.round(us / 100) / 10;
  const percent = (us: number): number => Math.round((1000 * us) / totalUs) / 10;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: ms(totalUs),
    top: sorted(byFunction)
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: ms(us), percent: percent(us) })),
    byArea: sorted(byArea)
      .slice(0, 10)
      .map(([area, us]) => ({ area, selfMs: ms(us), percent: percent(us) })),
  };
}

/** Summarises the one `.cpuprofile` that `node --cpu-prof --cpu-prof-dir=<dir>` wrote. */
export async function summariseProfileDir(dir: string, top = 15): Promise<ProfileSummary> {
  const [file] = (await fs.readdir(dir)).filter((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`No .cpuprofile in ${dir}.`);
  return summariseProfile(JSON.parse(await fs.readFile(path.join(dir, file), "utf8")) as CpuProfile, top);
}
