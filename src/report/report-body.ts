import { type ActivityItem, ACTIVITY_TYPES, formatVnd, type ReportModel } from "../engine";
import { textDate } from "./document-dates";
import { vndInWords } from "./number-words";
import { formatPercent } from "./percent";
import { paragraphsOf, plainText } from "./plain-text";
import {
  ACTIVITY_ANNEX_LABEL,
  activitiesInAnnex,
  AWARD_ANNEX_LABEL,
  GIFT_ANNEX_LABEL,
} from "./report-annexes";
import type { BodyBlock, Run } from "./report-document";

/**
 * Sections I–V of the report (SPEC §4), worded as the department's documents are (`Thực hiện …; … báo cáo kết quả
 * thực hiện như sau:`). Every figure comes from the model and each amount is stated once; nothing is asserted that
 * the workbook does not record. Counts of zero are worded as such (`Chưa …`) rather than printed as `0 hoạt động`.
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

/**
 * A count as the department's documents write it: below 10 with a leading zero (`03 tin, bài`, `05 cháu`), so that
 * no digit can be added by hand, as Decree 30 does for dates.
 */
export function countText(count: number): string {
  return count > 0 && count < 10 ? `0${count}` : String(count);
}

const money = (amount: number): string => `${formatVnd(amount)} đồng`;

/** `22.200.000 đồng (Bằng chữ: Hai mươi hai triệu hai trăm nghìn đồng).` — a grand total in figures and words. */
export function grandTotal(label: string, amount: number, after = "."): BodyBlock {
  return paragraph(
    text(`${label}: ${money(amount)} `),
    { text: `(Bằng chữ: ${vndInWords(amount)})`, italic: true },
    text(after),
  );
}

/** Free text typed in `Cấu hình`, or two dotted lines for the clerk (REPORT_TEXT_MISSING has warned). */
function freeText(value: string | null): BodyBlock[] {
  const lines = paragraphsOf(value);
  return lines.length > 0 ? lines.map((line) => paragraph(text(line))) : [{ kind: "fill" }, { kind: "fill" }];
}

const CAMPAIGN = "Tháng hành động vì trẻ em";
const GIFT_TYPE: string = ACTIVITY_TYPES[2];
const AWARD_TYPE: string = ACTIVITY_TYPES[5];
const STAFF = "công chức, viên chức, người lao động";
/** Up to this many posts, banners or events are named one by one in the body. */
const NAMED_POSTS = 5;
const NAMED_SLOGANS = 4;

/** A quoted title without its closing full stop (the slogans end with one). */
const quoted = (value: string): string => `“${plainText(value).replace(/[.;]+$/, "")}”`;

function opening(model: ReportModel, agency: string | null): BodyBlock {
  const basis = plainText(model.basis);
  const higher = model.higherPlan === null ? "" : plainText(model.higherPlan);
  // The plan's own opening names the campaign after the basis; a basis that already does is not repeated.
  const about = basis.toLocaleLowerCase("vi").includes(CAMPAIGN.toLocaleLowerCase("vi"))
    ? ""
    : ` về tổ chức ${CAMPAIGN} năm ${model.year}`;
  const reporter =
    agency === null ? " kết quả thực hiện như sau:" : ` ${agency} báo cáo kết quả thực hiện như sau:`;
  return paragraph(text(`Thực hiện ${higher === "" ? "" : `${higher}; `}${basis}${about},${reporter}`));
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
        `Kế hoạch được triển khai đến các phòng, đơn vị và ${staff > 0 ? `${countText(staff)} ` : "toàn thể "}` +
          `${STAFF} trong cơ quan.`,
      ),
    ),
  ];
}

const dated = (item: ActivityItem): string => (item.date === null ? "" : ` (${textDate(item.date)})`);

/** `“a” (01/6/2024), “b”`: the items' texts when few, else nothing. */
function named(list: readonly ActivityItem[]): string {
  if (list.length === 0 || list.length > NAMED_POSTS) return "";
  return `: ${list.map((item) => `${quoted(item.text)}${dated(item)}`).join(", ")}`;
}

function sloganLine(model: ReportModel): string | null {
  const { slogansPosted, slogansTotal, unpostedSlogans } = model.propaganda;
  if (slogansTotal === 0) return null;
  const posted = `Đăng tải ${countText(slogansPosted)}/${countText(slogansTotal)} khẩu hiệu tuyên truyền theo Phụ lục của Kế hoạch`;
  if (unpostedSlogans.length === 0) return posted;
  const numbers = unpostedSlogans.map((s) => `số ${s.number}`);
  const which =
    unpostedSlogans.length <= NAMED_SLOGANS
      ? unpostedSlogans.map((s) => `số ${s.number} ${quoted(s.text)}`).join(", ")
      : numbers.join(", ");
  return `${posted}; chưa đăng tải khẩu hiệu ${which}`;
}

