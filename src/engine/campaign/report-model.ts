import type { IsoDate } from "../dates";
import type { Issue } from "../issues";
import type { AwardList } from "../lists/award-list";
import type { GiftList } from "../lists/gift-list";
import { type ActivityItem, NEWS_POST_TYPE, type SourceTotal } from "../roster/activities";
import type { ContributionSummary } from "../roster/contributions";
import { ACTIVITY_TYPES } from "../schema";
import { AWARD_RULE_LABEL, schoolYearLabel } from "../settings";
import { AWARD_TYPE, GIFT_TYPE } from "./cost-check";
import type { CampaignResult } from "./run-campaign";

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
  /** `Văn bản cấp trên`: the report opens `Thực hiện <this>; <basis>, …`; null leaves it out. */
  readonly higherPlan: string | null;
  readonly recipient: string;
  readonly deadline: IsoDate;
  readonly daysToDeadline: number;
  readonly propaganda: {
    readonly newsPosts: number;
    readonly bannerActivities: number;
    readonly slogansPosted: number;
    readonly slogansTotal: number;
    /** The website posts, named in the body when few. */
    readonly newsItems: readonly ActivityItem[];
    readonly bannerItems: readonly ActivityItem[];
    readonly unpostedSlogans: readonly { readonly number: number; readonly text: string }[];
  };
  readonly contributions: ContributionSummary & { readonly staffCount: number };
  readonly gifts: {
    readonly count: number;
    readonly value: number;
    readonly total: number;
    readonly ageLimit: number;
    readonly referenceDate: IsoDate;
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
    /** Every activity other than posts and banners, in sheet order: the events the report names one by one. */
    readonly events: readonly ActivityItem[];
  };
  /**
   * The money picture, each amount once: `total` is the activities' `Kinh phí` summed; the gift and award totals
   * (from the lists) are part of it when their activity carries a `Kinh phí` (COST_MISMATCH checks they agree).
   */
  readonly spend: {
    readonly total: number;
    readonly bySource: readonly SourceTotal[];
    readonly includesGifts: boolean;
    readonly includesAwards: boolean;
  };
  /** `Ngày nộp Quỹ`: stated only when filled. */
  readonly fundTransferDate: IsoDate | null;
  /** `Phương hướng`: its own section when filled. */
  readonly outlook: string | null;
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
    higherPlan: settings.higherPlan,
    recipient: settings.recipient,
    deadline: settings.deadline,
    daysToDeadline: result.daysToDeadline,
    propaganda: {
      newsPosts: typeTotal(NEWS_POST_TYPE)?.count ?? 0,
      bannerActivities: typeTotal(BANNER_TYPE)?.count ?? 0,
      slogansPosted: result.slogans.posted,
      slogansTotal: result.slogans.total,
      newsItems: activities.items.filter((item) => item.type === NEWS_POST_TYPE),
      bannerItems: activities.items.filter((item) => item.type === BANNER_TYPE),
      unpostedSlogans: result.slogans.unposted,
    },
    contributions: { ...result.contributions, staffCount: result.staff.count },
    gifts: {
      count: result.gifts.count,
      value: result.gifts.value,
      total: result.gifts.total,
      ageLimit: settings.giftAgeLimit,
      referenceDate: settings.referenceDate,
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
      events: activities.items.filter((item) => item.type !== NEWS_POST_TYPE && item.type !== BANNER_TYPE),
    },
    spend: {
      total: activities.cost,
      bySource: activities.bySource,
      includesGifts: activities.items.some((item) => item.type === GIFT_TYPE && (item.cost ?? 0) > 0),
      includesAwards: activities.items.some((item) => item.type === AWARD_TYPE && (item.cost ?? 0) > 0),
    },
    fundTransferDate: settings.fundTransferDate,
    outlook: settings.outlook,
    strengths: settings.strengths,
    weaknesses: settings.weaknesses,
    proposals: settings.proposals,
    signer: { authority: settings.signingAuthority, title: settings.signerTitle, name: settings.signerName },
    recipients: [`${settings.recipient};`, "Lãnh đạo Sở;", "Lưu: VT, VP."],
    annexes: { gifts: result.gifts, awards: result.awards },
  };
}
