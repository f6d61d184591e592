// The one place that names the engine worker's script. Plain JavaScript because `import.meta.url` is what webpack 5
// recognises to bundle a worker (and hash its file name), and the project's tsconfig compiles to CommonJS for jest,
// where import.meta does not exist; engine-worker-url.d.ts gives it its type. Not imported by any test.
/* global Worker */
export function startEngineWorker() {
  return new Worker(new URL("./engine-worker.ts", import.meta.url), { name: "engine" });
}
