import { promises as fs } from "node:fs";
import { buildReportModel, runCampaign } from "../src/engine";
import { renderReportDocx } from "../src/report/docx-report";
import { generatedSheets } from "../src/report/generated-sheets";
import { nodeZipCodec } from "../src/cli/node-zip-codec";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { OPTIONS } from "./round-trips";
import { round, timed } from "./stats";

export interface CliPhases {
  readonly readFile: number;
  /** Unzipping and tokenizing the tracker's input sheets (`readWorkbook`). */
  readonly readXlsx: number;
  readonly engine: number;
  readonly reportModel: number;
  /** The generated sheets as plans (`generatedSheets`). */
  readonly planSheets: number;
  /** The report workbook by zip copy: the input's entries as they are, the generated sheets' XML deflated. */
  readonly writeXlsx: number;
  /** docx building and packing the report with its annexes. */
  readonly renderDocx: number;
}

/**
 * `action-month report`'s steps one after another in this process, each timed (ms), with the command line's zip
 * codec. The command renders the .docx on a worker thread beside the workbook; here they run one after the other.
 */
export async function cliPhases(file: string): Promise<CliPhases> {
  let bytes = new Uint8Array();
  let workbook!: ReturnType<typeof readWorkbook>;
  let result!: ReturnType<typeof runCampaign>;
  let model!: ReturnType<typeof buildReportModel>;
  let plans!: ReturnType<typeof generatedSheets>;
  const phases = {
    readFile: await timed(async () => (bytes = await fs.readFile(file))),
    readXlsx: await timed(() => (workbook = readWorkbook(bytes, nodeZipCodec))),
    engine: await timed(() => (result = runCampaign(workbook.snapshot, OPTIONS))),
    reportModel: await timed(() => (model = buildReportModel(result))),
    planSheets: await timed(
      () => (plans = generatedSheets(result, model, { locale: OPTIONS.locale, draft: model.draft })),
    ),
    writeXlsx: await timed(() => writeReportWorkbook(workbook, plans)),
    renderDocx: await timed(() => renderReportDocx(model, { draft: model.draft, codec: nodeZipCodec })),
  };
  return Object.fromEntries(
    Object.entries(phases).map(([phase, ms]) => [phase, round(ms)]),
  ) as unknown as CliPhases;
}
