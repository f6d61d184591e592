import { FakeOfficeError, fail } from "./errors";
import type { WorkbookModel } from "./model";
import { ACTION_BYTES, jsonSize, PATH_BYTES, type SyncRecord } from "./payload";

/** One queued operation: it runs against the model at `sync()`, in order. */
export interface Action {
  readonly name: string;
  readonly requestBytes: number;
  /** Changes the model, or reads it for a load; a load returns what to hand the proxy once the batch succeeded. */
  readonly run: () => void | { readonly responseBytes: number; readonly commit: () => void };
}

/** A failure to inject: the `sync`-th sync (1-based, counted over the fake's life) throws `code`. */
export interface InjectedFailure {
  readonly sync: number;
  /** Actions of that batch applied before the failure (Office batches are not transactions). Default 0. */
  readonly afterActions?: number;
  readonly code?: string;
}

export interface FakeHost {
  readonly model: WorkbookModel;
  /** ExcelApi version the fake pretends to support, e.g. 1.7. */
  readonly apiVersion: number;
  readonly payloadLimitBytes: number;
  /** Cells one `values` load may bring back; a larger range's values come back null. */
  readonly readCellLimit: number;
  readonly syncs: SyncRecord[];
  failure: InjectedFailure | null;
  /** Counts of calls that are not otherwise visible in the model (suspend…UntilNextSync). */
  readonly calls: Map<string, number>;
  /** `Sheet!A1:B2` of every range whose values were loaded, in order. */
  readonly valueReads: string[];
}

let contextCount = 0;

/** Excel.RequestContext's part that the adapter uses: a queue, sync, and the workbook and application roots. */
export class FakeContextCore {
  readonly id = ++contextCount;
  private queue: Action[] = [];
  /** Increments at every sync: object paths are resolved afresh in each batch. */
  batch = 0;
  /** Proxies whose `isNullObject` is settled at the next successful sync. */
  readonly nullProbes = new Set<{ settle(): void }>();
  /** Object paths the queued batch uses: each is sent once however many actions use it. */
  private paths = new Set<string>();

  constructor(readonly host: FakeHost) {}

  enqueue(name: string, args: unknown, run: Action["run"], paths: readonly string[] = []): void {
    const fresh = paths.filter((path) => !this.paths.has(path));
    for (const path of fresh) this.paths.add(path);
    this.queue.push({ name, requestBytes: ACTION_BYTES + jsonSize(args) + fresh.length * PATH_BYTES, run });
  }

  requireApi(version: number, api: string): void {
    if (this.host.apiVersion < version) fail("ApiNotFound", `${api} needs ExcelApi ${version}.`, api);
  }

  async sync(): Promise<void> {
    const host = this.host;
    const actions = this.queue;
    const probes = [...this.nullProbes];
    this.queue = [];
    this.paths = new Set();
    this.nullProbes.clear();
    const index = host.syncs.length + 1;
    const requestBytes = actions.reduce((sum, action) => sum + action.requestBytes, 0);
    const record = (responseBytes: number, failed: boolean): void => {
      host.syncs.push({
        index,
        actions: actions.length,
        requestBytes,
        responseBytes,
        names: actions.map((a) => a.name),
        failed,
      });
    };
    // A real round trip resolves later: never in the same tick as the call.
    await Promise.resolve();
    this.batch += 1;
    try {
      if (requestBytes > host.payloadLimitBytes)
        fail("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes.`);
      const injected = host.failure && host.failure.sync === index ? host.failure : null;
      const commits: (() => void)[] = [];
      let responseBytes = 0;
      actions.forEach((action, position) => {
        if (injected && position === (injected.afterActions ?? 0))
          fail(injected.code ?? "GeneralException", `Injected failure at sync ${index}.`, action.name);
        const outcome = action.run();
        if (outcome) {
          responseBytes += outcome.responseBytes;
          commits.push(outcome.commit);
        }
      });
      if (injected && (injected.afterActions ?? 0) >= actions.length)
        fail(injected.code ?? "GeneralException", `Injected failure at sync ${index}.`);
      if (responseBytes > host.payloadLimitBytes)
        fail("ResponsePayloadSizeLimitExceeded", `The response is ${responseBytes} bytes.`);
      for (const probe of probes) probe.settle();
      for (const commit of commits) commit();
      record(responseBytes, false);
    } catch (error) {
      record(0, true);
      if (error instanceof FakeOfficeError) throw error;
      throw new FakeOfficeError("GeneralException", String(error instanceof Error ? error.message : error));
    }
  }
}
