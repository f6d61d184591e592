export const DEFAULT_SIZES = [100, 1_000, 10_000, 30_000] as const;

export interface BenchOptions {
  /** Staff counts of the synthetic trackers. */
  readonly sizes: readonly number[];
  /** One JSON object on stdout instead of tables (progress still goes to stderr). */
  readonly json: boolean;
  /** Rebuild the pane (`npm run build`) when dist/ is missing or older than its sources. */
  readonly build: boolean;
  /** Also profile `action-month report` on the largest size (node --cpu-prof) and time its phases. */
  readonly profile: boolean;
}

export const BENCH_USAGE = `npm run bench -- [--sizes 100,1000] [--json] [--no-build] [--profile]`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let sizes: readonly number[] = DEFAULT_SIZES;
  let json = false;
  let build = true;
  let profile = false;
  for (let i = 0; i < argv.length; i += 1) {
    const [name, inline] = argv[i].split("=", 2);
    if (name === "--json") json = true;
    else if (name === "--no-build") build = false;
    else if (name === "--profile") profile = true;
    else if (name === "--sizes") {
      const value = inline ?? argv[++i] ?? "";
      sizes = value.split(",").map((text) => Number(text.replace(/[_\s]/g, "")));
      if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1))
        throw new Error(`--sizes takes staff counts like 100,1000, not "${value}".`);
    } else throw new Error(`Unknown option ${argv[i]}. Usage: ${BENCH_USAGE}`);
  }
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), json, build, profile };
}
