import { buildReportModel, type ReportModel, runCampaign } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";

/** The bundled sample's report model, as the report of 05/07/2024 sees it. */
export function sampleModel(): ReportModel {
  return buildReportModel(runCampaign(sampleWorkbook(), { today: "2024-07-05" }));
}

/** The sample model with some fields replaced, for the cases the sample does not cover. */
export function modelWith(
  changes: Partial<ReportModel>,
  header: Partial<ReportModel["header"]> = {},
): ReportModel {
  const model = sampleModel();
  return { ...model, ...changes, header: { ...model.header, ...header } };
}
