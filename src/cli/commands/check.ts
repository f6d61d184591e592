import { campaignSummary, runCampaign } from "../../engine";
import type { ParsedArgs } from "../args";
import { EXIT } from "../cli-error";
import { issueLine } from "../human-summary";
import type { Output } from "../output";
import { systemToday } from "../today";
import { openWorkbookFile } from "../workbook-file";

/** `action-month check <file.xlsx> [--json]`: validation only, nothing written. */
export async function checkCommand(args: ParsedArgs, output: Output): Promise<number> {
  const { snapshot } = await openWorkbookFile(args.file!);
  const result = runCampaign(snapshot, {
    today: args.today ?? systemToday(),
    locale: args.locale,
  });
  if (args.json) {
    output.out(JSON.stringify(campaignSummary(result)));
  } else {
    for (const issue of result.issues) output.out(issueLine(issue));
    const { error, warning, info } = result.counts;
    output.out(`Kết quả: ${error} lỗi, ${warning} cảnh báo, ${info} lưu ý.`);
  }
  return result.counts.error > 0 ? EXIT.validationErrors : EXIT.ok;
}
