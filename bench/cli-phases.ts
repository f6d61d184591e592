import { promises as fs } from "node:fs";
import { buildReportModel, runCampaign } from "../src/engine";
import { renderReportDocx } from "../src/report/docx-report";
import { generatedSheets } from "../src/report/generated-sheets";
import { loadWorkbook, snapshotOf } from "../src/xlsx/read-workbook";
import { writeSheetPlan } from "../src/xlsx/write-sheet-plan";
import { OPTIONS } from "./round-trips";
import { round, timed } from "./stats";

export interface CliPhases {
  readonly readFile: number;
  /** exceljs unzipping and parsing the tracker (`loadWorkbook`). */
  readonly parseXlsx: number;
  /** The parsed workbook as the engine's matrices (`snapshotOf`). */
  readonly snapshot: number;
  readonly engine: number;
  readonly reportModel: number;
  /** The four generated sheets into the exceljs workbook (`writeSheetPlan`). */
  readonly planSheets: number;
  /** exceljs serialising and zipping the whole workbook, input sheets included. */
  readonly writeXlsx: number;
  /** docx building and packing the report with its annexes. */
  readonly renderDocx: number;
}

/**
 * `action-month report`'s steps one after another in this process, each timed (ms). The command runs the .xlsx
 * and .docx writes under one Promise.all, but both are CPU-bound on one thread, so their sum is what it waits.
 */
export async function cliPhases(file: string): Promise<CliPhases> {
  let bytes = new Uint8Array();
  let workbook!: Awaited<ReturnType<typeof loadWorkbook>>;
  let snapshot!: ReturnType<typeof snapshotOf>;
  let result!: ReturnType<typeof runCampaign>;
  let model!: ReturnType<typeof buildReportModel>;
  const phases = {
    readFile: await timed(async () => (bytes = await fs.readFile(file))),
    parseXlsx: await timed(async () => (workbook = await loadWorkbook(bytes))),
    snapshot: await timed(() => (snapshot = snapshotOf(workbook))),
    engine: await timed(() => (result = runCampaign(snapshot, OPTIONS))),
    reportModel: await timed(() => (model = buildReportModel(result))),
    planSheets: await timed(() => {
      for (const plan of generatedSheets(result, model, { locale: OPTIONS.locale, draft: model.draft }))
        writeSheetPlan(workbook, plan);
    }),
    writeXlsx: await timed(() => workbook.xlsx.writeBuffer()),
    renderDocx: await timed(() => renderReportDocx(model, { draft: model.draft })),
  };
  return Object.fromEntries(
    Object.entries(phases).map(([phase, ms]) => [phase, round(ms)]),
  ) as unknown as CliPhases;
}
