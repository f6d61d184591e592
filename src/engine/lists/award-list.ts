import type { IsoDate } from "../dates";
import type { AwardTable, AwardTier } from "../roster/award-tiers";
import type { ChildRow } from "../roster/children";
import type { AwardRule } from "../settings";
import { foldKey } from "../text";
import type { Child } from "./same-child";
import { groupByUnit, type UnitGroup } from "./unit-order";

/** An achievement that was paid, and how much it earned. */
export interface PaidAchievement {
  readonly achievement: string;
  readonly amount: number;
}

export interface AwardEntry {
  readonly name: string;
  readonly birthDate: IsoDate;
  /** 1–12, 0 for pre-school, null when not in school. */
  readonly grade: number | null;
  readonly school: string | null;
  readonly gender: string | null;
  readonly paid: readonly PaidAchievement[];
  readonly amount: number;
  readonly parents: readonly string[];
  readonly unit: string;
  readonly row: number;
}

export interface AchievementTotal {
  readonly achievement: string;
  readonly count: number;
  readonly total: number;
}

export interface AwardList {
  readonly rule: AwardRule;
  readonly count: number;
  readonly total: number;
  readonly entries: readonly AwardEntry[];
  readonly byUnit: readonly UnitGroup<AwardEntry>[];
  /** Each paid achievement counted once per child, so these add up to the total. */
  readonly byAchievement: readonly AchievementTotal[];
}

/**
 * What one row of `Con` earns: under `Cao nhất` the larger of title and prize (the title on a tie), under
 * `Cộng dồn` both.
 */
export function paidAchievements(row: ChildRow, rule: AwardRule): PaidAchievement[] {
  const title = paying(row.title);
  const prize = paying(row.prize);
  if (title === null || prize === null) {
    const only = title ?? prize;
    return only === null ? [] : [paid(only)];
  }
  if (rule === "cumulative") return [paid(title), paid(prize)];
  return [paid(prize.amount > title.amount ? prize : title)];
}

const paying = (tier: AwardTier | null): AwardTier | null => (tier !== null && tier.amount > 0 ? tier : null);

const paid = (tier: AwardTier): PaidAchievement => ({ achievement: tier.achievement, amount: tier.amount });

const sum = (paid: readonly PaidAchievement[]): number =>
  paid.reduce((total, item) => total + item.amount, 0);

/** What `row` earns, or null when nothing (most children: no achievement, nothing to weigh). */
function earning(row: ChildRow, rule: AwardRule): { row: ChildRow; paid: PaidAchievement[] } | null {
  if (row.title === null && row.prize === null) return null;
  const paid = paidAchievements(row, rule);
  return paid.length > 0 ? { row, paid } : null;
}

/** The award list; `children` come in list order (UnitOrder.sortPeople), and so do the entries. */
export function buildAwardList(children: readonly Child[], rule: AwardRule, tiers: AwardTable): AwardList {
  const entries: AwardEntry[] = [];
  // Index loops over the province's children: for-of made an iterator result per child here.
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    // A child entered by both parents may carry its achievements on either row: the row that earns most counts.
    let best = earning(child.first, rule);
    for (let j = 0; j < child.later.length; j += 1) {
      const paid = earning(child.later[j], rule);
      if (paid !== null && (best === null || sum(paid.paid) > sum(best.paid))) best = paid;
    }
    if (best === null) continue;
    entries.push({
      name: child.name,
      birthDate: child.birthDate,
      grade: best.row.grade,
      school: best.row.school,
      gender: child.gender,
      paid: best.paid,
      amount: sum(best.paid),
      parents: child.parents,
      unit: child.unit,
      row: child.first.row,
    });
  }

  const totals = new Map<string, { achievement: string; count: number; total: number }>();
  for (const tier of tiers.tiers) {
    if (!totals.has(foldKey(tier.achievement)))
      totals.set(foldKey(tier.achievement), { achievement: tier.achievement, count: 0, total: 0 });
  }
  for (const entry of entries) {
    for (let j = 0; j < entry.paid.length; j += 1) {
      const item = entry.paid[j];
      const total = totals.get(foldKey(item.achievement));
      if (total) {
        total.count += 1;
        total.total += item.amount;
      }
    }
  }

  return {
    rule,
    count: entries.length,
    total: entries.reduce((total, entry) => total + entry.amount, 0),
    entries,
    byUnit: groupByUnit(entries, (entry) => entry.amount),
    byAchievement: [...totals.values()].filter((total) => total.count > 0),
  };
}
