import { promises as fs } from "node:fs";
import path from "node:path";
import { buildReportModel, campaignSummary, runCampaign } from "../../engine";
import { renderReportDocx } from "../../report/docx-report";
import { generatedSheets } from "../../report/generated-sheets";
import { snapshotOf } from "../../xlsx/read-workbook";
import { writeSheetPlan } from "../../xlsx/write-sheet-plan";
import type { ParsedArgs } from "../args";
import { EXIT } from "../cli-error";
import { humanSummary, issueLine } from "../human-summary";
import type { Output } from "../output";
import { systemToday } from "../today";
import { openWorkbookFile, writeFileAtomically } from "../workbook-file";

/** How many errors a refusal names; the full list is one `check` away. */
const ERRORS_NAMED = 5;

/**
 * `action-month report <file.xlsx> [--out DIR] [--json] [--today dd/mm/yyyy] [--draft]`: writes
 * `<name>.report.xlsx` and `<name>.report.docx` beside each other; the input file is only read.
 */
export async function reportCommand(args: ParsedArgs, output: Output): Promise<number> {
  const file = args.file!;
  const { workbook } = await openWorkbookFile(file);
  const result = runCampaign(snapshotOf(workbook), { today: args.today ?? systemToday(), locale: args.locale });
  const model = buildReportModel(result);
  const refused = model.draft && !args.draft;

  const outDir = args.outDir ?? path.dirname(file);
  const base = path.basename(file).replace(/\.xlsx$/i, "");
  const outputs = { workbook: path.join(outDir, `${base}.report.xlsx`), docx: path.join(outDir, `${base}.report.docx`) };
  if (!refused) {
    for (const plan of generatedSheets(result, model, { locale: args.locale, draft: model.draft })) {
      writeSheetPlan(workbook, plan);
    }
    const [workbookBytes, docxBytes] = await Promise.all([
      workbook.xlsx.writeBuffer().then((buffer) => new Uint8Array(buffer)),
      renderReportDocx(model, { draft: model.draft }),
    ]);
    await fs.mkdir(outDir, { recursive: true });
    await writeFileAtomically(outputs.workbook, workbookBytes);
    await writeFileAtomically(outputs.docx, docxBytes);
  }

  if (args.json) {
    output.out(JSON.stringify(campaignSummary(result, refused ? { workbook: null, docx: null } : outputs)));
  } else {
    if (refused) {
      output.err(
        `Chưa lập báo cáo chính thức: dữ liệu còn ${result.counts.error} lỗi. Sửa các lỗi sau (hoặc dùng --draft để lập bản DỰ THẢO):`,
      );
      for (const issue of model.errors.slice(0, ERRORS_NAMED)) output.err(`  ${issueLine(issue)}`);
      if (model.errors.length > ERRORS_NAMED) output.err(`  … và ${model.errors.length - ERRORS_NAMED} lỗi khác (xem: action-month check ${file}).`);
    }
    for (const line of humanSummary(result, refused ? [] : [outputs.workbook, outputs.docx])) output.out(line);
  }
  return result.counts.error > 0 ? EXIT.validationErrors : EXIT.ok;
}
