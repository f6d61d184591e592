import type { Issue } from "../issues";
import { schoolYearLabel } from "../settings";
import type { CampaignResult } from "./run-campaign";

export interface OutputPaths {
  readonly workbook?: string | null;
  readonly docx?: string | null;
}

/**
 * The command line's `--json` object (SPEC §5): a stable contract for scripts and outside checks.
 * Dates are ISO, money is integer VND, `row` is the Excel row number.
 */
export function campaignSummary(result: CampaignResult, outputs?: OutputPaths) {
  const { settings } = result;
  return {
    campaign: {
      year: settings.year,
      theme: settings.theme,
      startDate: settings.startDate,
      endDate: settings.endDate,
      referenceDate: settings.referenceDate,
      schoolYear: schoolYearLabel(settings.schoolYear),
      reportDate: result.reportDate,
      deadline: settings.deadline,
      daysToDeadline: result.daysToDeadline,
      overdue: result.daysToDeadline < 0,
    },
    validation: {
      errors: result.counts.error,
      warnings: result.counts.warning,
      infos: result.counts.info,
      issues: result.issues.map((issue: Issue) => ({ ...issue })),
    },
    staff: { count: result.staff.count },
    children: { rows: result.children.rows, unique: result.children.unique },
    gifts: {
      count: result.gifts.count,
      value: result.gifts.value,
      total: result.gifts.total,
      byUnit: result.gifts.byUnit.map(({ unit, count, total }) => ({ unit, count, total })),
    },
    awards: {
      count: result.awards.count,
      total: result.awards.total,
      rule: result.awards.rule === "highest" ? "Cao nhất" : "Cộng dồn",
      byAchievement: result.awards.byAchievement.map(({ achievement, count, total }) => ({
        achievement,
        count,
        total,
      })),
      byUnit: result.awards.byUnit.map(({ unit, count, total }) => ({ unit, count, total })),
    },
    contributions: {
      contributors: result.contributions.contributors,
      staffContributors: result.contributions.staffContributors,
      otherContributors: result.contributions.otherContributors,
      total: result.contributions.total,
      participation: result.contributions.participation,
      byPurpose: result.contributions.byPurpose.map(({ purpose, count, total }) => ({
        purpose,
        count,
        total,
      })),
      byUnit: result.contributions.byUnit.map(({ unit, count, total }) => ({ unit, count, total })),
    },
    activities: {
      count: result.activities.count,
      children: result.activities.children,
      participants: result.activities.participants,
      cost: result.activities.cost,
      byType: result.activities.byType.map(({ type, count }) => ({ type, count })),
      items: result.activities.items.map((item) => ({
        date: item.date,
        type: item.type,
        text: item.text,
        unit: item.unit,
        participants: item.participants,
        children: item.children,
        cost: item.cost,
        source: item.source,
      })),
    },
    spend: {
      total: result.activities.cost,
      bySource: result.activities.bySource.map(({ source, total }) => ({ source, total })),
    },
    slogans: { total: result.slogans.total, posted: result.slogans.posted },
    ...(outputs ? { outputs: { workbook: outputs.workbook ?? null, docx: outputs.docx ?? null } } : {}),
  };
}

export type CampaignSummary = ReturnType<typeof campaignSummary>;
