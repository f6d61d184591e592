import { promises as fs } from "node:fs";
import path from "node:path";
import { buildReportModel, campaignSummary, type Issue, runCampaign } from "../../engine";
import { generatedSheets } from "../../report/generated-sheets";
import { writeReportWorkbook } from "../../xlsx/report-workbook";
import type { ParsedArgs } from "../args";
import { EXIT } from "../cli-error";
import { humanSummary } from "../human-summary";
import { type ReportHelper, startReportHelper } from "../report-helper";
import type { Output } from "../output";
import { systemToday } from "../today";
import { openWorkbookFile, writeFileAtomically } from "../workbook-file";

/** How many errors a refusal names; the full list is one `check` away. */
const ERRORS_NAMED = 3;

/** One line: what blocks the official report, the first errors by cell, and the two ways forward. */
function refusal(errors: readonly Issue[], file: string): string {
  const named = errors
    .slice(0, ERRORS_NAMED)
    .map((issue) => `${issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}: ${issue.message}`);
  const more = errors.length > ERRORS_NAMED ? ` … và ${errors.length - ERRORS_NAMED} lỗi khác` : "";
  return `Lỗi: chưa lập báo cáo chính thức vì dữ liệu còn ${errors.length} lỗi — ${named.join(" | ")}${more}. Xem đủ: action-month check ${file}; hoặc thêm --draft để lập bản DỰ THẢO.`;
}

/**
 * `action-month report <file.xlsx> [--out DIR] [--json] [--today dd/mm/yyyy] [--draft]`: writes
 * `<name>.report.xlsx` and `<name>.report.docx` beside each other; the input file is only read.
 */
export async function reportCommand(
  args: ParsedArgs,
  output: Output,
  helper: ReportHelper = startReportHelper(),
): Promise<number> {
  try {
    return await report(args, output, helper);
  } finally {
    // Stopped whatever happened (a refusal, an unreadable file): a thread left waiting would keep the command alive.
    helper.cancel();
  }
}

async function report(args: ParsedArgs, output: Output, helper: ReportHelper): Promise<number> {
  const file = args.file!;
  const workbook = await openWorkbookFile(file, helper);
  const result = runCampaign(workbook.snapshot, {
    today: args.today ?? systemToday(),
    locale: args.locale,
  });
  const model = buildReportModel(result);
  const refused = model.draft && !args.draft;

  const outDir = args.outDir ?? path.dirname(file);
  const base = path.basename(file).replace(/\.xlsx$/i, "");
  const outputs = {
    workbook: path.join(outDir, `${base}.report.xlsx`),
    docx: path.join(outDir, `${base}.report.docx`),
  };
  if (!refused) {
    const docx = helper.render(model, model.draft);
    const plans = generatedSheets(result, model, { locale: args.locale, draft: model.draft });
    const workbookBytes = writeReportWorkbook(workbook, plans);
    const docxBytes = await docx;
    await fs.mkdir(outDir, { recursive: true });
    await writeFileAtomically(outputs.workbook, workbookBytes);
    await writeFileAtomically(outputs.docx, docxBytes);
  }

  if (refused) output.err(refusal(model.errors, file));
  if (args.json) {
    output.out(JSON.stringify(campaignSummary(result, refused ? { workbook: null, docx: null } : outputs)));
  } else {
    for (const line of humanSummary(result, refused ? [] : [outputs.workbook, outputs.docx]))
      output.out(line);
  }
  return result.counts.error > 0 ? EXIT.validationErrors : EXIT.ok;
}
