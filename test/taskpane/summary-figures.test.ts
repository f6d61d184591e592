import { campaignSummary, runCampaign } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { defaultSettingsFor } from "../../src/taskpane/campaign-defaults";
import { summaryFigures } from "../../src/taskpane/summary-figures";

describe("the summary's figures", () => {
  it("are the command line's JSON figures, grouped with dots", () => {
    const summary = campaignSummary(runCampaign(sampleWorkbook(), { today: "2024-07-05", locale: "vi" }));
    const figures = Object.fromEntries(summaryFigures(summary).map((figure) => [figure.key, figure]));
    expect(figures.errors.value).toBe(summary.validation.errors);
    expect(figures.warnings.value).toBe(summary.validation.warnings);
    expect(figures.infos.value).toBe(summary.validation.infos);
    expect(figures.staff.value).toBe(summary.staff.count);
    expect(figures.children.value).toBe(summary.children.unique);
    expect(figures["children-rows"].value).toBe(summary.children.rows);
    expect(figures["gifts-count"].value).toBe(summary.gifts.count);
    expect(figures["gifts-total"].value).toBe(summary.gifts.total);
    expect(figures["awards-count"].value).toBe(summary.awards.count);
    expect(figures["awards-total"].value).toBe(summary.awards.total);
    expect(figures["contributions-total"].value).toBe(summary.contributions.total);
    expect(figures["gifts-total"].text).toBe(summary.gifts.total.toLocaleString("de-DE"));
    expect(figures["gifts-total"].text).toMatch(/^\d{1,3}(\.\d{3})+$/);
  });
});

describe("the header before the workbook is read", () => {
  it("shows the engine's defaults for the current year", () => {
    const settings = defaultSettingsFor("2026-05-20", "vi");
    expect(settings).toMatchObject({
      year: 2026,
      theme: "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em",
      startDate: "2026-06-01",
      endDate: "2026-06-30",
      deadline: "2026-07-22",
    });
  });
});
