import { formatDistanceStrict } from "date-fns";
import { vi } from "date-fns/locale/vi";
import type { CampaignSettings, IsoDate, Locale } from "../engine";
import type { MilestoneKey, Strings } from "./strings";

const DAY_MS = 86_400_000;

/** Midnight UTC of an ISO date: whole days apart whatever the clerk's time zone or daylight saving. */
function utcDay(date: IsoDate): Date {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Calendar days from `today` to `target`: positive ahead, negative past. */
export function daysUntil(today: IsoDate, target: IsoDate): number {
  return Math.round((utcDay(target).getTime() - utcDay(today).getTime()) / DAY_MS);
}

/**
 * "còn 12 ngày", "hôm nay", "đã qua 3 ngày" (English: "12 days left", "today", "3 days ago"); a missed deadline
 * (`deadline`) reads "Quá hạn 861 ngày".
 */
export function countdownText(
  today: IsoDate,
  target: IsoDate,
  locale: Locale,
  strings: Strings,
  deadline = false,
): string {
  const days = daysUntil(today, target);
  if (days === 0) return strings.countdownToday;
  // date-fns words the distance ("12 ngày", "1 day"); its default locale is English, so only `vi` is bundled.
  const distance = formatDistanceStrict(utcDay(target), utcDay(today), {
    unit: "day",
    ...(locale === "vi" ? { locale: vi } : {}),
  });
  if (days > 0) return strings.countdownLeft(distance);
  return deadline ? strings.overdue(distance) : strings.countdownPast(distance);
}

export interface Milestone {
  readonly key: MilestoneKey;
  readonly date: IsoDate;
  readonly days: number;
  readonly text: string;
}

/** The header's three dates: the month's first day (1/6), its last (30/6) and the report deadline. */
export function campaignMilestones(
  settings: Pick<CampaignSettings, "startDate" | "endDate" | "deadline">,
  today: IsoDate,
  locale: Locale,
  strings: Strings,
): Milestone[] {
  const dates: [MilestoneKey, IsoDate][] = [
    ["start", settings.startDate],
    ["end", settings.endDate],
    ["deadline", settings.deadline],
  ];
  return dates.map(([key, date]) => ({
    key,
    date,
    days: daysUntil(today, date),
    text: countdownText(today, date, locale, strings, key === "deadline"),
  }));
}
