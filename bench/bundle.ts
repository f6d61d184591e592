import { spawn } from "node:child_process";
import { existsSync, promises as fs, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./command-line";

const DIST = path.join(ROOT, "dist");
/** What the pane's bundle is built from: a change in any of these makes dist/ stale. */
const SOURCES = ["src", "webpack.config.js", "tsconfig.webpack.json", "package-lock.json"];
/** The command line is not in the pane's bundle. */
const NOT_BUNDLED = [path.join(ROOT, "src", "cli")];

export interface BundleSizes {
  /** gzip (zlib's default level, as a web server sends it) of the scripts taskpane.html loads, office.js excepted. */
  readonly initialGzipBytes: number;
  readonly initialFiles: readonly string[];
  /** dist/export.*.js gzipped; null when the build has no such chunk (see `exportChunkNote`). */
  readonly exportChunkGzipBytes: number | null;
  readonly exportChunkNote: string | null;
  /** Every other script of dist/ that no page loads at start: chunks fetched on demand. */
  readonly lazyChunks: readonly { readonly file: string; readonly gzipBytes: number }[];
  readonly built: boolean;
}

async function newestMtime(target: string): Promise<number> {
  if (NOT_BUNDLED.includes(target) || !existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(target);
  const times = await Promise.all(entries.map((entry) => newestMtime(path.join(target, entry))));
  return Math.max(stat.mtimeMs, ...times);
}

/** True when dist/taskpane.html is missing or older than anything the bundle is built from. */
export async function distIsStale(): Promise<boolean> {
  const html = path.join(DIST, "taskpane.html");
  if (!existsSync(html)) return true;
  const sources = await Promise.all(SOURCES.map((source) => newestMtime(path.join(ROOT, source))));
  return statSync(html).mtimeMs < Math.max(...sources);
}

/** `npm run build` (webpack, production), its output shown only when it fails. */
export function buildPane(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code}):\n${output}`)),
    );
  });
}

const gzipBytes = async (file: string): Promise<number> =>
  gzipSync(await fs.readFile(path.join(DIST, file))).length;

/** The local scripts an HTML page loads (`<script src>`), CDN ones (office.js) left out. */
async function scriptsOf(page: string): Promise<string[]> {
  if (!existsSync(path.join(DIST, page))) return [];
  const html = await fs.readFile(path.join(DIST, page), "utf8");
  // html-webpack-plugin minifies production pages: attribute quotes may be gone.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(https?:)?\/\//.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

export async function bundleSizes(options: {
  readonly build: boolean;
  readonly onBuild?: () => void;
}): Promise<BundleSizes> {
  let built = false;
  if (options.build && (await distIsStale())) {
    options.onBuild?.();
    await buildPane();
    built = true;
  }
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run npm run build (or drop --no-build).");
  const initialFiles = await scriptsOf("taskpane.html");
  const initialGzipBytes = (await Promise.all(initialFiles.map(gzipBytes))).reduce((a, b) => a + b, 0);
  const loadedAtStart = new Set([...initialFiles, ...(await scriptsOf("commands.html"))]);
  // A lazy chunk is one the pane's runtime can fetch: its content hash is in the initial scripts. Others are
  // leftovers of earlier builds.
  const runtime = (
    await Promise.all(initialFiles.map((file) => fs.readFile(path.join(DIST, file), "utf8")))
  ).join("");
  const hashOf = (file: string): string | undefined => /\.([0-9a-f]{16,})\.js$/.exec(file)?.[1];
  const lazy = (await fs.readdir(DIST))
    .filter((file) => file.endsWith(".js") && !loadedAtStart.has(file))
    .filter((file) => {
      const hash = hashOf(file);
      return hash === undefined || runtime.includes(hash);
    })
    .sort();
  const exportFiles = lazy.filter((file) => /^export\.[^/]*\.js$/.test(file));
  const lazyChunks = await Promise.all(
    lazy
      .filter((file) => !exportFiles.includes(file))
      .map(async (file) => ({ file, gzipBytes: await gzipBytes(file) })),
  );
  const exportChunkGzipBytes =
    exportFiles.length > 0
      ? (await Promise.all(exportFiles.map(gzipBytes))).reduce((a, b) => a + b, 0)
      : null;
  const exportChunkNote =
    exportFiles.length > 0
      ? null
      : lazy.length === 0
        ? "no dist/export.*.js: the build has no lazily loaded chunk (the pane does not import the export path yet)"
        : `no dist/export.*.js: the lazy chunks are not named "export" (${lazy.join(", ")})`;
  return { initialGzipBytes, initialFiles, exportChunkGzipBytes, exportChunkNote, lazyChunks, built };
}
