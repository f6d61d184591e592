import type { WorkbookSnapshot } from "../cell";
import { daysBetween, type IsoDate } from "../dates";
import { countBySeverity, type Issue, IssueLog, type Severity } from "../issues";
import { buildAwardList, type AwardList } from "../lists/award-list";
import { buildGiftList, type GiftList, logGiftAges } from "../lists/gift-list";
import { mergeSameChildren } from "../lists/same-child";
import { UnitOrder } from "../lists/unit-order";
import type { Locale } from "../messages";
import { type ActivitySummary, readActivities } from "../roster/activities";
import { readAwardTiers } from "../roster/award-tiers";
import { type ChildRow, readChildren } from "../roster/children";
import { type ContributionSummary, readContributions } from "../roster/contributions";
import { readSlogans, type SloganSummary } from "../roster/slogans";
import { readStaff, type StaffMember } from "../roster/staff";
import { readUnits } from "../roster/units";
import { type CampaignSettings, readSettings } from "../settings";
import { checkActivityCosts } from "./cost-check";
import { summariseUnits, type UnitProgress } from "./unit-progress";

export interface CampaignOptions {
  /** The day the engine runs, as yyyy-mm-dd: the report date when `Ngày báo cáo` is blank. */
  readonly today: IsoDate;
  readonly locale?: Locale;
}

export interface CampaignResult {
  readonly settings: CampaignSettings;
  readonly today: IsoDate;
  /** `Ngày báo cáo` when filled, else today. */
  readonly reportDate: IsoDate;
  /** Days from the report date to `Hạn báo cáo`; negative when overdue. */
  readonly daysToDeadline: number;
  readonly issues: readonly Issue[];
  readonly counts: Record<Severity, number>;
  readonly staff: { readonly count: number; readonly rows: number; readonly members: readonly StaffMember[] };
  readonly children: {
    readonly rows: number;
    readonly unique: number;
    readonly entries: readonly ChildRow[];
  };
  readonly units: readonly string[];
  readonly gifts: GiftList;
  readonly awards: AwardList;
  readonly contributions: ContributionSummary;
  readonly activities: ActivitySummary;
  readonly slogans: SloganSummary;
  readonly unitProgress: readonly UnitProgress[];
}

/**
 * The whole engine in one call: workbook snapshot in, lists, totals and issues out.
 * Pure and deterministic: the same snapshot and options give the same result, whatever the machine or time zone.
 */
export function runCampaign(snapshot: WorkbookSnapshot, options: CampaignOptions): CampaignResult {
  const log = new IssueLog(options.locale ?? "vi");
  const settings = readSettings(snapshot, log);
  const reportDate = settings.reportDate ?? options.today;
  const units = readUnits(snapshot, log);
  const staff = readStaff(snapshot, log, units);
  const tiers = readAwardTiers(snapshot, log);
  const childRows = readChildren(snapshot, log, staff, tiers, settings, reportDate);
  const order = new UnitOrder(units, staff);
  const contributions = readContributions(snapshot, log, staff, units, order);
  const activities = readActivities(snapshot, log);
  const slogans = readSlogans(snapshot, log);

  const sameChildren = mergeSameChildren(childRows, log);
  // Sorted once here, the lists taken from them in order: both lists are in list order (SPEC §2) for free.
  const listed = order.sortPeople([...sameChildren.listed]);
  logGiftAges(sameChildren.listed, settings, log);
  const gifts = buildGiftList(listed, settings);
  const awards = buildAwardList(listed, settings.awardRule, tiers);
  checkActivityCosts(activities.items, { gifts: gifts.total, awards: awards.total }, log);

  const issues = log.sorted();
  return {
    settings,
    today: options.today,
    reportDate,
    daysToDeadline: daysBetween(reportDate, settings.deadline),
    issues,
    counts: countBySeverity(issues),
    staff: { count: staff.count, rows: staff.members.length, members: staff.members },
    children: { rows: childRows.length, unique: sameChildren.unique, entries: childRows },
    units: order.units,
    gifts,
    awards,
    contributions,
    activities,
    slogans,
    unitProgress: summariseUnits(order, staff.members, childRows, issues),
  };
}
