// The renderer re-zips the package with its own zip layer after splicing in the annex tables: the test reads the
// package with fflate's unzip, not with the code that wrote it.
import { loadZip } from "../support/zip-reader";
import { renderReportDocx } from "../../src/report/docx-report";
import { buildReportDocument } from "../../src/report/report-document";
import { sampleModel } from "./sample-model";

interface Unzipped {
  readonly document: string;
  readonly styles: string;
  /** Header parts by relationship id, as the section properties reference them. */
  readonly headers: ReadonlyMap<string, string>;
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = loadZip(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing from the package`);
    return file.async("string");
  };
  const rels = await read("word/_rels/document.xml.rels");
  const headers = new Map<string, string>();
  for (const [, id, target] of rels.matchAll(
    /<Relationship Id="([^"]+)" Type="[^"]+\/header" Target="([^"]+)"/g,
  )) {
    headers.set(id, await read(`word/${target}`));
  }
  return { document: await read("word/document.xml"), styles: await read("word/styles.xml"), headers };
}

/** Visible text of a part: the w:t runs, joined. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const sections = (document: string): string[] =>
  [...document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
const headerRef = (section: string, type: "default" | "first"): string | undefined =>
  new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(section)?.[1];

describe("renderReportDocx", () => {
  let official: Unzipped;
  let draft: Unzipped;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const model = sampleModel();
    bytes = await renderReportDocx(model, { draft: false });
    official = await unzip(bytes);
    draft = await unzip(await renderReportDocx(model, { draft: true }));
  });

  test("returns the bytes of a zip package (a Uint8Array, not a Node Buffer)", () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  test("A4 portrait report with Decree 30 margins, then two landscape annex sections", () => {
    const [report, ...annexes] = sections(official.document);
    expect(report).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 20 mm = 1134, 15 mm = 850, 30 mm = 1701 twips.
    expect(report).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(annexes).toHaveLength(2);
    for (const annex of annexes) {
      expect(annex).toContain('<w:type w:val="nextPage"/>');
      expect(annex).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
      expect(annex).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    }
  });

  test("Times New Roman 14 pt by default, Vietnamese proofing language", () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(official.styles)?.[0] ?? "";
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    // The header block is 12–13 pt (sizes in half-points).
    expect(official.document).toMatch(
      /<w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">CỘNG HÒA/,
    );
  });

  test("the header texts, in a borderless two-column table", () => {
    const text = textOf(official.document);
    for (const expected of [
      "UBND TỈNH BẮC GIANG",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số:      /BC-KHCN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Bắc Giang, ngày 05 tháng 7 năm 2024",
      "BÁO CÁO",
      "Kết quả tổ chức Tháng hành động vì trẻ em năm 2024",
      "Nơi nhận:",
      "KT. GIÁM ĐỐC",
      "Triệu Ngọc Trung",
    ]) {
      expect(text).toContain(expected);
    }
    const firstTable = /<w:tbl>.*?<\/w:tbl>/.exec(official.document)?.[0] ?? "";
    expect(firstTable).toContain('<w:top w:val="none"');
    expect(textOf(firstTable)).toContain("UBND TỈNH BẮC GIANG");
    // The rules under the agency name, the motto, the subject and each annex's `(Kèm theo …)` line are
    // paragraph borders.
    expect((official.document.match(/<w:pBdr><w:top w:val="single"/g) ?? []).length).toBe(5);
  });

  test("no number on page 1, a centred PAGE field from page 2", () => {
    const [report] = sections(official.document);
    expect(report).toContain("<w:titlePg/>");
    const first = official.headers.get(headerRef(report, "first") ?? "") ?? "";
    expect(first).not.toContain("PAGE");
    expect(textOf(first)).toBe("");
    const pages = official.headers.get(headerRef(report, "default") ?? "") ?? "";
    expect(pages).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(pages).toContain('<w:jc w:val="center"/>');
    expect(report).not.toMatch(/<w:pgNumType w:start/);
  });

  test("each annex numbers its pages on its own, from 1, the number shown from its page 2", () => {
    const [, ...annexes] = sections(official.document);
    expect(annexes).toHaveLength(2);
    for (const annex of annexes) {
      expect(annex).toMatch(/<w:pgNumType w:start="1"\/>/);
      expect(annex).toContain("<w:titlePg/>");
      expect(textOf(official.headers.get(headerRef(annex, "first") ?? "") ?? "")).toBe("");
      expect(official.headers.get(headerRef(annex, "default") ?? "")).toContain("PAGE");
    }
  });

  test("annex tables: one per page, each with the column headers, Phụ lục I and II", () => {
    const tables = official.document.match(/<w:tblHeader\/>/g) ?? [];
    const pageBreaks = official.document.match(/<w:pageBreakBefore\/>/g) ?? [];
    // The header block and the signature are the report's two tables; every annex page has its own.
    expect(tables.length).toBe(pageBreaks.length + 2);
    expect(tables.length).toBeGreaterThan(2);
    const text = textOf(official.document);
    expect(text).toContain("Phụ lục I");
    expect(text).toContain("Phụ lục II");
    expect(text).not.toContain("Phụ lục 1");
    expect(text).toContain(
      "(Kèm theo Báo cáo số      /BC-KHCN ngày 05 tháng 7 năm 2024 của Sở Khoa học và Công nghệ)",
    );
    expect(text).toContain("TỔNG CỘNG: 71 cháu");
    expect(text).toContain("14.200.000");
    expect(text).toContain("7.050.000");
  });

  test("a unit's name row stays on the page of its first child, and is repeated with (tiếp theo) overleaf", () => {
    const document = buildReportDocument(sampleModel(), { draft: false });
    const groups = document.annexes.flatMap((annex) => annex.rows).filter((row) => row.kind === "group");
    expect(groups.length).toBeGreaterThan(0);
    const rows = [...official.document.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    const kept = rows.filter((row) => row.includes("<w:keepNext/>")).map(textOf);
    const headings = kept.filter((text) => !text.endsWith(" (tiếp theo)"));
    expect(headings).toEqual(groups.map((row) => row.cells[0]));
    // Every page of an annex table but its first opens with the column headers, then a unit's name: its own
    // heading when the unit starts there, else the unit continued.
    const tables = [...official.document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).slice(2);
    const continued = tables.map((table) => textOf([...table.matchAll(/<w:tr>.*?<\/w:tr>/g)][1]?.[0] ?? ""));
    expect(continued.filter((text) => text.endsWith(" (tiếp theo)")).length).toBeGreaterThan(0);
    for (const table of tables) {
      const last = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].at(-1)?.[0] ?? "";
      expect(last).not.toContain("<w:keepNext/>");
    }
  });

  test("DỰ THẢO only in the draft: red on page 1 and in every page header", () => {
    expect(official.document).not.toContain("DỰ THẢO");
    for (const header of official.headers.values()) expect(header).not.toContain("DỰ THẢO");

    const stampRun =
      /<w:r><w:rPr><w:b\/><w:bCs\/><w:color w:val="C00000"\/>[^]*?<w:t xml:space="preserve">DỰ THẢO<\/w:t>/;
    expect(draft.document).toMatch(stampRun);
    expect(textOf(draft.document).indexOf("DỰ THẢO")).toBeLessThan(
      textOf(draft.document).indexOf("UBND TỈNH BẮC GIANG"),
    );
    for (const section of sections(draft.document)) {
      const pages = draft.headers.get(headerRef(section, "default") ?? "") ?? "";
      expect(pages).toMatch(stampRun);
      expect(pages).toContain("PAGE");
    }
  });
});
