import { formatVnd, type Issue, type ReportModel } from "../../src/engine";
import { vndInWords } from "../../src/report/number-words";
import {
  type AnnexRow,
  blockText,
  buildReportDocument,
  type ReportDocument,
} from "../../src/report/report-document";
import { modelWith, sampleModel } from "./sample-model";

const official = (model: ReportModel = sampleModel()): ReportDocument =>
  buildReportDocument(model, { draft: false });
const bodyTexts = (document: ReportDocument): string[] => document.body.map(blockText);
/** The paragraph that starts with `prefix`; fails the test when there is none or several. */
function paragraphStarting(document: ReportDocument, prefix: string): string {
  const found = bodyTexts(document).filter((text) => text.startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0];
}

describe("header block", () => {
  test("agency on the left, national motto on the right, per Decree 30", () => {
    const { header } = official();
    expect(header.left.map((line) => line.text)).toEqual([
      "UBND TỈNH BẮC GIANG",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số:      /BC-KHCN",
    ]);
    expect(header.left.map((line) => line.bold)).toEqual([false, true, false]);
    expect(header.left[1].rule).toBe("short");
    expect(header.right.map((line) => line.text)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Bắc Giang, ngày 05 tháng 7 năm 2024",
    ]);
    expect(header.right.map((line) => [line.bold, line.italic])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ]);
    expect(header.right[1].rule).toBe("full");
  });

  test.each([
    ["2024-07-05", "Bắc Giang, ngày 05 tháng 7 năm 2024"],
    ["2024-11-05", "Bắc Giang, ngày 05 tháng 11 năm 2024"],
    ["2025-02-15", "Bắc Giang, ngày 15 tháng 02 năm 2025"],
  ])("the date line for %s", (date, line) => {
    expect(official(modelWith({}, { date })).header.right[2].text).toBe(line);
  });

  test("the place, symbol and number come from the model", () => {
    const document = official(modelWith({}, { place: "Bắc Ninh", symbol: "SKHCN", number: "128" }));
    expect(document.header.left[2].text).toBe("Số: 128/BC-SKHCN");
    expect(document.header.right[2].text).toMatch(/^Bắc Ninh, ngày /);
    expect(document.annexes[0].attachedTo).toMatch(
      /^\(Kèm theo Báo cáo số 128\/BC-SKHCN ngày 05 tháng 7 năm 2024/,
    );
  });

  test("title and subject", () => {
    expect(official().title.map((line) => line.text)).toEqual([
      "BÁO CÁO",
      "Kết quả tổ chức Tháng hành động vì trẻ em năm 2024",
    ]);
  });
});

describe("sections", () => {
  test("come in the order of SPEC §4", () => {
    const headings = official()
      .body.filter((block) => block.kind === "heading")
      .map(blockText);
    expect(headings).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Tuyên truyền",
      "2. Vận động ủng hộ",
      "3. Tặng quà Tết thiếu nhi 1/6 và hoạt động vui chơi",
      "4. Khen thưởng",
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
  });

  test("open with the basis and close with the house formula", () => {
    const texts = bodyTexts(official());
    expect(texts[0]).toBe(
      "Căn cứ Kế hoạch số 63/KH-KHCN ngày 17/4/2024 của Sở Khoa học và Công nghệ về tổ chức Tháng hành động vì trẻ em " +
        "năm 2024; Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:",
    );
    expect(texts[texts.length - 1]).toBe(
      "Trên đây là báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm 2024 của Sở Khoa học và Công nghệ./.",
    );
  });

  test("section I names the theme and the dates", () => {
    const model = sampleModel();
    expect(paragraphStarting(official(model), "Tháng hành động")).toBe(
      "Tháng hành động vì trẻ em năm 2024 được tổ chức từ ngày 01/6/2024 đến ngày 30/6/2024 với chủ đề " +
        `“${model.theme}”.`,
    );
  });

  test("a basis that does not name the agency: sentences worded without it", () => {
    const document = official(
      modelWith({ basis: "Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh Bắc Giang" }),
    );
    expect(bodyTexts(document)[0]).toBe(
      "Căn cứ Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh Bắc Giang về tổ chức Tháng hành động vì trẻ em " +
        "năm 2024, kết quả thực hiện như sau:",
    );
    expect(bodyTexts(document).at(-1)).toBe(
      "Trên đây là báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm 2024./.",
    );
  });
});

