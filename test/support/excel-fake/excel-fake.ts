import { FakeContextCore, type FakeHost, type InjectedFailure } from "./context";
import { dumpWorkbook, type SheetDump, valuesOf } from "./dump";
import { FakeOfficeError } from "./errors";
import { type SheetModel, WorkbookModel } from "./model";
import { typedContent } from "./typing";
import type { SyncRecord } from "./payload";
import { FakeRequestContext } from "./workbook";

/**
 * An in-memory Excel behind the `Excel` and `Office` globals, strict like Office.js where the adapter could go
 * wrong: queued operations apply at `sync()` in order; unloaded properties throw PropertyNotLoaded; a missing
 * sheet throws ItemNotFound at sync; each `Excel.run` gets a fresh context. It counts syncs, weighs each request and
 * response, can fail the N-th sync, and can pretend to be an older Excel (`apiVersion`).
 *
 * No Node or jest imports: the task pane's preview host loads it in a browser as its office.js stand-in.
 */

export interface ExcelFakeOptions {
  /** ExcelApi version to pretend to support (1.7 = the manifest's floor). Default 1.9. */
  readonly apiVersion?: number;
  /** Excel on the web's limit, in bytes, on a request and on a response. */
  readonly payloadLimitBytes?: number;
  /** Cells one `values` load may bring back (Excel: 5 million); beyond it the values read as null. */
  readonly readCellLimit?: number;
  readonly displayLanguage?: string;
}

/** A sheet to start from: the engine's snapshot shape, with optional number formats by A1 address. */
export interface FakeSheetSeed {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  readonly numberFormats?: Readonly<Record<string, string>>;
}

export class ExcelFake {
  readonly model = new WorkbookModel();
  readonly host: FakeHost;
  readonly displayLanguage: string;

  constructor(options: ExcelFakeOptions = {}) {
    this.host = {
      model: this.model,
      apiVersion: options.apiVersion ?? 1.9,
      payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
      readCellLimit: options.readCellLimit ?? 5_000_000,
      syncs: [],
      failure: null,
      calls: new Map(),
      valueReads: [],
    };
    this.displayLanguage = options.displayLanguage ?? "vi-VN";
  }

  /** A workbook holding these sheets (values as the engine's cells: `{ error }` for an error value). */
  static fromSheets(sheets: readonly FakeSheetSeed[], options: ExcelFakeOptions = {}): ExcelFake {
    const fake = new ExcelFake(options);
    for (const seed of sheets) fake.addSheet(seed);
    if (sheets.length === 0) fake.model.addSheet("Sheet1");
    return fake;
  }

  addSheet(seed: FakeSheetSeed): SheetModel {
    const sheet = this.model.addSheet(seed.name);
    seed.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = sheet.cellForWrite(r, c);
        cell.content =
          typeof value === "object" && "error" in (value as object)
            ? { kind: "error", value: (value as { error: string }).error }
            : typeof value === "string"
              ? { kind: "string", value }
              : typedContent(value, "General");
      }),
    );
    for (const [address, format] of Object.entries(seed.numberFormats ?? {})) {
      const match = /^([A-Z]+)(\d+)$/.exec(address)!;
      const column = match[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      sheet.cellForWrite(Number(match[2]) - 1, column).style.numberFormat = format;
    }
    return sheet;
  }

  // -------------------------------------------------------------------------------------------------------------
  // The Office.js entry points

  /** `Excel.run(batch)` or `Excel.run(options, batch)`: a fresh context each time. */
  run = async <T>(
    optionsOrBatch: unknown,
    maybeBatch?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as (
      context: FakeRequestContext,
    ) => Promise<T>;
    return batch(new FakeRequestContext(new FakeContextCore(this.host)));
  };

  createWorkbook = async (base64?: string): Promise<void> => {
    if (this.host.apiVersion < 1.8)
      throw new FakeOfficeError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8.");
    this.model.createdWorkbooks.push(base64 ?? "");
  };

  isSetSupported = (name: string, version = "1.1"): boolean =>
    name === "ExcelApi" && Number(version) <= this.host.apiVersion;

  /** Sets `globalThis.Excel` and `globalThis.Office`; returns a function that puts the previous ones back. */
  install(): () => void {
    const scope = globalThis as unknown as Record<string, unknown>;
    const previous = { Excel: scope.Excel, Office: scope.Office };
    scope.Excel = { run: this.run, createWorkbook: this.createWorkbook };
    scope.Office = {
      context: {
        requirements: { isSetSupported: this.isSetSupported },
        displayLanguage: this.displayLanguage,
      },
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      actions: { associate: () => undefined },
    };
    return () => Object.assign(scope, previous);
  }

  // -------------------------------------------------------------------------------------------------------------
  // What tests look at

  get syncs(): readonly SyncRecord[] {
    return this.host.syncs;
  }

  /** Syncs since the fake was made (or since `resetStats`). */
  get syncCount(): number {
    return this.host.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.host.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.host.syncs.map((s) => s.responseBytes));
  }

  calls(name: string): number {
    return this.host.calls.get(name) ?? 0;
  }

  resetStats(): void {
    this.host.syncs.length = 0;
    this.host.calls.clear();
    this.host.valueReads.length = 0;
  }

  /** `Sheet!A1:B2` of every range whose values were loaded since the last reset. */
  get valueReads(): readonly string[] {
    return this.host.valueReads;
  }

  /** Makes one future sync fail (counted like `syncCount`); null clears it. */
  failAt(failure: InjectedFailure | null): void {
    this.host.failure = failure;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((sheet) => sheet.name);
  }

  dump(): SheetDump[] {
    return dumpWorkbook(this.model);
  }

  values(name: string): ReturnType<typeof valuesOf> {
    return valuesOf(this.sheet(name));
  }
}
