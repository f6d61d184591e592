import { type AgencyRow, type Consolidation, formatDayMonthYear, formatVnd, type IsoDate } from "../engine";
import { dateInWords, textDate } from "./document-dates";
import { formatPercent } from "./percent";
import { plainText } from "./plain-text";
import { grandTotal } from "./report-body";
import type { Annex, AnnexColumn, AnnexRow, BodyBlock, ReportDocument, Run } from "./report-document";
import { buildClosing, buildHeader, documentNumber, DRAFT_STAMP, frameLine } from "./report-frame";

/**
 * The receiving agency's consolidated report (Decree 30/2020 layout, the department report's frame): who reported,
 * the province's totals, the children two agencies both list, and the agency table as Phụ lục 1.
 */

/** The receiving agency, as the command line's flags or the page's form give it. */
export interface ReceivingAgency {
  readonly parentAgency: string;
  readonly agency: string;
  /** `LĐTBXH` in `Số:      /BC-LĐTBXH`. */
  readonly symbol: string;
  readonly number: string | null;
  readonly place: string;
  readonly date: IsoDate;
  readonly signer: { readonly authority: string; readonly title: string; readonly name: string | null };
  readonly recipients: readonly string[];
}

/** The department that receives the Action Month reports under the plan (SPEC §2, `Nơi nhận báo cáo`). */
export function defaultReceivingAgency(date: IsoDate): ReceivingAgency {
  return {
    parentAgency: "UBND TỈNH BẮC GIANG",
    agency: "SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
    symbol: "LĐTBXH",
    number: null,
    place: "Bắc Giang",
    date,
    signer: { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: null },
    recipients: ["UBND tỉnh (để báo cáo)", "Lãnh đạo Sở", "Lưu: VT."],
  };
}

const heading = (level: 1 | 2, text: string): BodyBlock => ({ kind: "heading", level, text });
const paragraph = (...runs: Run[]): BodyBlock => ({ kind: "paragraph", runs });
const text = (value: string): Run => ({ text: value });
const item = (value: string, last: boolean): BodyBlock => ({
  kind: "item",
  runs: [text(`${value}${last ? "." : ";"}`)],
});
const items = (lines: readonly string[]): BodyBlock[] =>
  lines.map((line, i) => item(line, i === lines.length - 1));

const CAMPAIGN = "Tháng hành động vì trẻ em";

/** The campaign year: the one most agencies report for (they all should). */
function campaignYear(consolidation: Consolidation, fallback: IsoDate): number {
  const counts = new Map<number, number>();
  for (const row of consolidation.agencies) counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : Number(fallback.slice(0, 4));
}

function whoReported(consolidation: Consolidation): BodyBlock[] {
  const { totals, unreadable, duplicateAgencies } = consolidation;
  const lines = [
    `Số cơ quan, đơn vị gửi báo cáo: ${totals.agencies}; đúng hạn: ${totals.agencies - totals.late}; quá hạn: ${totals.late}`,
  ];
  const withErrors = consolidation.agencies.filter((row) => row.errors > 0);
  if (withErrors.length > 0)
    lines.push(
      `Báo cáo còn lỗi dữ liệu (số liệu chưa chính thức): ${withErrors.map((row) => plainText(row.agency)).join(", ")}`,
    );
  if (duplicateAgencies.length > 0)
    lines.push(`Cơ quan gửi nhiều hơn một tệp: ${duplicateAgencies.map(plainText).join(", ")}`);
  // The file's name only: the receiving agency's folders are nobody's business in a signed report.
  const fileName = (file: string): string => plainText(file.split(/[\\/]/).pop() ?? file);
  if (unreadable.length > 0)
    lines.push(
      `Tệp không đọc được: ${unreadable.map((file) => `${fileName(file.file)} (${plainText(file.reason)})`).join("; ")}`,
    );
  return [heading(1, "I. TÌNH HÌNH BÁO CÁO"), ...items(lines)];
}

function results(consolidation: Consolidation): BodyBlock[] {
  const { totals, crossAgencyChildren } = consolidation;
  const c = totals.contributions;
  const blocks: BodyBlock[] = [
    heading(1, "II. KẾT QUẢ THỰC HIỆN"),
    heading(2, "1. Vận động ủng hộ"),
    paragraph(
      text(
        `${formatVnd(c.staffContributors)}/${formatVnd(totals.staff)} công chức, viên chức, người lao động tham gia ủng hộ (${formatPercent(c.participation)}).`,
      ),
    ),
    ...items(c.byPurpose.map((line) => `${plainText(line.purpose)}: ${formatVnd(line.total)} đồng`)),
    grandTotal("Tổng số tiền ủng hộ", c.total),
    heading(2, "2. Tặng quà Tết thiếu nhi 1/6"),
    paragraph(text(`Các cơ quan, đơn vị tặng ${formatVnd(totals.gifts.count)} suất quà.`)),
    grandTotal("Tổng kinh phí tặng quà", totals.gifts.total),
  ];
  if (crossAgencyChildren.length > 0) {
    blocks.push(
      paragraph(
        text(
          `Có ${crossAgencyChildren.length} cháu có tên trong danh sách của hai cơ quan trở lên (cha và mẹ công tác ở các cơ quan khác nhau), chi tiết tại Phụ lục 2: mỗi cháu chỉ nhận một suất quà, một mức khen thưởng.`,
        ),
      ),
    );
  }
  blocks.push(
    heading(2, "3. Khen thưởng học sinh có thành tích"),
    paragraph(text(`Các cơ quan, đơn vị khen thưởng ${formatVnd(totals.awards.count)} cháu.`)),
    grandTotal("Tổng kinh phí khen thưởng", totals.awards.total),
    heading(2, "4. Hoạt động và kinh phí"),
    paragraph(text(`Các cơ quan, đơn vị tổ chức ${formatVnd(totals.activities)} hoạt động.`)),
    grandTotal("Tổng kinh phí các hoạt động", totals.spend),
  );
  return blocks;
}

