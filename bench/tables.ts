import type { BenchResult } from "./result";
import { OPERATIONS } from "./round-trips";

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const count = (n: number): string => n.toLocaleString("en-US");
const kb = (bytes: number): string => (bytes / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 });
const ms = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : value.toLocaleString("en-US", { maximumFractionDigits: 1 });
const ratio = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "—"
    : `${value.toLocaleString("en-US", { maximumFractionDigits: value >= 10 ? 0 : 2 })}×`;

const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : `${(100 * value).toFixed(1)} %`;

const LABEL: Record<string, string> = {
  setup: "Set up (empty workbook)",
  setupRerun: "Set up (rerun, filled)",
  validate: "Validate",
  compute: "Compute & fill",
  export: "Export (lists workbook)",
};

/** The human report: one table per question the bench answers. */
export function humanReport(result: BenchResult): string {
  const sizes = result.sizes.map(String);
  const m = result.machine;
  const out: string[] = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, node ${m.node}, ${m.os}${m.libreoffice ? `, ${m.libreoffice}` : ""}`,
    "",
    "1. Round trips: context.sync() calls per operation, add-in / naive per-row baseline (ratio)",
    table(
      ["Operation", ...sizes.map((size) => `${count(Number(size))} staff`)],
      OPERATIONS.map((operation) => [
        LABEL[operation],
        ...sizes.map((size) => {
          const ours = result.excel[operation][size].syncs;
          const naive =
            operation in result.naive ? result.naive[operation as keyof BenchResult["naive"]][size] : null;
          return naive
            ? `${count(ours)} / ${count(naive.syncs)} (${ratio(naive.syncs / ours)})`
            : count(ours);
        }),
      ]),
    ),
    "",
    "   Largest single request (KB), add-in / naive; the add-in's largest response in brackets",
    table(
      ["Operation", ...sizes.map((size) => `${count(Number(size))} staff`)],
      OPERATIONS.map((operation) => [
        LABEL[operation],
        ...sizes.map((size) => {
          const ours = result.excel[operation][size];
          const naive =
            operation in result.naive ? result.naive[operation as keyof BenchResult["naive"]][size] : null;
          return `${kb(ours.maxPayloadBytes)}${naive ? ` / ${kb(naive.maxPayloadBytes)}` : ""} [${kb(ours.maxResponseBytes)}]`;
        }),
      ]),
    ),
    `   Syncs constant across sizes: ${Object.entries(result.checks.syncsConstant)
      .map(([operation, constant]) => `${operation} ${constant ? "yes" : "NO"}`)
      .join(", ")}; every request under 5 MB: ${result.checks.requestsUnder5Mb ? "yes" : "NO"}.`,
    "",
    "2–3. Engine, command line and LibreOffice (ms; median of the runs shown)",
    table(
      [
        "Staff",
        "Input .xlsx KB",
        "Engine ms",
        "CLI report ms",
        "CLI peak RSS MB",
        "LibreOffice→CSV ms",
        "CLI / LibreOffice",
        "Engine share of CLI",
        "Runs (engine, CLI & LO)",
      ],
      sizes.map((size) => [
        count(Number(size)),
        kb(result.inputFileBytes[size]),
        ms(result.engineMs[size]),
        ms(result.cliMs[size]),
        result.cliFailures[size] && result.cliPeakRssMb[size] !== null
          ? `≥ ${ms(result.cliPeakRssMb[size])}`
          : ms(result.cliPeakRssMb[size]),
        ms(result.libreofficeMs[size]),
        ratio(result.ratios.cliToLibreoffice[size]),
        percent(result.ratios.engineToCli[size]),
        `${result.runs.engine[size]}, ${result.runs.cli[size]}`,
      ]),
    ),
    ...Object.entries(result.cliFailures).map(
      ([size, failure]) => `   No CLI time at ${count(Number(size))} staff: ${failure}.`,
    ),
    `   Sample with ${result.wholeColumnDropDowns.validations} whole-column drop-downs ` +
      `(${kb(result.wholeColumnDropDowns.fileBytes)} KB): read ${ms(result.wholeColumnDropDowns.readMs)} ms, ` +
      `action-month report ${ms(result.wholeColumnDropDowns.cliMs)} ms.`,
    `   Load average at the end (1, 5, 15 min): ${result.machine.loadAverage.join(", ")} on ${result.machine.cores} cores.`,
    "",
    "4. Task pane bundle (gzip)",
    table(
      ["Part", "gzip KB", "Files"],
      [
        ["Initial JavaScript", kb(result.bundle.initialGzipBytes), result.bundle.initialFiles.join(", ")],
        [
          "Export chunk (lazy)",
          result.bundle.exportChunkGzipBytes === null ? "null" : kb(result.bundle.exportChunkGzipBytes),
          result.bundle.exportChunkNote ?? "dist/export.*.js",
        ],
        ...result.bundle.lazyChunks.map((chunk) => ["Other lazy chunk", kb(chunk.gzipBytes), chunk.file]),
      ],
    ),
  ];
  if (result.profile) {
    const p = result.profile;
    out.push(
      "",
      `Profile of action-month report, ${count(p.staff)} staff`,
      table(
        ["Phase (in-process)", "ms"],
        Object.entries(p.phasesMs).map(([phase, value]) => [phase, ms(value)]),
      ),
      "",
      table(
        ["Self time by area", "ms", "%"],
        p.cpu.byArea.map((area) => [area.area, ms(area.selfMs), `${area.percent}`]),
      ),
      "",
      table(
        ["Top self-time functions", "ms", "%"],
        p.cpu.top.map((fn) => [fn.name, ms(fn.selfMs), `${fn.percent}`]),
      ),
    );
  }
  out.push("", `Bench ran in ${result.benchSeconds} s.`);
  return out.join("\n");
}
