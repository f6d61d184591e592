import { type Consolidation, formatDayMonthYear, formatVnd } from "../../engine";

const percent = (fraction: number): string => `${(fraction * 100).toFixed(2).replace(".", ",")}%`;

/** The human summary of `consolidate` (without --json): one line per agency, then the totals and what to check. */
export function consolidationLines(
  consolidation: Consolidation,
  outputs: { readonly docx: string; readonly workbook: string } | null,
): string[] {
  const { totals } = consolidation;
  const lines = consolidation.agencies.map(
    (row) =>
      `${row.agency} — ${formatDayMonthYear(row.reportDate)}${row.onTime ? "" : " (quá hạn)"}: ${formatVnd(row.staff)} cán bộ, ` +
      `${formatVnd(row.gifts.count)} suất quà ${formatVnd(row.gifts.total)} đ, ${formatVnd(row.awards.count)} cháu khen thưởng ` +
      `${formatVnd(row.awards.total)} đ, ủng hộ ${formatVnd(row.contributions.total)} đ` +
      `${row.errors > 0 ? `, còn ${row.errors} lỗi` : ""} [${row.file}]`,
  );
  lines.push(
    `Tổng cộng ${totals.agencies} cơ quan: ${formatVnd(totals.staff)} cán bộ, ${formatVnd(totals.gifts.count)} suất quà ` +
      `${formatVnd(totals.gifts.total)} đ, ${formatVnd(totals.awards.count)} cháu khen thưởng ${formatVnd(totals.awards.total)} đ, ` +
      `ủng hộ ${formatVnd(totals.contributions.total)} đ (${percent(totals.contributions.participation)} tham gia), ` +
      `kinh phí hoạt động ${formatVnd(totals.spend)} đ.`,
  );
  for (const child of consolidation.crossAgencyChildren)
    lines.push(
      `Trùng giữa cơ quan: ${child.name} (${formatDayMonthYear(child.dateOfBirth)}) — ${child.agencies.join("; ")}: chỉ tặng một suất quà.`,
    );
  for (const agency of consolidation.duplicateAgencies)
    lines.push(`Cơ quan gửi nhiều hơn một tệp: ${agency}.`);
  if (outputs) lines.push(`Đã ghi: ${outputs.docx}`, `Đã ghi: ${outputs.workbook}`);
  return lines;
}