const column = (header: string, weight: number, align: AnnexColumn["align"] = "right"): AnnexColumn => ({
  header,
  weight,
  align,
});

const AGENCY_COLUMNS: readonly AnnexColumn[] = [
  column("STT", 5, "center"),
  column("Cơ quan, đơn vị", 17, "left"),
  column("Ngày báo cáo", 11, "center"),
  column("Cán bộ", 6),
  column("Quà (suất)", 6),
  column("Tiền quà (đồng)", 10),
  column("Khen thưởng (cháu)", 7),
  column("Tiền thưởng (đồng)", 10),
  column("Ủng hộ (đồng)", 10),
  column("Tham gia", 8),
  column("Kinh phí (đồng)", 10),
  column("Lỗi", 4, "center"),
];

function agencyCells(row: AgencyRow, number: string): string[] {
  return [
    number,
    plainText(row.agency),
    `${formatDayMonthYear(row.reportDate)}${row.onTime ? "" : " (quá hạn)"}`,
    formatVnd(row.staff),
    formatVnd(row.gifts.count),
    formatVnd(row.gifts.total),
    formatVnd(row.awards.count),
    formatVnd(row.awards.total),
    formatVnd(row.contributions.total),
    formatPercent(row.contributions.participation),
    formatVnd(row.spend),
    String(row.errors),
  ];
}

function agencyAnnex(consolidation: Consolidation, year: number, attachedTo: string): Annex {
  const { totals } = consolidation;
  const rows: AnnexRow[] = consolidation.agencies.map((row, i) => ({
    kind: "data",
    cells: agencyCells(row, String(i + 1)),
  }));
  rows.push({
    kind: "total",
    cells: [
      "",
      "TỔNG CỘNG",
      "",
      formatVnd(totals.staff),
      formatVnd(totals.gifts.count),
      formatVnd(totals.gifts.total),
      formatVnd(totals.awards.count),
      formatVnd(totals.awards.total),
      formatVnd(totals.contributions.total),
      formatPercent(totals.contributions.participation),
      formatVnd(totals.spend),
      String(totals.errors),
    ],
  });
  return {
    label: "Phụ lục 1",
    title: `TỔNG HỢP KẾT QUẢ THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM ${year}`,
    subtitle: "Theo báo cáo của các cơ quan, đơn vị",
    attachedTo,
    sheet: "Tổng hợp",
    columns: AGENCY_COLUMNS,
    rows,
  };
}

function childrenAnnex(consolidation: Consolidation, attachedTo: string): Annex {
  return {
    label: "Phụ lục 2",
    title: "TRẺ EM CÓ TÊN TRONG DANH SÁCH CỦA NHIỀU CƠ QUAN",
    subtitle: "Cùng họ tên và ngày sinh: mỗi cháu chỉ nhận một suất quà",
    attachedTo,
    sheet: "Trùng giữa cơ quan",
    columns: [
      column("STT", 5, "center"),
      column("Họ và tên", 25, "left"),
      column("Ngày sinh", 12, "center"),
      column("Các cơ quan", 58, "left"),
    ],
    rows: consolidation.crossAgencyChildren.map((child, i) => ({
      kind: "data",
      cells: [
        String(i + 1),
        plainText(child.name),
        formatDayMonthYear(child.dateOfBirth),
        child.agencies.map(plainText).join("; "),
      ],
    })),
  };
}

/** The consolidated report as the shared document structure, rendered by the same .docx frame. */
export function buildConsolidationDocument(
  consolidation: Consolidation,
  receiver: ReceivingAgency,
): ReportDocument {
  const year = campaignYear(consolidation, receiver.date);
  const header = receiver;
  const attachedTo = `(Kèm theo Báo cáo ${documentNumber({ header }).replace(/^Số:/, "số")} ${dateInWords(receiver.date)})`;
  const provisional =
    consolidation.agencies.filter((row) => row.errors > 0).length + consolidation.unreadable.length;
  return {
    stamp:
      provisional === 0
        ? null
        : { text: DRAFT_STAMP, note: `Số liệu chưa đủ: ${provisional} tệp còn lỗi hoặc không đọc được.` },
    header: buildHeader({ header }),
    title: [
      frameLine("BÁO CÁO", 14, { bold: true }),
      frameLine(`Tổng hợp kết quả tổ chức ${CAMPAIGN} năm ${year}`, 14, { bold: true, rule: "short" }),
    ],
    body: [
      paragraph(
        text(
          `Trên cơ sở báo cáo của ${consolidation.totals.agencies} cơ quan, đơn vị (số liệu đến ngày ${textDate(receiver.date)}), kết quả tổ chức ${CAMPAIGN} năm ${year} được tổng hợp như sau (chi tiết từng cơ quan tại Phụ lục 1):`,
        ),
      ),
      ...whoReported(consolidation),
      ...results(consolidation),
      paragraph(text(`Trên đây là báo cáo tổng hợp kết quả tổ chức ${CAMPAIGN} năm ${year}./.`)),
    ],
    closing: buildClosing(receiver),
    annexes: [
      agencyAnnex(consolidation, year, attachedTo),
      ...(consolidation.crossAgencyChildren.length > 0 ? [childrenAnnex(consolidation, attachedTo)] : []),
    ],
  };
}
