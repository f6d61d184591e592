import type { BundleSizes } from "./bundle";
import type { CliPhases } from "./cli-phases";
import type { ProfileSummary } from "./cpu-profile";
import type { DropDownsResult } from "./drop-downs";
import type { Machine } from "./machine";
import type { NaiveOperation } from "./naive-baseline";
import type { Operation, RoundTrips } from "./round-trips";

/** By staff count, as a string key ("100", "30000"). */
export type BySize<T> = Record<string, T>;

/** What `npm run bench -- --json` prints. Times in ms, sizes in bytes unless the name says otherwise. */
export interface BenchResult {
  readonly sizes: readonly number[];
  readonly machine: Machine;
  readonly excel: Record<Operation, BySize<RoundTrips>>;
  readonly naive: Record<NaiveOperation, BySize<RoundTrips>>;
  /** Bytes of the lists workbook Export hands to `Excel.createWorkbook`. */
  readonly exportWorkbookBytes: BySize<number>;
  readonly engineMs: BySize<number>;
  /** Null where the run failed or was stopped: see `cliFailures`. */
  readonly cliMs: BySize<number | null>;
  /** Null for every size when LibreOffice is not installed. */
  readonly libreofficeMs: BySize<number | null>;
  readonly cliPeakRssMb: BySize<number | null>;
  /** Why a size has no CLI time: out of memory, stopped after the bench's time limit… */
  readonly cliFailures: BySize<string>;
  readonly inputFileBytes: BySize<number>;
  /** The sample with 14 whole-column drop-downs: read and reported on. */
  readonly wholeColumnDropDowns: DropDownsResult;
  readonly runs: { readonly engine: BySize<number>; readonly cli: BySize<number> };
  readonly bundle: BundleSizes;
  readonly ratios: {
    /** Naive syncs over the add-in's, per operation. */
    readonly naiveToExcelSyncs: Record<NaiveOperation, BySize<number>>;
    readonly cliToLibreoffice: BySize<number | null>;
    readonly engineToCli: BySize<number | null>;
  };
  readonly checks: {
    /** The add-in's syncs per operation are the same at every size measured. */
    readonly syncsConstant: Record<Operation, boolean>;
    readonly requestsUnder5Mb: boolean;
  };
  readonly profile?: {
    readonly staff: number;
    readonly phasesMs: CliPhases;
    readonly cpu: ProfileSummary;
  };
  readonly benchSeconds: number;
}
