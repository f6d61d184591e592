import { loadZip } from "../support/zip-reader";
import { parseStringPromise } from "xml2js";
import { annexTableXml, xmlText } from "../../src/report/docx-annex";
import { renderReportDocx } from "../../src/report/docx-report";
import type { Annex } from "../../src/report/report-document";
import { sampleModel } from "./sample-model";

/**
 * The annex tables are written as XML text, not by the docx library: whatever a workbook's cell holds must come
 * out as the same text in Word, and never as markup or as a package Word refuses to open.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The w:t texts of a part, entities decoded, in document order. */
function texts(xml: string): string[] {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
    m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]),
  );
}

/** Throws unless `xml` is well-formed (xml2js, i.e. sax, in strict mode). */
const wellFormed = (xml: string): Promise<unknown> => parseStringPromise(xml, { strict: true });

const annex = (cells: readonly (string | null)[]): Annex => ({
  label: "Phụ lục 1",
  title: "DANH SÁCH",
  subtitle: "",
  attachedTo: "",
  sheet: "DS tặng quà",
  columns: [
    { header: "STT", weight: 1, align: "center" },
    { header: "Họ và tên", weight: 3, align: "left" },
    { header: "Giá trị quà", weight: 2, align: "right" },
  ],
  rows: [
    { kind: "group", cells: ['Phòng "A" & <B>', null, null] },
    { kind: "data", cells },
    { kind: "total", cells: ["", "TỔNG CỘNG: 1 cháu", "200.000"] },
  ],
});

describe("annexTableXml", () => {
  const tricky = '  Bé <Na> & "Tí"\u0001 \u0007\u000b\u001f\ud800 đã\ufffe ';
  const xml = [...annexTableXml(annex(["1", tricky, "200.000"]), 6000)].join("");

  test("escapes markup, drops characters XML 1.0 cannot hold, keeps the spaces", async () => {
    await expect(wellFormed(`<w:body xmlns:w="${W}">${xml}</w:body>`)).resolves.toBeDefined();
    expect(texts(xml)).toEqual([
      "STT",
      "Họ và tên",
      "Giá trị quà",
      'Phòng "A" & <B>',
      "1",
      '  Bé <Na> & "Tí"  đã ',
      "200.000",
      "",
      "TỔNG CỘNG: 1 cháu",
      "200.000",
    ]);
    expect(xml).toContain('<w:t xml:space="preserve">  Bé &lt;Na&gt; &amp; &quot;Tí&quot;  đã </w:t>');
  });

  test("xmlText keeps a surrogate pair and drops a lone surrogate", () => {
    expect(xmlText("a\ud83d\ude00b\udc00c\ud83d")).toBe("a\ud83d\ude00bc");
    expect(xmlText("tab\tline\nend")).toBe("tab\tline\nend");
  });

  test("grid, spans, alignment, bold and the kept-with-next group row", () => {
    expect(xml).toMatch(/^<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="6000"\/>/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain(
      '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/></w:tblGrid>',
    );
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (const row of rows.slice(1)) expect(row).toMatch(/^<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>/);
    expect(rows[1]).toContain(
      '<w:tcW w:type="dxa" w:w="6000"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="AnnexCellBold"/><w:keepNext/></w:pPr>',
    );
    expect(rows[2]).not.toContain("AnnexCellBold");
    expect(rows[2]).not.toContain("<w:keepNext/>");
    // Centred number, left-aligned name, right-aligned amount: a data cell's alignment is its style's, no w:jc.
    const cells = [...rows[2].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells.map((cell) => /<w:pStyle w:val="(\w+)"\/>/.exec(cell)?.[1])).toEqual([
      "AnnexCellCentred",
      "AnnexCell",
      "AnnexCellRight",
    ]);
    for (const cell of cells) expect(cell).not.toContain("<w:jc ");
    // A bold total keeps its amount right-aligned by w:jc (one style for every bold cell).
    expect(rows[3]).toContain('<w:pStyle w:val="AnnexCellBold"/>');
    expect(rows[3]).toContain('<w:jc w:val="right"/>');
  });

  test('xml:space="preserve" only where spaces would otherwise be lost', () => {
    expect(xml).toContain("<w:t>STT</w:t>");
    expect(xml).toContain("<w:t>TỔNG CỘNG: 1 cháu</w:t>");
    expect(xml).toMatch(/<w:t xml:space="preserve"> {2}Bé/);
  });
});

describe("renderReportDocx with markup and control characters in a child's name", () => {
  test("the name is printed as text in Phụ lục 1, in a well-formed document.xml", async () => {
    const model = sampleModel();
    const [first, ...units] = model.annexes.gifts.byUnit;
    const [child, ...children] = first.entries;
    const name = '  Bé <Na> & "Tí"\u0001 ';
    const changed = {
      ...model,
      annexes: {
        ...model.annexes,
        gifts: {
          ...model.annexes.gifts,
          byUnit: [{ ...first, entries: [{ ...child, name }, ...children] }, ...units],
        },
      },
    };
    const zip = loadZip(await renderReportDocx(changed, { draft: false }));
    const document = await zip.file("word/document.xml")!.async("string");
    await expect(wellFormed(document)).resolves.toBeDefined();
    // Workbook text is printed as one plain line (plainText): its outer spaces trimmed, its controls dropped.
    expect(texts(document)).toContain('Bé <Na> & "Tí"');
    expect(document).toContain("<w:t>Bé &lt;Na&gt; &amp; &quot;Tí&quot;</w:t>");
    expect(document).not.toContain("\u2063");
  });

  test("the annex cells' styles are declared: 13 pt, aligned as their columns, bold for headings and totals", async () => {
    const zip = loadZip(await renderReportDocx(sampleModel(), { draft: false }));
    const document = await zip.file("word/document.xml")!.async("string");
    const styles = await zip.file("word/styles.xml")!.async("string");
    const used = new Set([...document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(["AnnexCell", "AnnexCellBold", "AnnexCellCentred", "AnnexCellRight"]);
    const declared = (id: string): string =>
      new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? "";
    expect(declared("AnnexCell")).toContain('<w:sz w:val="26"/><w:szCs w:val="26"/>');
    expect(declared("AnnexCell")).not.toContain("<w:b/>");
    expect(declared("AnnexCellBold")).toContain("<w:b/><w:bCs/>");
    expect(declared("AnnexCellBold")).toContain('<w:sz w:val="26"/>');
    expect(declared("AnnexCell")).toContain('<w:name w:val="Ô phụ lục"/>');
    expect(declared("AnnexCellCentred")).toContain('<w:jc w:val="center"/>');
    expect(declared("AnnexCellCentred")).toContain('<w:sz w:val="26"/>');
    expect(declared("AnnexCellRight")).toContain('<w:jc w:val="right"/>');
    expect(declared("AnnexCell")).not.toContain("<w:jc ");
  });
});
