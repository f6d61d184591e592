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
  test("come in the order of SPEC §4, with Phương hướng as its own section when filled", () => {
    const headings = (model: ReportModel) =>
      official(model)
        .body.filter((block) => block.kind === "heading")
        .map(blockText);
    expect(headings(sampleModel())).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Tuyên truyền",
      "2. Vận động ủng hộ",
      "3. Tặng quà Tết thiếu nhi 1/6 và hoạt động vui chơi",
      "4. Khen thưởng",
      "5. Kinh phí thực hiện",
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế",
      "IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
    expect(headings(modelWith({ outlook: null })).slice(-2)).toEqual([
      "2. Hạn chế",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
  });

  test("open with Thực hiện, the higher plan, then the basis; close with the house formula", () => {
    const model = sampleModel();
    const texts = bodyTexts(official(model));
    expect(texts[0]).toBe(
      `Thực hiện ${model.higherPlan}; Kế hoạch số 63/KH-KHCN ngày 17/4/2024 của Sở Khoa học và Công nghệ về tổ ` +
        "chức Tháng hành động vì trẻ em năm 2024, Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:",
    );
    expect(texts[texts.length - 1]).toBe(
      "Trên đây là báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm 2024 của Sở Khoa học và Công nghệ./.",
    );
    expect(bodyTexts(official(modelWith({ higherPlan: null })))[0]).toBe(
      "Thực hiện Kế hoạch số 63/KH-KHCN ngày 17/4/2024 của Sở Khoa học và Công nghệ về tổ chức Tháng hành động " +
        "vì trẻ em năm 2024, Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:",
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
      modelWith({ higherPlan: null, basis: "Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh Bắc Giang" }),
    );
    expect(bodyTexts(document)[0]).toBe(
      "Thực hiện Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh Bắc Giang về tổ chức Tháng hành động vì trẻ " +
        "em năm 2024, kết quả thực hiện như sau:",
    );
    expect(bodyTexts(document).at(-1)).toBe(
      "Trên đây là báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm 2024./.",
    );
  });
});

