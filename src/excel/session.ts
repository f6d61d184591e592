import { detectFeatures, type ExcelFeatures } from "./features";

/** The steps an operation reports progress on, in order. */
export type OperationStep = "reading" | "checking" | "computing" | "writing" | "finishing";

export type ProgressListener = (step: OperationStep, fraction: number) => void;

/**
 * One operation's conversation with Excel: its request context, the features of this host, and a count of the
 * `context.sync()` round trips it makes, which every operation reports (SPEC §6: a constant number per operation).
 */
export class Session {
  private syncCount = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly features: ExcelFeatures,
    private readonly progress: ProgressListener = () => undefined,
  ) {
    // Counted where it happens, so code can call `context.sync()` as Office.js code does (and the office-addins
    // lint rules can follow the loads and syncs).
    const sync = context.sync.bind(context);
    context.sync = <T>(passThroughValue?: T): Promise<T> => {
      this.syncCount += 1;
      return sync(passThroughValue) as Promise<T>;
    };
  }

  get syncs(): number {
    return this.syncCount;
  }

  report(step: OperationStep, fraction: number): void {
    this.progress(step, Math.max(0, Math.min(1, fraction)));
  }

  /**
   * Suspends recalculation and screen updating until the next sync, where the host has them. Only for batches that
   * write into sheets nothing refers to (a sheet being built under its temporary name): recalculation resumes after
   * the sync but is not rerun for what changed meanwhile, so a batch that deletes a sheet others refer to must
   * not suspend it.
   */
  suspendForBulkWrite(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
    if (this.features.suspendScreenUpdating) this.context.application.suspendScreenUpdatingUntilNextSync();
  }
}

/**
 * Runs an operation in its own `Excel.run`: a fresh context, so nothing read by an earlier operation is trusted
 * (co-authors may have changed anything since). `delayForCellEdit` waits for the clerk to leave a cell being
 * edited instead of failing at once (hosts without it ignore the option).
 */
export function runSession<T>(
  progress: ProgressListener | undefined,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, (context) =>
    work(new Session(context, detectFeatures(), progress)),
  );
}
