import { type CampaignResult, formatDayMonthYear, formatVnd, type Issue } from "../engine";
import { SEVERITY_LABEL } from "../engine/sheets/issues-sheet";

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(2).replace(".", ",")}%`;
}

export function issueLine(issue: Issue): string {
  const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
  return `[${SEVERITY_LABEL.vi[issue.severity]}] ${where} ${issue.code}: ${issue.message}`;
}

/** The few lines a clerk reads after `report`: what was counted, what is due, where the files are. */
export function humanSummary(result: CampaignResult, written: readonly string[]): string[] {
  const { settings, counts, gifts, awards, contributions, activities, slogans } = result;
  const deadline = formatDayMonthYear(settings.deadline);
  const due =
    result.daysToDeadline >= 0
      ? `còn ${result.daysToDeadline} ngày đến hạn ${deadline}`
      : `đã quá hạn ${deadline} ${-result.daysToDeadline} ngày`;
  return [
    `Tháng hành động vì trẻ em năm ${settings.year}: "${settings.theme}"`,
    `Kiểm tra: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} lưu ý`,
    `Cán bộ: ${result.staff.count} · Con: ${result.children.rows} dòng, ${result.children.unique} cháu`,
    `Quà 1/6: ${gifts.count} cháu × ${formatVnd(gifts.value)} đ = ${formatVnd(gifts.total)} đ`,
    `Khen thưởng năm học ${settings.schoolYear.first}-${settings.schoolYear.last}: ${awards.count} cháu, ${formatVnd(awards.total)} đ`,
    // People and groups are never added together (SPEC §3).
    `Ủng hộ: ${contributions.staffContributors}/${result.staff.count} cán bộ (${percent(contributions.participation)})` +
      (contributions.otherContributors > 0
        ? ` và ${contributions.otherContributors} tập thể, cá nhân ngoài cơ quan`
        : "") +
      `, ${formatVnd(contributions.total)} đ`,
    `Hoạt động: ${activities.count}, kinh phí ${formatVnd(activities.cost)} đ · Khẩu hiệu đã đăng: ${slogans.posted}/${slogans.total}`,
    `Báo cáo ngày ${formatDayMonthYear(result.reportDate)}, ${due}`,
    ...(written.length > 0 ? [`Đã ghi: ${written.join(", ")}`] : []),
  ];
}