/** Banners as typed, one line each when few (their `Nội dung` says what was hung where), else a count. */
function bannerLines(bannerItems: readonly ActivityItem[]): string[] {
  if (bannerItems.length === 0) return ["Chưa tổ chức treo băng rôn, khẩu hiệu"];
  if (bannerItems.length > NAMED_POSTS) {
    return [`Tổ chức ${countText(bannerItems.length)} đợt treo băng rôn, khẩu hiệu tuyên truyền`];
  }
  return bannerItems.map((item) => `${plainText(item.text).replace(/[.;]+$/, "")}${dated(item)}`);
}

function propaganda(model: ReportModel): BodyBlock[] {
  const { newsItems, bannerItems } = model.propaganda;
  const lines = [
    newsItems.length > 0
      ? `Đăng tải ${countText(newsItems.length)} tin, bài về ${CAMPAIGN} trên Trang thông tin điện tử của cơ quan${named(newsItems)}`
      : `Chưa đăng tải tin, bài về ${CAMPAIGN} trên Trang thông tin điện tử của cơ quan`,
    ...bannerLines(bannerItems),
  ];
  const slogans = sloganLine(model);
  if (slogans !== null) lines.push(slogans);
  return [heading(2, "1. Tuyên truyền"), ...items(lines)];
}

/** `58/62 công chức, … tham gia ủng hộ, đạt 93,55%`, then groups and outsiders apart: people and groups never add. */
function contributions(model: ReportModel): BodyBlock[] {
  const c = model.contributions;
  const blocks: BodyBlock[] = [heading(2, "2. Vận động ủng hộ")];
  if (c.contributors === 0) {
    blocks.push(paragraph(text("Chưa ghi nhận khoản ủng hộ nào.")));
    return blocks;
  }
  const sentences: string[] = [];
  if (c.staffContributors > 0) {
    const rate = c.staffCount > 0 ? `, đạt ${formatPercent(c.participation)}` : "";
    const of =
      c.staffCount > 0
        ? `${countText(c.staffContributors)}/${countText(c.staffCount)}`
        : countText(c.staffContributors);
    sentences.push(`Có ${of} ${STAFF} của cơ quan tham gia ủng hộ${rate}.`);
  }
  if (c.otherContributors > 0) {
    const names = c.otherNames.length <= 3 ? ` (${c.otherNames.map(plainText).join(", ")})` : "";
    sentences.push(
      `${c.staffContributors > 0 ? "Ngoài ra, có" : "Có"} ${countText(c.otherContributors)} tập thể, cá nhân ngoài cơ quan ủng hộ${names}.`,
    );
  }
  blocks.push(paragraph(text(sentences.join(" "))));
  if (c.byPurpose.length > 1) {
    blocks.push(...items(c.byPurpose.map((p) => `Ủng hộ ${plainText(p.purpose)}: ${money(p.total)}`)));
  }
  const single = c.byPurpose.length === 1 ? ` ${plainText(c.byPurpose[0].purpose)}` : "";
  blocks.push(grandTotal(`Tổng số tiền ủng hộ${single}`, c.total));
  if (model.fundTransferDate !== null) {
    blocks.push(
      paragraph(
        text(`Số tiền ủng hộ đã được chuyển về Quỹ Bảo trợ trẻ em ngày ${textDate(model.fundTransferDate)}.`),
      ),
    );
  }
  return blocks;
}

/**
 * One event as one line: what, when, who ran it, who took part, what it cost and from where. `statedCost` is an
 * amount the text has already given (the gift or award list's total): the line then refers to it, not repeats it.
 */
export function eventLine(item: ActivityItem, statedCost: number | null = null): string {
  const parts = [plainText(item.text)];
  if (item.date !== null) parts.push(`ngày ${textDate(item.date)}`);
  if (item.unit !== null) parts.push(`do ${plainText(item.unit)} thực hiện`);
  const taking = [
    ...(item.participants ? [`${countText(item.participants)} người`] : []),
    ...(item.children ? [`${countText(item.children)} cháu`] : []),
  ];
  if (taking.length > 0) parts.push(`${taking.join(", ")} tham gia`);
  if (item.cost && item.cost === statedCost) {
    parts.push(`kinh phí nêu trên${item.source === null ? "" : ` (${plainText(item.source)})`}`);
  } else if (item.cost) {
    parts.push(`kinh phí ${money(item.cost)}${item.source === null ? "" : ` (${plainText(item.source)})`}`);
  }
  return parts.join(", ");
}

/** Events by type when they go to the annex: `Vui chơi, văn hóa, thể thao: 02 hoạt động, 45 lượt cháu`. */
function eventCounts(events: readonly ActivityItem[]): string[] {
  const byType = new Map<string, { count: number; children: number }>();
  for (const item of events) {
    const entry = byType.get(item.type) ?? { count: 0, children: 0 };
    entry.count += 1;
    entry.children += item.children ?? 0;
    byType.set(item.type, entry);
  }
  return [...byType.entries()].map(
    ([type, t]) =>
      `${plainText(type)}: ${countText(t.count)} hoạt động` +
      (t.children > 0 ? `, ${countText(t.children)} lượt cháu tham gia` : ""),
  );
}

