import ExcelJS from "exceljs";
import { buildReportModel, runCampaign } from "../../src/engine";
import { generatedSheets } from "../../src/report/generated-sheets";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { newWorkbookFromPlans } from "../../src/xlsx/new-workbook";
import { loadZip } from "../support/zip-reader";

/**
 * The `Báo cáo` sheet's print setup as Excel reads it from the file the command line writes: read from the
 * package's XML (xl/workbook.xml, xl/worksheets/sheetN.xml), not through the writer's own model, so the check holds
 * whichever code writes the .xlsx (today the zip-copy writer of src/xlsx).
 */

const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];
const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** A thin black line along the bottom edge only. */
const isRule = (border: Partial<ExcelJS.Borders> | undefined): boolean =>
  border?.bottom?.style === "thin" && border.bottom.color?.argb === "FF000000" && !border.top;

interface Package {
  readonly workbook: string;
  /** Worksheet XML by sheet name, in workbook order. */
  readonly sheets: ReadonlyMap<string, string>;
}

async function writtenPackage(): Promise<Package> {
  const result = runCampaign(sampleWorkbook(), { today: "2024-07-05" });
  const model = buildReportModel(result);
  const zip = loadZip(
    newWorkbookFromPlans(generatedSheets(result, model, { locale: "vi", draft: model.draft })),
  );
  const read = (path: string) => zip.file(path)!.async("string");
  const workbookXml = await read("xl/workbook.xml");
  const relations = [...(await read("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*\/>/g)].map(
    (m) => m[0],
  );
  const sheets = new Map<string, string>();
  for (const [element] of workbookXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const id = attribute(element, "sheet", "r:id");
    const relation = relations.find((r) => attribute(r, "Relationship", "Id") === id) ?? "";
    const target = (attribute(relation, "Relationship", "Target") ?? "").replace(/^\/?xl\//, "");
    sheets.set(unescape(attribute(element, "sheet", "name") ?? ""), await read(`xl/${target}`));
  }
  return { workbook: workbookXml, sheets };
}

describe("the written `Báo cáo` sheet prints as the document", () => {
  let written: Package;
  let report: string;

  beforeAll(async () => {
    written = await writtenPackage();
    report = written.sheets.get("Báo cáo")!;
  });

  it("has Decree 30's margins: top and bottom 20 mm, left 30 mm, right 15 mm", () => {
    const mm = (side: string) => Math.round(Number(attribute(report, "pageMargins", side)) * 25.4);
    expect(["top", "bottom", "left", "right"].map(mm)).toEqual([20, 20, 30, 15]);
    expect(attribute(report, "pageSetup", "paperSize")).toBe("9");
    expect(attribute(report, "pageSetup", "orientation")).toBe("portrait");
  });

  it("numbers its pages in the header, centred, from page 2", () => {
    expect(attribute(report, "headerFooter", "differentFirst")).toBe("1");
    const header = /<oddHeader>([^<]*)<\/oddHeader>/.exec(report)?.[1];
    expect(unescape(header ?? "")).toBe('&C&"Times New Roman,Regular"&13&P');
    expect(report).not.toMatch(/<firstHeader>[^<]+<\/firstHeader>/);
  });

  it("prints the report and not the links to the lists below it", () => {
    const definedName =
      /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]+)<\/definedName>/.exec(
        written.workbook,
      );
    expect(definedName).not.toBeNull();
    const sheetNames = [...written.sheets.keys()];
    expect(sheetNames[Number(definedName![1])]).toBe("Báo cáo");
    // Absolute: LibreOffice ignores a print area with relative rows and prints the whole sheet.
    const area = unescape(definedName![2]);
    const match = /^'Báo cáo'!\$A\$1:\$H\$(\d+)$/.exec(area);
    expect(match).not.toBeNull();
    const lastPrinted = Number(match![1]);
    const rowText = (row: number) => new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`).exec(report)?.[1] ?? "";
    expect(rowText(lastPrinted)).not.toBe("");
    expect(report).toMatch(new RegExp(`<row r="${lastPrinted + 2}"[^>]*>`));
    // The links to the lists are hyperlinks on rows after the print area.
    const linked = [...report.matchAll(/<hyperlink ref="A(\d+)"/g)].map((m) => Number(m[1]));
    expect(linked.length).toBe(2);
    for (const row of linked) expect(row).toBeGreaterThan(lastPrinted);
  });

  it("draws the rules under the agency name and the motto as thin black bottom borders", async () => {
    const result = runCampaign(sampleWorkbook(), { today: "2024-07-05" });
    const model = buildReportModel(result);
    const plans = generatedSheets(result, model, { locale: "vi", draft: false });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(
      newWorkbookFromPlans([plans.find((plan) => plan.name === "Báo cáo")!]) as unknown as ArrayBuffer,
    );
    const sheet = back.getWorksheet("Báo cáo")!;
    const ruled: string[] = [];
    // Rule rows hold no value: every cell is visited, not only the filled ones.
    for (let r = 1; r <= sheet.rowCount; r++) {
      for (let c = 1; c <= 8; c++) {
        if (isRule(sheet.getCell(r, c).border)) ruled.push(`${String.fromCharCode(64 + c)}${r}`);
      }
    }
    // Under the agency name (B), the motto (E:G) and the subject (C:E).
    expect(ruled.map((address) => address.replace(/\d+/, ""))).toEqual(["B", "E", "F", "G", "C", "D", "E"]);
  });

  it("lets the lists print across pages at a readable size: one page wide, as many tall as needed", () => {
    for (const name of ["DS tặng quà", "DS khen thưởng"]) {
      const sheet = written.sheets.get(name)!;
      expect(attribute(sheet, "pageSetUpPr", "fitToPage")).toBe("1");
      expect(attribute(sheet, "pageSetup", "fitToWidth")).toBe("1");
      expect(attribute(sheet, "pageSetup", "fitToHeight")).toBe("0");
      expect(attribute(sheet, "pageSetup", "orientation")).toBe("landscape");
    }
  });
});