describe("every figure equals the model's", () => {
  const model = sampleModel();
  const document = official(model);
  const all = bodyTexts(document).join("\n");

  test("propaganda: posts named, banners as typed, slogans posted as n/12 and the others named", () => {
    const { newsItems, bannerItems, unpostedSlogans, slogansPosted, slogansTotal } = model.propaganda;
    const news = paragraphStarting(document, "- Đăng tải 0");
    expect(news).toContain(`Đăng tải 0${newsItems.length} tin, bài`);
    for (const post of newsItems) expect(news).toContain(post.text);
    for (const banner of bannerItems) expect(all).toContain(banner.text);
    expect(unpostedSlogans.map((slogan) => slogan.number)).toEqual([8, 11]);
    expect(paragraphStarting(document, "- Đăng tải 10/12")).toBe(
      `- Đăng tải ${slogansPosted}/${slogansTotal} khẩu hiệu tuyên truyền theo Phụ lục của Kế hoạch; chưa đăng tải ` +
        "khẩu hiệu số 8 “Phòng ngừa và chấm dứt lao động trẻ em vì sự phát triển bền vững”, số 11 “Gia đình, " +
        "cộng đồng giám sát, trông giữ trẻ em để phòng, chống đuối nước”.",
    );
  });

  test("contributions: staff as people with participation, the group apart, total in figures and words", () => {
    const c = model.contributions;
    expect([c.staffContributors, c.otherContributors, c.contributors]).toEqual([58, 1, 59]);
    expect(paragraphStarting(document, "Có ")).toBe(
      "Có 58/62 công chức, viên chức, người lao động của cơ quan tham gia ủng hộ, đạt 93,55%. Ngoài ra, có 01 " +
        "tập thể, cá nhân ngoài cơ quan ủng hộ (Hội Cựu chiến binh cơ quan).",
    );
    expect(all).not.toMatch(/59 người/);
    for (const purpose of c.byPurpose) {
      expect(all).toContain(`- Ủng hộ ${purpose.purpose}: ${formatVnd(purpose.total)} đồng`);
    }
    expect(c.byPurpose.reduce((sum, p) => sum + p.total, 0)).toBe(c.total);
    expect(paragraphStarting(document, "Tổng số tiền ủng hộ")).toBe(
      "Tổng số tiền ủng hộ: 22.200.000 đồng (Bằng chữ: Hai mươi hai triệu hai trăm nghìn đồng).",
    );
    expect(paragraphStarting(document, "Số tiền ủng hộ đã được chuyển")).toBe(
      "Số tiền ủng hộ đã được chuyển về Quỹ Bảo trợ trẻ em ngày 28/6/2024.",
    );
    expect(bodyTexts(official(modelWith({ fundTransferDate: null }))).join("\n")).not.toContain(
      "chuyển về Quỹ",
    );
  });

  test("gifts: the age belongs to the children; value per gift and total once", () => {
    const { gifts } = model;
    expect(paragraphStarting(document, "Tặng quà Tết")).toBe(
      `Tặng quà Tết thiếu nhi 1/6 cho ${gifts.count} cháu dưới 16 tuổi (tính đến ngày 01/6/2024) là con của công ` +
        "chức, viên chức, người lao động (danh sách tại Phụ lục I), mức 200.000 đồng/cháu, tổng số 14.200.000 đồng.",
    );
    expect(all.split("14.200.000").length - 1).toBe(1);
    expect(gifts.total).toBe(gifts.count * gifts.value);
  });

  test("every event on its own line: text, date, unit, people, children, cost and source", () => {
    const events = model.activities.events;
    expect(events.map((event) => event.type)).toEqual([
      "Tặng quà",
      "Vui chơi, văn hóa, thể thao",
      "Tham quan, du lịch",
      "Khen thưởng",
    ]);
    const science = events[1];
    expect(all).toContain(
      `- ${science.text}, ngày 08/6/2024, do Văn phòng Sở thực hiện, 85 người, 56 cháu tham gia, kinh phí ` +
        "6.500.000 đồng (Xã hội hóa);",
    );
    // The gift meeting's cost is the gift list's total, stated once above.
    expect(all).toContain(
      `- ${events[0].text}, ngày 01/6/2024, do Văn phòng Sở thực hiện, 96 người, 71 cháu tham gia, kinh phí nêu trên (Công đoàn)`,
    );
  });

  test("awards: children by achievement, total once", () => {
    const { awards } = model;
    expect(paragraphStarting(document, "Khen thưởng ")).toContain(`Khen thưởng ${awards.count} cháu`);
    expect(paragraphStarting(document, "Khen thưởng ")).toContain(
      "(danh sách tại Phụ lục II), tổng số 7.050.000 đồng",
    );
    for (const achievement of awards.byAchievement) {
      const count = String(achievement.count).padStart(2, "0");
      expect(all).toContain(
        `- ${achievement.achievement}: ${count} cháu, ${formatVnd(achievement.total)} đồng`,
      );
    }
    expect(all.split("7.050.000").length - 1).toBe(1);
  });

  test("total spend: the activities' Kinh phí once, in figures and words, by source", () => {
    const total = model.activities.events
      .concat(model.propaganda.bannerItems, model.propaganda.newsItems)
      .reduce((sum, item) => sum + (item.cost ?? 0), 0);
    expect(model.spend.total).toBe(total);
    expect(paragraphStarting(document, "Tổng kinh phí tổ chức")).toBe(
      "Tổng kinh phí tổ chức các hoạt động (đã bao gồm kinh phí tặng quà và khen thưởng nêu trên): " +
        `${formatVnd(total)} đồng (Bằng chữ: ${vndInWords(total)}), trong đó:`,
    );
    expect(model.spend.bySource.reduce((sum, s) => sum + s.total, 0)).toBe(total);
    for (const source of model.spend.bySource) {
      expect(all).toContain(`- Nguồn ${source.source}: ${formatVnd(source.total)} đồng`);
    }
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
      propaganda: { ...model.propaganda, newsPosts: 0, bannerActivities: 0, newsItems: [], bannerItems: [] },
      activities: { ...model.activities, events: [] },
      spend: { total: 0, bySource: [], includesGifts: false, includesAwards: false },
      contributions: {
        ...model.contributions,
        contributors: 0,
        staffContributors: 0,
        otherContributors: 0,
        otherNames: [],
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
    expect(texts).toContain("- Chưa tổ chức treo băng rôn, khẩu hiệu;");
    expect(texts).toContain("Chưa ghi nhận khoản ủng hộ nào.");
    expect(texts).toContain("Chưa ghi nhận hoạt động vui chơi, văn hóa, thể thao, tham quan.");
    expect(texts).toContain("Chưa ghi nhận kinh phí tổ chức các hoạt động.");
  });

  test("more than ten events: the body keeps counts by type and the table goes to Phụ lục III", () => {
    const model = sampleModel();
    const play = model.activities.events[1];
    const events = Array.from({ length: 12 }, (_, i) => ({
      ...play,
      row: 100 + i,
      text: `Hoạt động số ${i + 1}`,
    }));
    const document = official({ ...model, activities: { ...model.activities, events } });
    const texts = bodyTexts(document);
    expect(texts).toContain(
      "Tổ chức 12 hoạt động cho con công chức, viên chức, người lao động (chi tiết tại Phụ lục III):",
    );
    expect(texts).toContain("- Vui chơi, văn hóa, thể thao: 12 hoạt động, 672 lượt cháu tham gia.");
    expect(texts.join("\n")).not.toContain("Hoạt động số 1,");
    const annex = document.annexes.at(-1)!;
    expect(annex.label).toBe("Phụ lục III");
    expect(annex.rows.filter((row) => row.kind === "data").map((row) => row.cells[2])).toEqual(
      events.map((event) => event.text),
    );
    expect(annex.rows.at(-1)?.cells).toContain(formatVnd(12 * (play.cost ?? 0)));
  });

  test("blank assessments leave dotted lines for the clerk, never invented text", () => {
    const document = official(modelWith({ strengths: null, weaknesses: null, proposals: null }));
    const kinds = document.body.map((block) => (block.kind === "heading" ? blockText(block) : block.kind));
    const from = kinds.indexOf("III. ĐÁNH GIÁ CHUNG");
    expect(kinds.slice(from, from + 12)).toEqual([
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "fill",
      "fill",
      "2. Hạn chế",
      "fill",
      "fill",
      "IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI",
      kinds[from + 8],
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
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
  const [gifts, awards, ...more] = official(model).annexes;
  test("two annexes for the sample: its four events are named in the body", () => {
    expect(more).toEqual([]);
  });
  const amountsOf = (rows: readonly AnnexRow[], kind: AnnexRow["kind"], column: number) =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => Number((row.cells[column] ?? "").replace(/\./g, "")));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  test("Phụ lục I: the gift list, no unit column inside the unit's group, Giới tính, subtotals and total", () => {
    expect(gifts.label).toBe("Phụ lục I");
    expect(gifts.columns.map((c) => c.header)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Tuổi",
      "Giới tính",
      "Cha/mẹ",
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
      first.gender,
      first.parents.join(", "),
      "200.000",
    ]);
    expect(first.gender).toMatch(/^(Nam|Nữ)$/);
  });

  test("Phụ lục II: the award list, numbered across units, totals equal the model's", () => {
    expect(awards.label).toBe("Phụ lục II");
    expect(awards.columns.map((c) => c.header)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Lớp",
      "Thành tích",
      "Cha/mẹ",
      "Mức thưởng",
    ]);
    const data = awards.rows.filter((row) => row.kind === "data");
    expect(data.map((row) => row.cells[0])).toEqual(data.map((_, i) => String(i + 1)));
    expect(sum(amountsOf(awards.rows, "data", 7))).toBe(model.awards.total);
    expect(sum(amountsOf(awards.rows, "subtotal", 7))).toBe(model.awards.total);
    expect(amountsOf(awards.rows, "total", 7)).toEqual([model.awards.total]);
    for (const row of awards.rows) expect(row.cells).toHaveLength(awards.columns.length);
  });
});
