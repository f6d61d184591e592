import type { ReportModel } from "../engine";
import { renderReportDocx } from "../report/docx-report";
import { downloadFile } from "./download-file";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The .docx half of Export, loaded on demand as the `export` chunk: the docx library is most of its weight and
 * only an export needs it. Rendered exactly as the command line does (`renderReportDocx(model, {draft})`), so
 * the same workbook gives the same document.
 */
export async function downloadReportDocx(model: ReportModel, fileName: string): Promise<number> {
  const bytes = await renderReportDocx(model, { draft: model.draft });
  downloadFile(bytes, fileName, DOCX_TYPE);
  return bytes.length;
}