function eventBlocks(model: ReportModel, events: readonly ActivityItem[], lead: string): BodyBlock[] {
  if (events.length === 0) return [];
  if (activitiesInAnnex(model)) {
    return [
      paragraph(text(`${lead} (chi tiết tại ${ACTIVITY_ANNEX_LABEL}):`)),
      ...items(eventCounts(events)),
    ];
  }
  const stated = (item: ActivityItem): number | null =>
    item.type === GIFT_TYPE ? model.gifts.total : item.type === AWARD_TYPE ? model.awards.total : null;
  return [paragraph(text(`${lead}:`)), ...items(events.map((item) => eventLine(item, stated(item))))];
}

function giftsAndPlay(model: ReportModel): BodyBlock[] {
  const { gifts } = model;
  const who = `dưới ${gifts.ageLimit} tuổi (tính đến ngày ${textDate(gifts.referenceDate)}) là con của ${STAFF}`;
  const events = model.activities.events.filter((item) => item.type !== AWARD_TYPE);
  return [
    heading(2, "3. Tặng quà Tết thiếu nhi 1/6 và hoạt động vui chơi"),
    paragraph(
      text(
        gifts.count > 0
          ? `Tặng quà Tết thiếu nhi 1/6 cho ${countText(gifts.count)} cháu ${who} (danh sách tại ${GIFT_ANNEX_LABEL}), ` +
              `mức ${money(gifts.value)}/cháu, tổng số ${money(gifts.total)}.`
          : `Không có cháu nào thuộc diện tặng quà (trẻ em ${who}).`,
      ),
    ),
    ...(events.length > 0
      ? eventBlocks(model, events, `Tổ chức ${countText(events.length)} hoạt động cho con ${STAFF}`)
      : [paragraph(text("Chưa ghi nhận hoạt động vui chơi, văn hóa, thể thao, tham quan."))]),
  ];
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
          `Khen thưởng ${countText(a.count)} cháu là con của ${STAFF} đạt thành tích cao trong học tập năm học ` +
            `${a.schoolYear} (danh sách tại ${AWARD_ANNEX_LABEL}), tổng số ${money(a.total)}; ${rule}, cụ thể:`,
        ),
      ),
      ...items(
        a.byAchievement.map(
          (t) => `${plainText(t.achievement)}: ${countText(t.count)} ${unit}, ${money(t.total)}`,
        ),
      ),
    );
  }
  const events = model.activities.events.filter((item) => item.type === AWARD_TYPE);
  blocks.push(...eventBlocks(model, events, "Hoạt động khen thưởng đã tổ chức"));
  return blocks;
}

/** The money picture, once: total spend in figures and words, by source when given. */
function spend(model: ReportModel): BodyBlock[] {
  const { total, bySource, includesGifts, includesAwards } = model.spend;
  const blocks: BodyBlock[] = [heading(2, "5. Kinh phí thực hiện")];
  if (total === 0) {
    blocks.push(paragraph(text("Chưa ghi nhận kinh phí tổ chức các hoạt động.")));
    return blocks;
  }
  const included = [...(includesGifts ? ["tặng quà"] : []), ...(includesAwards ? ["khen thưởng"] : [])];
  const note = included.length > 0 ? ` (đã bao gồm kinh phí ${included.join(" và ")} nêu trên)` : "";
  blocks.push(
    grandTotal(
      `Tổng kinh phí tổ chức các hoạt động${note}`,
      total,
      bySource.length > 0 ? ", trong đó:" : ".",
    ),
  );
  if (bySource.length > 0) {
    blocks.push(
      ...items(
        bySource.map(
          (s) =>
            `${s.source === null ? "Chưa ghi nguồn" : `Nguồn ${plainText(s.source)}`}: ${money(s.total)}`,
        ),
      ),
    );
  }
  return blocks;
}

function closingSections(model: ReportModel): BodyBlock[] {
  const outlook = paragraphsOf(model.outlook);
  const roman = ["III", "IV", "V"];
  const blocks: BodyBlock[] = [
    heading(1, `${roman[0]}. ĐÁNH GIÁ CHUNG`),
    heading(2, "1. Ưu điểm"),
    ...freeText(model.strengths),
    heading(2, "2. Hạn chế"),
    ...freeText(model.weaknesses),
  ];
  let next = 1;
  if (outlook.length > 0) {
    blocks.push(
      heading(1, `${roman[next++]}. PHƯƠNG HƯỚNG THỜI GIAN TỚI`),
      ...outlook.map((line) => paragraph(text(line))),
    );
  }
  blocks.push(heading(1, `${roman[next]}. ĐỀ XUẤT, KIẾN NGHỊ`), ...freeText(model.proposals));
  return blocks;
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
    ...spend(model),
    ...closingSections(model),
    paragraph(
      text(
        `Trên đây là báo cáo kết quả tổ chức ${CAMPAIGN} năm ${model.year}${agency === null ? "" : ` của ${agency}`}./.`,
      ),
    ),
  ];
}
