import { buildReportModel, runCampaign } from "../../src/engine";
import { annexPages, columnWidths } from "../../src/report/docx-annex";
import { LANDSCAPE_TEXT_WIDTH } from "../../src/report/docx-page";
import { buildReportDocument } from "../../src/report/report-document";
import { syntheticWorkbook } from "../support/synthetic-workbook";

/**
 * How the annex tables are cut into pages (docx-annex.ts), on a roster of 600 staff: many units run over a page.
 * Where the cuts fall is an estimate; what must hold wherever they fall is checked here, and the sample's pages
 * are checked as LibreOffice lays them out in docx-libreoffice.e2e.test.ts.
 */
describe("annex pages", () => {
  const model = buildReportModel(runCampaign(syntheticWorkbook({ staff: 600 }), { today: "2024-07-05" }));
  const annexes = buildReportDocument(model, { draft: false }).annexes;
  const paged = annexes.map((annex) => ({
    annex,
    pages: annexPages(annex, columnWidths(annex.columns, LANDSCAPE_TEXT_WIDTH), LANDSCAPE_TEXT_WIDTH),
  }));

  it("keeps every row, in order, adding only the (tiếp theo) headings", () => {
    for (const { annex, pages } of paged) {
      expect(pages.length).toBeGreaterThan(2);
      const rows = pages.flat().filter((row) => !String(row.cells[0]).endsWith(" (tiếp theo)"));
      expect(rows).toEqual(annex.rows);
    }
  });

  it("never ends a page on a unit's heading, nor starts one with a subtotal or the total alone", () => {
    for (const { pages } of paged) {
      for (const page of pages) {
        expect(page.at(-1)?.kind).not.toBe("group");
        const first = page.find((row) => row.kind !== "group");
        expect(first?.kind).toBe("data");
      }
    }
  });

  it("opens a page inside a unit with the unit's name and (tiếp theo)", () => {
    let continued = 0;
    for (const { pages } of paged) {
      pages.slice(1).forEach((page, i) => {
        const before = pages[i];
        const lastHeading = [...before]
          .reverse()
          .find((row) => row.kind === "group" || row.kind === "subtotal");
        if (lastHeading?.kind === "group") {
          const unit = String(lastHeading.cells[0]).replace(/ \(tiếp theo\)$/, "");
          expect(page[0]).toEqual(expect.objectContaining({ kind: "group" }));
          expect(page[0].cells[0]).toBe(`${unit} (tiếp theo)`);
          continued += 1;
        } else {
          expect(String(page[0].cells[0])).not.toMatch(/tiếp theo/);
        }
      });
    }
    expect(continued).toBeGreaterThan(0);
  });
});
