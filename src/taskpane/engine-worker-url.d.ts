/** Starts the engine's Web Worker (see engine-worker-url.js). */
export function startEngineWorker(): Worker;
