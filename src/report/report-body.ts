import { formatVnd, type ReportModel } from "../engine";
import { textDate } from "./document-dates";
import { vndInWords } from "./number-words";
import { formatPercent } from "./percent";
import { paragraphsOf, plainText } from "./plain-text";
import type { BodyBlock, Run } from "./report-document";

/**
 * Sections I–IV of the report (SPEC §4), worded as the department's own plan is (`Thực hiện …; Sở … như sau:`).
 * Every figure comes from the model; nothing is asserted that the workbook does not record. Counts of zero are
 * worded as such (`Chưa …`) rather than printed as `0 hoạt động`.
 */

const heading = (level: 1 | 2, text: string): BodyBlock => ({ kind: "heading", level, text });
const paragraph = (...runs: Run[]): BodyBlock => ({ kind: "paragraph", runs });
const text = (value: string): Run => ({ text: value });

/** `- a;` … `- z.`: a list closes with a full stop, its other lines with a semicolon. */
function items(lines: readonly string[]): BodyBlock[] {
  return lines.map((line, i) => ({
    kind: "item",
    runs: [text(`${line}${i === lines.length - 1 ? "." : ";"}`)],
  }));
}

/** `22.200.000 đồng (Bằng chữ: Hai mươi hai triệu hai trăm nghìn đồng).` — a grand total in figures and words. */
export function grandTotal(label: string, amount: number): BodyBlock {
  return paragraph(
    text(`${label}: ${formatVnd(amount)} đồng `),
    { text: `(Bằng chữ: ${vndInWords(amount)})`, italic: true },
    text("."),
  );
}

/** Free text typed in `Cấu hình`, or two dotted lines for the clerk: an invented assessment would be worse than a gap. */
function freeText(value: string | null): BodyBlock[] {
  const lines = paragraphsOf(value);
  return lines.length > 0 ? lines.map((line) => paragraph(text(line))) : [{ kind: "fill" }, { kind: "fill" }];
}

const CAMPAIGN = "Tháng hành động vì trẻ em";
const STAFF = "công chức, viên chức, người lao động";

function opening(model: ReportModel, agency: string | null): BodyBlock {
  const basis = plainText(model.basis);
  // The plan's own opening names the campaign after the basis; a basis that already does is not repeated.
  const about = basis.toLocaleLowerCase("vi").includes(CAMPAIGN.toLocaleLowerCase("vi"))
    ? ""
    : ` về tổ chức ${CAMPAIGN} năm ${model.year}`;
  const reporter =
    agency === null ? ", kết quả thực hiện như sau:" : `; ${agency} báo cáo kết quả thực hiện như sau:`;
  return paragraph(text(`Căn cứ ${basis}${about}${reporter}`));
}

