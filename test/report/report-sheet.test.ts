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

  test("is the `Báo cáo` sheet, A4 portrait, Times New Roman 13 pt", () => {
    expect(plan.name).toBe("Báo cáo");
    expect(plan.page).toEqual({ orientation: "portrait", fitToWidth: true });
    expect(plan.font).toEqual({ name: "Times New Roman", size: 13 });
    expect(plan.headerRow).toBeNull();
  });

  test("columns add up to about the printable width of A4 portrait (≈ 93 characters, 172 mm)", () => {
    const total = plan.columns.reduce((sum, column) => sum + column.width, 0);
    expect(total).toBeGreaterThanOrEqual(88);
    expect(total).toBeLessThanOrEqual(96);
    for (const column of plan.columns) expect(column.wrap).toBe(true);
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

  test("the signature block and Nơi nhận", () => {
    const texts = textRows(plan).map(shown);
    const at = texts.indexOf("KT. GIÁM ĐỐC");
    expect(texts.slice(at, at + 7)).toEqual([
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Nơi nhận:",
      "- Sở Lao động, Thương binh và Xã hội;",
      "- Lãnh đạo Sở;",
      "- Lưu: VT, VP.",
      "Triệu Ngọc Trung",
    ]);
    const label = textRows(plan).find((row) => shown(row) === "Nơi nhận:");
    expect(label?.look).toMatchObject({ bold: true, italic: true, align: "left" });
  });

  test("points to the list sheets for the annexes, with links", () => {
    const links = textRows(plan)
      .map((row) => row.cells[0])
      .filter((cell) => cell !== null && isPlanLink(cell));
    expect(links).toEqual([
      { text: "Phụ lục 1: xem trang tính DS tặng quà", sheet: "DS tặng quà", cell: null },
      { text: "Phụ lục 2: xem trang tính DS khen thưởng", sheet: "DS khen thưởng", cell: null },
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
