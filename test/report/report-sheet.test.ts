import { isPlanLink, planCellText, type PlanRow, type SheetPlan } from "../../src/engine";
import { blockText, buildReportDocument } from "../../src/report/report-document";
import { reportSheet } from "../../src/report/report-sheet";
import { modelWith, sampleModel } from "./sample-model";

const textRows = (plan: SheetPlan): PlanRow[] => plan.rows.filter((row) => row.kind === "text");
/** What each text row shows, its halves joined by " | " when it has two. */
const shown = (row: PlanRow): string =>
  row.cells
    .map(planCellText)
    .filter((cell) => cell !== null)
    .join(" | ");

describe("reportSheet", () => {
  const model = sampleModel();
  const plan = reportSheet(model, { draft: false });
  const document = buildReportDocument(model, { draft: false });

  test("is the `Báo cáo` sheet, A4 portrait, Times New Roman 13 pt, Decree 30 margins", () => {
    expect(plan.name).toBe("Báo cáo");
    expect(plan.page).toMatchObject({ orientation: "portrait", fitToWidth: true });
    const mm = (inches: number) => Math.round(inches * 25.4);
    const margins = plan.page.margins!;
    expect([margins.top, margins.bottom, margins.left, margins.right].map(mm)).toEqual([20, 20, 30, 15]);
    expect(plan.font).toEqual({ name: "Times New Roman", size: 13 });
    expect(plan.headerRow).toBeNull();
  });

  test("page numbers centred in the header from page 2, in the report's font", () => {
    expect(plan.page.headerFooter).toEqual({
      header: { center: '&"Times New Roman,Regular"&13&P' },
      blankFirstPage: true,
    });
    const draft = reportSheet(model, { draft: true });
    expect(draft.page.headerFooter?.header?.right).toContain("DỰ THẢO");
  });

  test("columns add up to the text width of A4 portrait between Decree 30's margins (165 mm), not beyond", () => {
    const px = plan.columns.reduce((sum, column) => sum + column.width * 7, 0);
    const mm = (px * 25.4) / 96;
    expect(mm).toBeGreaterThan(155);
    expect(mm).toBeLessThanOrEqual(165);
    for (const column of plan.columns) expect(column.wrap).toBe(true);
  });

  test("rules under the agency name, the motto and the subject, as bottom borders of a thin row", () => {
    const ruled = plan.rows.filter((row) => row.rules);
    expect(ruled.map((row) => row.rules)).toEqual([
      [
        { column: 1, columns: 1 },
        { column: 4, columns: 3 },
      ],
      [{ column: 2, columns: 3 }],
    ]);
    const under = plan.rows[plan.rows.indexOf(ruled[0]) - 1];
    expect(shown(under)).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc");
    for (const row of ruled) expect(row.look?.height).toBeLessThanOrEqual(4);
  });

  test("the header halves each keep their Decree 30 look: the date italic, the number upright", () => {
    const row = textRows(plan).find((r) => shown(r).startsWith("Số:"))!;
    expect(row.cellLooks?.[0]).toMatchObject({ italic: false, size: 13 });
    expect(row.cellLooks?.[3]).toMatchObject({ italic: true, size: 14 });
    const top = textRows(plan)[0];
    expect(top.cellLooks?.[0]).toMatchObject({ bold: false });
    expect(top.cellLooks?.[3]).toMatchObject({ bold: true, size: 12 });
  });

  test("has the document's paragraphs, in the same order and with the same words", () => {
    const texts = textRows(plan).map(shown);
    const body = document.body.filter((block) => block.kind !== "fill").map(blockText);
    const start = texts.indexOf(body[0]);
    expect(start).toBeGreaterThan(0);
    expect(texts.slice(start, start + body.length)).toEqual(body);
  });

  test("the header block in two merged halves, the title and subject across the page", () => {
    const texts = textRows(plan).map(shown);
    expect(texts.slice(0, 5)).toEqual([
      "UBND TỈNH BẮC GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc",
      "Số:      /BC-KHCN | Bắc Giang, ngày 05 tháng 7 năm 2024",
      "BÁO CÁO",
      "Kết quả tổ chức Tháng hành động vì trẻ em năm 2024",
    ]);
    const first = plan.rows.indexOf(textRows(plan)[0]);
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { row: first, column: 0, columns: 3 },
        { row: first, column: 3, columns: 5 },
      ]),
    );
  });

  test("every text row is merged across the row or into two halves, and wraps to an estimated height", () => {
    plan.rows.forEach((row, index) => {
      if (row.kind !== "text") return;
      const merges = plan.merges.filter((merge) => merge.row === index);
      expect(merges.reduce((sum, merge) => sum + merge.columns, 0)).toBe(plan.columns.length);
      expect(row.look?.height).toBeGreaterThan(0);
    });
    const long = textRows(plan).find((row) => shown(row).startsWith("Kế hoạch được ban hành kịp thời"));
    const short = textRows(plan).find((row) => shown(row) === "1. Ưu điểm");
    expect(long?.look?.height).toBeGreaterThan(3 * (short?.look?.height ?? 0));
    expect(short?.look).toMatchObject({ bold: true });
  });

  test("Nơi nhận level with the signer's authority, its lines beside the title and the signature space", () => {
    const texts = textRows(plan).map(shown);
    const at = texts.indexOf("Nơi nhận: | KT. GIÁM ĐỐC");
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 4)).toEqual([
      "Nơi nhận: | KT. GIÁM ĐỐC",
      "- Sở Lao động, Thương binh và Xã hội; | PHÓ GIÁM ĐỐC",
      "- Lãnh đạo Sở;",
      "- Lưu: VT, VP.",
    ]);
    expect(texts.slice(at + 4).find((text) => text !== "")).toBe("Triệu Ngọc Trung");
    const label = textRows(plan)[at];
    expect(label.cellLooks?.[0]).toMatchObject({ bold: true, italic: true, align: "left", size: 12 });
    expect(label.cellLooks?.[3]).toMatchObject({ bold: true, align: "center", size: 14 });
  });

  test("prints the report only: the links to the lists come after the print area", () => {
    const printRows = plan.page.printRows!;
    const printed = plan.rows.slice(0, printRows).map(shown);
    expect(printed.at(-1)).toBe("Triệu Ngọc Trung");
    expect(
      plan.rows
        .slice(0, printRows)
        .some((row) => row.cells.some((cell) => cell !== null && isPlanLink(cell))),
    ).toBe(false);
  });

  test("points to the list sheets for the annexes, with links", () => {
    const links = textRows(plan)
      .map((row) => row.cells[0])
      .filter((cell) => cell !== null && isPlanLink(cell));
    expect(links).toEqual([
      { text: "Phụ lục I: xem trang tính DS tặng quà", sheet: "DS tặng quà", cell: null },
      { text: "Phụ lục II: xem trang tính DS khen thưởng", sheet: "DS khen thưởng", cell: null },
    ]);
  });

  test("names the annexes the .docx has, Phụ lục III included when the events go there, without making their rows", () => {
    const linksOf = (sheet: SheetPlan) =>
      textRows(sheet)
        .map((row) => row.cells[0])
        .filter((cell) => cell !== null && isPlanLink(cell))
        .map((cell) => (isPlanLink(cell) ? cell.sheet : ""));
    const play = model.activities.events[1];
    const manyEvents = {
      ...model,
      activities: {
        ...model.activities,
        events: Array.from({ length: 12 }, (_, i) => ({ ...play, row: 100 + i })),
      },
    };
    for (const each of [model, manyEvents]) {
      const annexes = buildReportDocument(each, { draft: false }).annexes.map((annex) => annex.sheet);
      expect(linksOf(reportSheet(each, { draft: false }))).toEqual(annexes);
    }
    expect(linksOf(reportSheet(manyEvents, { draft: false }))).toEqual([
      "DS tặng quà",
      "DS khen thưởng",
      "Hoạt động",
    ]);
  });

  test("DỰ THẢO on the first row only in a draft", () => {
    expect(textRows(plan).some((row) => shown(row).includes("DỰ THẢO"))).toBe(false);
    const draft = reportSheet(model, { draft: true });
    expect(shown(draft.rows[0])).toBe("DỰ THẢO");
  });

  test("blank assessments become dotted rows", () => {
    const blank = reportSheet(modelWith({ strengths: null, weaknesses: null, proposals: null }), {
      draft: false,
    });
    const texts = textRows(blank).map(shown);
    const at = texts.indexOf("1. Ưu điểm");
    expect(texts[at + 1]).toMatch(/^\.{100,}$/);
    expect(texts[at + 2]).toMatch(/^\.{100,}$/);
    expect(texts[at + 3]).toBe("2. Hạn chế");
  });
});