function direction(model: ReportModel): BodyBlock[] {
  const staff = model.contributions.staffCount;
  return [
    heading(1, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
    paragraph(
      text(
        `${CAMPAIGN} năm ${model.year} được tổ chức từ ngày ${textDate(model.startDate)} đến ngày ` +
          `${textDate(model.endDate)} với chủ đề “${plainText(model.theme)}”.`,
      ),
    ),
    paragraph(
      text(
        `Kế hoạch được triển khai đến các phòng, đơn vị và ${staff > 0 ? `${staff} ` : "toàn thể "}${STAFF} ` +
          `trong cơ quan.`,
      ),
    ),
  ];
}

function propaganda(model: ReportModel): BodyBlock[] {
  const { newsPosts, bannerActivities, slogansPosted, slogansTotal } = model.propaganda;
  const lines = [
    newsPosts > 0
      ? `Đăng tải ${newsPosts} tin, bài về ${CAMPAIGN} trên Trang thông tin điện tử của cơ quan`
      : `Chưa đăng tải tin, bài về ${CAMPAIGN} trên Trang thông tin điện tử của cơ quan`,
    bannerActivities > 0
      ? `Tổ chức ${bannerActivities} hoạt động treo khẩu hiệu, băng rôn`
      : "Chưa tổ chức treo khẩu hiệu, băng rôn",
  ];
  if (slogansTotal > 0) {
    lines.push(
      `Đăng tải ${slogansPosted} trên tổng số ${slogansTotal} khẩu hiệu tuyên truyền theo Phụ lục của Kế hoạch`,
    );
  }
  return [heading(2, "1. Tuyên truyền"), ...items(lines)];
}

function contributions(model: ReportModel): BodyBlock[] {
  const c = model.contributions;
  const blocks: BodyBlock[] = [heading(2, "2. Vận động ủng hộ")];
  if (c.contributors === 0) {
    blocks.push(paragraph(text("Chưa ghi nhận khoản ủng hộ nào.")));
  } else {
    const ofStaff = `${c.staffContributors} trên tổng số ${c.staffCount} ${STAFF} của cơ quan`;
    const rate = c.staffCount > 0 ? `, đạt tỷ lệ ${formatPercent(c.participation)}` : "";
    blocks.push(
      paragraph(
        text(
          c.contributors === c.staffContributors
            ? `Có ${ofStaff} tham gia ủng hộ${rate}, cụ thể:`
            : `Có ${c.contributors} người tham gia ủng hộ, trong đó ${ofStaff}${rate}, cụ thể:`,
        ),
      ),
      ...items(
        c.byPurpose.map((p) => `${plainText(p.purpose)}: ${formatVnd(p.total)} đồng (${p.count} người)`),
      ),
    );
  }
  blocks.push(grandTotal("Tổng số tiền ủng hộ", c.total));
  return blocks;
}

function giftsAndPlay(model: ReportModel): BodyBlock[] {
  const { gifts, giftAndPlay } = model;
  const who = `con của ${STAFF} dưới ${gifts.ageLimit} tuổi tính đến ngày ${textDate(gifts.referenceDate)}`;
  const blocks: BodyBlock[] = [
    heading(2, "3. Tặng quà Tết thiếu nhi 1/6 và hoạt động vui chơi"),
    paragraph(
      text(
        gifts.count > 0
          ? `Tặng quà Tết thiếu nhi 1/6 cho ${gifts.count} cháu là ${who} (danh sách tại Phụ lục 1), ` +
              `mức ${formatVnd(gifts.value)} đồng/cháu.`
          : `Không có cháu nào thuộc diện tặng quà (${who}).`,
      ),
    ),
    grandTotal("Tổng kinh phí tặng quà", gifts.total),
  ];
  if (giftAndPlay.activities === 0) {
    blocks.push(paragraph(text("Chưa ghi nhận hoạt động tặng quà, vui chơi, văn hóa, thể thao, tham quan.")));
    return blocks;
  }
  const taking = [
    `${giftAndPlay.children} lượt cháu`,
    ...(giftAndPlay.participants > 0 ? [`${giftAndPlay.participants} lượt người`] : []),
  ];
  const cost = giftAndPlay.cost > 0 ? `, kinh phí ${formatVnd(giftAndPlay.cost)} đồng` : "";
  blocks.push(
    paragraph(
      text(
        `Tổ chức ${giftAndPlay.activities} hoạt động tặng quà, vui chơi, văn hóa, thể thao, tham quan cho con ${STAFF} ` +
          `với ${taking.join(" và ")} tham gia${cost}, cụ thể:`,
      ),
    ),
    ...items(
      giftAndPlay.byType.map(
        (t) => `${plainText(t.type)}: ${t.count} hoạt động, ${t.children} lượt cháu tham gia`,
      ),
    ),
  );
  return blocks;
}

function awards(model: ReportModel): BodyBlock[] {
  const { awards: a } = model;
  const cumulative = model.annexes.awards.rule === "cumulative";
  const blocks: BodyBlock[] = [heading(2, "4. Khen thưởng")];
  if (a.count === 0) {
    blocks.push(
      paragraph(text(`Không có cháu nào đạt thành tích thuộc diện khen thưởng năm học ${a.schoolYear}.`)),
    );
  } else {
    const rule = cumulative
      ? "mức thưởng cộng dồn danh hiệu và giải thưởng"
      : "mỗi cháu nhận một mức thưởng cao nhất";
    // Under `Cộng dồn` one child may be counted under two achievements, so those counts are awards, not children.
    const unit = cumulative ? "lượt" : "cháu";
    blocks.push(
      paragraph(
        text(
          `Khen thưởng ${a.count} cháu là con của ${STAFF} đạt thành tích cao trong học tập năm học ${a.schoolYear} ` +
            `(danh sách tại Phụ lục 2); ${rule}, cụ thể:`,
        ),
      ),
      ...items(
        a.byAchievement.map(
          (t) => `${plainText(t.achievement)}: ${t.count} ${unit}, ${formatVnd(t.total)} đồng`,
        ),
      ),
    );
  }
  blocks.push(grandTotal("Tổng kinh phí khen thưởng", a.total));
  return blocks;
}

function assessment(model: ReportModel): BodyBlock[] {
  return [
    heading(1, "III. ĐÁNH GIÁ CHUNG"),
    heading(2, "1. Ưu điểm"),
    ...freeText(model.strengths),
    heading(2, "2. Hạn chế"),
    ...freeText(model.weaknesses),
    heading(1, "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ...freeText(model.proposals),
  ];
}

export function buildReportBody(model: ReportModel, agency: string | null): BodyBlock[] {
  return [
    opening(model, agency),
    ...direction(model),
    heading(1, "II. KẾT QUẢ THỰC HIỆN"),
    ...propaganda(model),
    ...contributions(model),
    ...giftsAndPlay(model),
    ...awards(model),
    ...assessment(model),
    paragraph(
      text(
        `Trên đây là báo cáo kết quả tổ chức ${CAMPAIGN} năm ${model.year}${agency === null ? "" : ` của ${agency}`}./.`,
      ),
    ),
  ];
}
