import { buildReportModel, runCampaign } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
test("dump", () => {
  const m = buildReportModel(runCampaign(sampleWorkbook(), { today: "2024-07-05" }));
  const { annexes, ...rest } = m;
  require("fs").writeFileSync("/tmp/model.json", JSON.stringify(rest, null, 1));
  require("fs").writeFileSync("/tmp/annex.json", JSON.stringify(annexes, null, 1));
});
