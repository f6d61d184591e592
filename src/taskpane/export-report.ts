import type { ReportModel } from "../engine";
import { renderReportDocx } from "../report/docx-report";

/**
 * The .docx half of Export, loaded on demand as the `export` chunk: the docx library is most of its weight and
 * only an export needs it. Rendered exactly as the command line does (`renderReportDocx(model, {draft})`), so
 * the same workbook gives the same document; how it reaches the clerk is delivery.ts's business.
 */
export function renderReport(model: ReportModel): Promise<Uint8Array> {
  return renderReportDocx(model, { draft: model.draft });
}
