import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { nodeZipCodec } from "../../src/cli/node-zip-codec";
import { buildReportModel, campaignSummary, runCampaign } from "../../src/engine";
import { renderReportDocx } from "../../src/report/docx-report";
import { generatedSheets } from "../../src/report/generated-sheets";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../../src/xlsx/report-workbook";
import { ZipArchive } from "../../src/xlsx/zip-archive";
import { largeTrackerBytes } from "../support/large-tracker";
import { cli, tempDir } from "./cli-helpers";

/**
 * At 20 000 staff the compiled command line parses `Cán bộ` on its helper thread and renders the .docx there
 * (src/cli/report-helper.ts). What it writes must be what the same code writes in one thread: the same figures,
 * the same workbook values, the same document.
 */
describe("action-month report with its helper thread, at 20 000 staff", () => {
  const dir = tempDir();
  const input = path.join(dir, "lon.xlsx");
  const out = path.join(dir, "out");
  let bytes: Uint8Array;
  let run: ReturnType<typeof cli>;

  beforeAll(async () => {
    bytes = await largeTrackerBytes();
    writeFileSync(input, bytes);
    run = cli("report", input, "--out", out, "--json", "--today", "05/07/2024", "--draft");
  });

  test("exits as the data says, with the engine's figures", () => {
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    const { outputs: _outputs, ...json } = JSON.parse(run.stdout);
    const result = runCampaign(readWorkbook(bytes, nodeZipCodec).snapshot, { today: "2024-07-05" });
    expect(json).toEqual(JSON.parse(JSON.stringify(campaignSummary(result))));
  });

  test("the report workbook and the .docx's document are those made in one thread", async () => {
    const workbook = readWorkbook(bytes, nodeZipCodec);
    const result = runCampaign(workbook.snapshot, { today: "2024-07-05" });
    const model = buildReportModel(result);
    const plans = generatedSheets(result, model, { locale: "vi", draft: model.draft });
    const here = writeReportWorkbook(workbook, plans);
    const written = readFileSync(path.join(out, "lon.report.xlsx"));
    expect(readWorkbook(written, nodeZipCodec, "all").snapshot).toEqual(
      readWorkbook(here, nodeZipCodec, "all").snapshot,
    );

    const documentOf = (docx: Uint8Array): string | undefined =>
      ZipArchive.open(docx, nodeZipCodec).text("word/document.xml");
    const docx = await renderReportDocx(model, { draft: model.draft, codec: nodeZipCodec });
    const writtenDocument = documentOf(readFileSync(path.join(out, "lon.report.docx")));
    expect(writtenDocument!.length).toBeGreaterThan(10_000_000);
    expect(writtenDocument === documentOf(docx)).toBe(true);
  });
});
