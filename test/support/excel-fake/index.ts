export { ExcelFake } from "./excel-fake";
export type { ExcelFakeOptions, FakeSheetSeed } from "./excel-fake";
export type { InjectedFailure } from "./context";
export type { CellDump, DumpValue, SheetDump } from "./dump";
export { FakeOfficeError } from "./errors";
export type { SyncRecord } from "./payload";
