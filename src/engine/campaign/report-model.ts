import type { IsoDate } from "../dates";
import type { Issue } from "../issues";
import type { AwardList } from "../lists/award-list";
import type { GiftList } from "../lists/gift-list";
import { NEWS_POST_TYPE } from "../roster/activities";
import type { ContributionSummary } from "../roster/contributions";
import { ACTIVITY_TYPES } from "../schema";
import { AWARD_RULE_LABEL, schoolYearLabel } from "../settings";
import type { CampaignResult } from "./run-campaign";

/** Activity types reported under section II.3 (gifts and play), beside the gift figures. */
const GIFT_AND_PLAY_TYPES: readonly string[] = [ACTIVITY_TYPES[2], ACTIVITY_TYPES[3], ACTIVITY_TYPES[4]];
const BANNER_TYPE = ACTIVITY_TYPES[1];

/**
 * Everything the department's report (SPEC §4) says, as figures and texts: the .docx renderer and the `Báo cáo`
 * sheet both render this one model, so the two documents cannot disagree.
 */
export interface ReportModel {
  /** True when validation found errors: only a draft (stamped DỰ THẢO) may be exported. */
  readonly draft: boolean;
  readonly errors: readonly Issue[];
  readonly header: {
    readonly parentAgency: string;
    readonly agency: string;
    readonly symbol: string;
    /** `Số báo cáo`; blank leaves room to write the number by hand. */
    readonly number: string | null;
    readonly place: string;
    readonly date: IsoDate;
  };
  readonly year: number;
  readonly theme: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly basis: string;
  readonly recipient: string;
  readonly deadline: IsoDate;
  readonly daysToDeadline: number;
  readonly propaganda: {
    readonly newsPosts: number;
    readonly bannerActivities: number;
    readonly slogansPosted: number;
    readonly slogansTotal: number;
  };
  readonly contributions: ContributionSummary & { readonly staffCount: number };
  readonly gifts: {
    readonly count: number;
    readonly value: number;
    readonly total: number;
    readonly ageLimit: number;
    readonly referenceDate: IsoDate;
  };
  readonly giftAndPlay: {
    readonly activities: number;
    readonly children: number;
    readonly participants: number;
    readonly cost: number;
    readonly byType: readonly { readonly type: string; readonly count: number; readonly children: number }[];
  };
  readonly awards: {
    readonly count: number;
    readonly total: number;
    readonly schoolYear: string;
    readonly rule: string;
    readonly byAchievement: AwardList["byAchievement"];
  };
  readonly activities: {
    readonly count: number;
    readonly children: number;
    readonly participants: number;
    readonly cost: number;
  };
  readonly strengths: string | null;
  readonly weaknesses: string | null;
  readonly proposals: string | null;
  readonly signer: { readonly authority: string; readonly title: string; readonly name: string | null };
  /** Nơi nhận, each line as printed (without the leading dash). */
  readonly recipients: readonly string[];
  readonly annexes: { readonly gifts: GiftList; readonly awards: AwardList };
}

export function buildReportModel(result: CampaignResult): ReportModel {
  const { settings, activities } = result;
  const typeTotal = (type: string) => activities.byType.find((t) => t.type === type);
  const giftAndPlay = activities.byType.filter((t) => GIFT_AND_PLAY_TYPES.includes(t.type));
  return {
    draft: result.counts.error > 0,
    errors: result.issues.filter((issue) => issue.severity === "error"),
    header: {
      parentAgency: settings.parentAgency,
      agency: settings.agency,
      symbol: settings.symbol,
      number: settings.reportNumber,
      place: settings.place,
      date: result.reportDate,
    },
    year: settings.year,
    theme: settings.theme,
    startDate: settings.startDate,
    endDate: settings.endDate,
    basis: settings.basis,
    recipient: settings.recipient,
    deadline: settings.deadline,
    daysToDeadline: result.daysToDeadline,
    propaganda: {
      newsPosts: typeTotal(NEWS_POST_TYPE)?.count ?? 0,
      bannerActivities: typeTotal(BANNER_TYPE)?.count ?? 0,
      slogansPosted: result.slogans.posted,
      slogansTotal: result.slogans.total,
    },
    contributions: { ...result.contributions, staffCount: result.staff.count },
    gifts: {
      count: result.gifts.count,
      value: result.gifts.value,
      total: result.gifts.total,
      ageLimit: settings.giftAgeLimit,
      referenceDate: settings.referenceDate,
    },
    giftAndPlay: {
      activities: giftAndPlay.reduce((sum, t) => sum + t.count, 0),
      children: giftAndPlay.reduce((sum, t) => sum + t.children, 0),
      participants: giftAndPlay.reduce((sum, t) => sum + t.participants, 0),
      cost: giftAndPlay.reduce((sum, t) => sum + t.cost, 0),
      byType: giftAndPlay.map(({ type, count, children }) => ({ type, count, children })),
    },
    awards: {
      count: result.awards.count,
      total: result.awards.total,
      schoolYear: schoolYearLabel(settings.schoolYear),
      rule: AWARD_RULE_LABEL[settings.awardRule],
      byAchievement: result.awards.byAchievement,
    },
    activities: {
      count: activities.count,
      children: activities.children,
      participants: activities.participants,
      cost: activities.cost,
    },
    strengths: settings.strengths,
    weaknesses: settings.weaknesses,
    proposals: settings.proposals,
    signer: { authority: settings.signingAuthority, title: settings.signerTitle, name: settings.signerName },
    recipients: [`${settings.recipient};`, "Lãnh đạo Sở;", "Lưu: VT, VP."],
    annexes: { gifts: result.gifts, awards: result.awards },
  };
}
