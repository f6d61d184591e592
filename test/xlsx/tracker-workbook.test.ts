import { type Cell, campaignSummary, inputTemplates, runCampaign } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { loadWorkbook, snapshotOf } from "../support/exceljs-snapshot";
import { CONTRACT_INPUT_SHEETS } from "../support/contract";
import { trackerWorkbookBytes } from "../../src/xlsx/tracker-workbook";

/** The tracker as init writes it, read back by exceljs: a reader that is not ours. */
async function written(contents?: Map<string, readonly (readonly Cell[])[]>) {
  return loadWorkbook(await trackerWorkbookBytes(inputTemplates(), contents));
}

describe("a new tracker workbook (init)", () => {
  it("has the eight input sheets with their headers, and a hidden catalog for the drop-downs", async () => {
    const workbook = await written();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...CONTRACT_INPUT_SHEETS, "Danh mục"]);
    expect(workbook.getWorksheet("Danh mục")!.state).toBe("hidden");
    expect(workbook.getWorksheet("Con")!.getRow(1).values).toEqual([
      undefined,
      "Mã CB",
      "Họ và tên con",
      "Ngày sinh",
      "Giới tính",
      "Lớp",
      "Trường",
      "Danh hiệu",
      "Giải thưởng",
      "Ghi chú",
    ]);
  });

  it("validates empty with one error, the empty roster: an empty tracker has nothing to report", async () => {
    const result = runCampaign(snapshotOf(await written()), { today: "2024-07-05" });
    expect(result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.code)).toEqual([
      "ROSTER_EMPTY",
    ]);
    expect(result.settings.theme).toBe("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em");
    expect(result.slogans.total).toBe(12);
  });

  it("formats dates, money and IDs, and offers drop-downs that point at the unit list", async () => {
    const workbook = await written();
    const children = workbook.getWorksheet("Con")!;
    expect(children.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(children.getCell("A2").numFmt).toBe("@");
    expect(workbook.getWorksheet("Ủng hộ")!.getCell("E2").numFmt).toBe("#,##0");
    expect(workbook.getWorksheet("Cấu hình")!.getCell("B4").numFmt).toBe("dd/mm/yyyy");
    expect(workbook.getWorksheet("Cán bộ")!.getCell("E2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'Đơn vị'!$B$2:$B$1001"],
    });
    expect(children.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("round-trips the bundled sample: the file gives the same figures as the sample itself", async () => {
    const contents = new Map(sampleWorkbook().sheets.map((s) => [s.name, s.rows]));
    const fromFile = campaignSummary(
      runCampaign(snapshotOf(await written(contents)), { today: "2024-07-05" }),
    );
    const fromMemory = campaignSummary(runCampaign(sampleWorkbook(), { today: "2024-07-05" }));
    expect(fromFile).toEqual(fromMemory);
  });
});
