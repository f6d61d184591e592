/// <reference types="office-js" />
// The adapter is written against Office.js's global `Excel` namespace; the CLI build lists only Node's types.
import { type WorkbookSnapshot } from "../src/engine";
import { computeAndFill, exportReportWorkbook, setUp, validate } from "../src/excel";
import { ExcelFake } from "../test/support/excel-fake";
import { syntheticWorkbook } from "../test/support/synthetic-workbook";

import { OPTIONS } from "./report-date";

export { OPTIONS, TODAY } from "./report-date";

/** One operation's conversation with the fake: round trips and the heaviest single request and response. */
export interface RoundTrips {
  readonly syncs: number;
  /** The largest request of one `context.sync()`, in bytes of JSON (what Excel on the web caps at 5 MB). */
  readonly maxPayloadBytes: number;
  readonly maxResponseBytes: number;
}

/**
 * `setup` runs on an empty workbook (one blank sheet); `setupRerun` runs Set up again on the filled tracker, where
 * it reads every input sheet and creates nothing. `export` is `exportReportWorkbook`: read the input sheets, run the engine,
 * build the lists .xlsx and hand it to `Excel.createWorkbook` (a call of its own, not a `context.sync()`).
 */
export const OPERATIONS = ["setup", "setupRerun", "validate", "compute", "export"] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface AdapterMeasure {
  readonly operations: Record<Operation, RoundTrips>;
  /** Bytes of the lists workbook handed to `Excel.createWorkbook` (decoded from its base64). */
  readonly exportWorkbookBytes: number;
}

/** Runs `work` with the fake installed as the `Excel` and `Office` globals, then puts the previous ones back. */
export async function withFake<T>(fake: ExcelFake, work: () => Promise<T>): Promise<T> {
  const uninstall = fake.install();
  try {
    return await work();
  } finally {
    uninstall();
  }
}

/** The fake's counters since its last reset (folded here: the baseline's 10⁵ syncs overflow a spread `Math.max`). */
export function roundTripsOf(fake: ExcelFake): RoundTrips {
  let maxPayloadBytes = 0;
  let maxResponseBytes = 0;
  for (const sync of fake.syncs) {
    maxPayloadBytes = Math.max(maxPayloadBytes, sync.requestBytes);
    maxResponseBytes = Math.max(maxResponseBytes, sync.responseBytes);
  }
  return { syncs: fake.syncCount, maxPayloadBytes, maxResponseBytes };
}

/** Measures one operation from clean counters; checks the adapter counted the same syncs as the fake saw. */
async function measured(fake: ExcelFake, run: () => Promise<{ syncs: number }>): Promise<RoundTrips> {
  fake.resetStats();
  const report = await withFake(fake, run);
  if (report.syncs !== fake.syncCount)
    throw new Error(`The adapter counted ${report.syncs} syncs, the fake ${fake.syncCount}.`);
  return roundTripsOf(fake);
}

/** Set up, Validate, Compute & fill and Export on the in-memory Excel, for a synthetic tracker of `staff`. */
export async function adapterRoundTrips(
  staff: number,
  snapshot: WorkbookSnapshot = syntheticWorkbook({ staff }),
): Promise<AdapterMeasure> {
  const empty = ExcelFake.fromSheets([]);
  const setup = await measured(empty, () => setUp(OPTIONS));

  const fake = ExcelFake.fromSheets(snapshot.sheets);
  // The synthetic tracker lacks the drop-down catalog: the first Set up adds it, the rerun is measured.
  await withFake(fake, () => setUp(OPTIONS));
  const setupRerun = await measured(fake, () => setUp(OPTIONS));
  const validated = await measured(fake, () => validate(OPTIONS));
  const compute = await measured(fake, () => computeAndFill(OPTIONS));
  let exportWorkbookBytes = 0;
  const exported = await measured(fake, async () => {
    const report = await exportReportWorkbook(OPTIONS);
    if (!report.opened) throw new Error(`Export did not open a workbook (fallbacks: ${report.fallbacks}).`);
    exportWorkbookBytes = report.bytes;
    return report;
  });
  return {
    operations: { setup, setupRerun, validate: validated, compute, export: exported },
    exportWorkbookBytes,
  };
}
