import type { ToolAnswer, ToolRequest } from "./tool-protocol";

type Request = ToolRequest extends infer R ? (R extends ToolRequest ? Omit<R, "id"> : never) : never;

/**
 * Runs the page's jobs in its Web Worker. Where the browser refuses a worker — Chromium and Firefox refuse one to a
 * page opened from disk (file://), whose origin is opaque — the same functions run on the page, loaded on first
 * use; the page shows its progress either way.
 */
export class JobClient {
  private worker: Worker | null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  constructor(workerUrl: string | null) {
    this.worker = workerUrl ? JobClient.start(workerUrl) : null;
    this.worker?.addEventListener("message", (event: MessageEvent<ToolAnswer>) => this.answer(event.data));
  }

  /** Whether jobs run off the page's thread (for the page's note and for tests). */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  private static start(url: string): Worker | null {
    if (location.protocol === "file:" || typeof Worker === "undefined") return null;
    try {
      return new Worker(url);
    } catch {
      return null;
    }
  }

  private answer(answer: ToolAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(new Error(answer.error));
  }

  async run<T>(request: Request): Promise<T> {
    if (this.worker === null) return (await this.runHere(request)) as T;
    const id = this.nextId++;
    const message = { ...request, id } as ToolRequest;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Copied, not transferred: the page keeps the dropped file's bytes for the downloads that follow.
      this.worker!.postMessage(message);
    });
  }

  private async runHere(request: Request): Promise<unknown> {
    const jobs = await import(/* webpackChunkName: "tool-jobs" */ "./tool-jobs");
    switch (request.job) {
      case "check":
        return jobs.checkWorkbook(request.file, request.today);
      case "render":
        return jobs.renderReport(request.file, request.today, request.draft);
      case "consolidate":
        return jobs.consolidateFiles(request.files, request.today, request.receiver);
    }
  }
}