describe("every figure equals the model's", () => {
  const model = sampleModel();
  const document = official(model);

  test("propaganda", () => {
    const { newsPosts, bannerActivities, slogansPosted, slogansTotal } = model.propaganda;
    const texts = bodyTexts(document);
    expect(texts).toContain(
      `- Đăng tải ${newsPosts} tin, bài về Tháng hành động vì trẻ em trên Trang thông tin điện tử của cơ quan;`,
    );
    expect(texts).toContain(`- Tổ chức ${bannerActivities} hoạt động treo khẩu hiệu, băng rôn;`);
    expect(texts).toContain(
      `- Đăng tải ${slogansPosted} trên tổng số ${slogansTotal} khẩu hiệu tuyên truyền theo Phụ lục của Kế hoạch.`,
    );
  });

  test("contributions: contributors, staff, participation, purposes, total in figures and words", () => {
    const c = model.contributions;
    expect(paragraphStarting(document, "Có ")).toBe(
      `Có ${c.contributors} người tham gia ủng hộ, trong đó ${c.staffContributors} trên tổng số ${c.staffCount} công chức, ` +
        "viên chức, người lao động của cơ quan, đạt tỷ lệ 93,55%, cụ thể:",
    );
    for (const purpose of c.byPurpose) {
      expect(bodyTexts(document).join("\n")).toContain(
        `- ${purpose.purpose}: ${formatVnd(purpose.total)} đồng (${purpose.count} người)`,
      );
    }
    expect(c.byPurpose.reduce((sum, p) => sum + p.total, 0)).toBe(c.total);
    expect(paragraphStarting(document, "Tổng số tiền ủng hộ")).toBe(
      "Tổng số tiền ủng hộ: 22.200.000 đồng (Bằng chữ: Hai mươi hai triệu hai trăm nghìn đồng).",
    );
    expect(c.total).toBe(22_200_000);
  });

  test("gifts: children, value per gift, total in figures and words", () => {
    const { gifts } = model;
    expect(paragraphStarting(document, "Tặng quà Tết")).toContain(
      `cho ${gifts.count} cháu là con của công chức, viên chức, người lao động dưới ${gifts.ageLimit} tuổi tính đến ngày 01/6/2024`,
    );
    expect(paragraphStarting(document, "Tặng quà Tết")).toContain(`mức ${formatVnd(gifts.value)} đồng/cháu`);
    expect(paragraphStarting(document, "Tổng kinh phí tặng quà")).toBe(
      `Tổng kinh phí tặng quà: ${formatVnd(gifts.total)} đồng (Bằng chữ: ${vndInWords(gifts.total)}).`,
    );
    expect(gifts.total).toBe(gifts.count * gifts.value);
  });

  test("gift and play activities and the children taking part", () => {
    const { giftAndPlay } = model;
    expect(paragraphStarting(document, "Tổ chức 3 hoạt động")).toContain(
      `với ${giftAndPlay.children} lượt cháu và ${giftAndPlay.participants} lượt người tham gia, kinh phí ${formatVnd(giftAndPlay.cost)} đồng`,
    );
    for (const type of giftAndPlay.byType) {
      expect(bodyTexts(document).join("\n")).toContain(
        `- ${type.type}: ${type.count} hoạt động, ${type.children} lượt cháu tham gia`,
      );
    }
  });

  test("awards: children by achievement, total in figures and words", () => {
    const { awards } = model;
    expect(paragraphStarting(document, "Khen thưởng ")).toContain(`Khen thưởng ${awards.count} cháu`);
    expect(paragraphStarting(document, "Khen thưởng ")).toContain(`năm học ${awards.schoolYear}`);
    for (const achievement of awards.byAchievement) {
      expect(bodyTexts(document).join("\n")).toContain(
        `- ${achievement.achievement}: ${achievement.count} cháu, ${formatVnd(achievement.total)} đồng`,
      );
    }
    expect(paragraphStarting(document, "Tổng kinh phí khen thưởng")).toBe(
      "Tổng kinh phí khen thưởng: 7.050.000 đồng (Bằng chữ: Bảy triệu không trăm năm mươi nghìn đồng).",
    );
    expect(awards.total).toBe(7_050_000);
  });

  test("no money figure in the text is unformatted", () => {
    // Years (2024, 2023-2024) are the only bare runs of four digits; amounts always carry separators.
    for (const text of bodyTexts(document)) {
      expect(text).not.toMatch(/\d{5,}/);
      expect(text).not.toMatch(/\d{4} đồng/);
    }
  });
});

describe("zero counts and blank free text", () => {
  test("zero counts are worded, not printed as 0", () => {
    const model = sampleModel();
    const document = official({
      ...model,
      propaganda: { newsPosts: 0, bannerActivities: 0, slogansPosted: 0, slogansTotal: 12 },
      giftAndPlay: { activities: 0, children: 0, participants: 0, cost: 0, byType: [] },
      contributions: {
        ...model.contributions,
        contributors: 0,
        staffContributors: 0,
        total: 0,
        participation: 0,
        byPurpose: [],
        byUnit: [],
      },
    });
    const texts = bodyTexts(document);
    expect(texts).toContain(
      "- Chưa đăng tải tin, bài về Tháng hành động vì trẻ em trên Trang thông tin điện tử của cơ quan;",
    );
    expect(texts).toContain("- Chưa tổ chức treo khẩu hiệu, băng rôn;");
    expect(texts).toContain("Chưa ghi nhận khoản ủng hộ nào.");
    expect(texts).toContain("Tổng số tiền ủng hộ: 0 đồng (Bằng chữ: Không đồng).");
    expect(texts).toContain("Chưa ghi nhận hoạt động tặng quà, vui chơi, văn hóa, thể thao, tham quan.");
  });

  test("blank assessments leave dotted lines for the clerk, never invented text", () => {
    const document = official(modelWith({ strengths: null, weaknesses: null, proposals: null }));
    const kinds = document.body.map((block) => (block.kind === "heading" ? blockText(block) : block.kind));
    const from = kinds.indexOf("III. ĐÁNH GIÁ CHUNG");
    expect(kinds.slice(from, from + 10)).toEqual([
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "fill",
      "fill",
      "2. Hạn chế",
      "fill",
      "fill",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      "fill",
      "fill",
    ]);
  });

  test("free text keeps the clerk's line breaks as paragraphs", () => {
    const document = official(modelWith({ strengths: "Thứ nhất.\nThứ hai." }));
    const texts = bodyTexts(document);
    const at = texts.indexOf("1. Ưu điểm");
    expect(texts.slice(at + 1, at + 3)).toEqual(["Thứ nhất.", "Thứ hai."]);
  });

  test("workbook text is printed as typed, never interpreted", () => {
    const document = official(modelWith({ theme: '=HYPERLINK("x") <w:t>&</w:t>' }));
    expect(paragraphStarting(document, "Tháng hành động")).toContain('“=HYPERLINK("x") <w:t>&</w:t>”');
  });
});

describe("recipients, signature and stamp", () => {
  test("Nơi nhận and the signature block come from the model", () => {
    expect(official().closing).toEqual({
      recipientsLabel: "Nơi nhận:",
      recipients: ["Sở Lao động, Thương binh và Xã hội;", "Lãnh đạo Sở;", "Lưu: VT, VP."],
      authority: "KT. GIÁM ĐỐC",
      title: "PHÓ GIÁM ĐỐC",
      name: "Triệu Ngọc Trung",
    });
    const model = sampleModel();
    expect(official({ ...model, signer: { ...model.signer, name: null } }).closing.name).toBeNull();
  });

  test("DỰ THẢO only on a draft, and always when the model has errors", () => {
    const model = sampleModel();
    expect(official(model).stamp).toBeNull();
    expect(buildReportDocument(model, { draft: true }).stamp).toEqual({ text: "DỰ THẢO", note: null });
    const withErrors = { ...model, draft: true, errors: [model.errors[0] ?? fakeIssue(), fakeIssue()] };
    expect(official(withErrors).stamp).toEqual({
      text: "DỰ THẢO",
      note: "Số liệu chưa chính thức: dữ liệu còn 2 lỗi cần sửa.",
    });
  });
});

function fakeIssue(): Issue {
  return {
    sheet: "Con",
    row: 7,
    column: "Ngày sinh",
    cell: "C7",
    code: "DATE_INVALID",
    severity: "error",
    message: "Ngày sinh không hợp lệ",
  };
}

describe("annexes", () => {
  const model = sampleModel();
  const [gifts, awards] = official(model).annexes;
  const amountsOf = (rows: readonly AnnexRow[], kind: AnnexRow["kind"], column: number) =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => Number((row.cells[column] ?? "").replace(/\./g, "")));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  test("Phụ lục 1: the gift list, its columns, subtotals and total", () => {
    expect(gifts.label).toBe("Phụ lục 1");
    expect(gifts.columns.map((c) => c.header)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Tuổi",
      "Cha/mẹ",
      "Đơn vị",
      "Giá trị quà",
    ]);
    expect(gifts.rows.filter((row) => row.kind === "data")).toHaveLength(model.gifts.count);
    expect(gifts.rows.filter((row) => row.kind === "group").map((row) => row.cells[0])).toEqual(
      model.annexes.gifts.byUnit.map((group) => group.unit),
    );
    expect(sum(amountsOf(gifts.rows, "data", 6))).toBe(model.gifts.total);
    expect(sum(amountsOf(gifts.rows, "subtotal", 6))).toBe(model.gifts.total);
    expect(gifts.rows.at(-1)).toEqual({
      kind: "total",
      cells: [
        "",
        `TỔNG CỘNG: ${model.gifts.count} cháu`,
        null,
        null,
        null,
        null,
        formatVnd(model.gifts.total),
      ],
    });
    const first = model.annexes.gifts.entries[0];
    expect(gifts.rows[1].cells).toEqual([
      "1",
      first.name,
      "29/05/2014",
      "10",
      first.parents.join(", "),
      first.unit,
      "200.000",
    ]);
  });

  test("Phụ lục 2: the award list, numbered across units, totals equal the model's", () => {
    expect(awards.label).toBe("Phụ lục 2");
    expect(awards.columns.map((c) => c.header)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Lớp",
      "Thành tích",
      "Mức thưởng",
      "Cha/mẹ",
      "Đơn vị",
    ]);
    const data = awards.rows.filter((row) => row.kind === "data");
    expect(data.map((row) => row.cells[0])).toEqual(data.map((_, i) => String(i + 1)));
    expect(sum(amountsOf(awards.rows, "data", 5))).toBe(model.awards.total);
    expect(sum(amountsOf(awards.rows, "subtotal", 5))).toBe(model.awards.total);
    expect(amountsOf(awards.rows, "total", 5)).toEqual([model.awards.total]);
    for (const row of awards.rows) expect(row.cells).toHaveLength(awards.columns.length);
  });
});
