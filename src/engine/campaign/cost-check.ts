import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { formatVnd } from "../money";
import type { ActivityItem } from "../roster/activities";
import { ACTIVITY_TYPES, SHEET } from "../schema";

export const GIFT_TYPE = ACTIVITY_TYPES[2];
export const AWARD_TYPE = ACTIVITY_TYPES[5];

/**
 * COST_MISMATCH: the `Kinh phí` typed for the gift (or award) activities should be what the list pays out. The
 * report states the list's total and counts the activity's cost in the total spend, so a difference would print two
 * figures for one payment. Activities without a `Kinh phí` are not compared; several of one type are compared by
 * their sum, reported on the first one's cell.
 */
export function checkActivityCosts(
  items: readonly ActivityItem[],
  lists: { readonly gifts: number; readonly awards: number },
  log: IssueLog,
): void {
  const words = WORDS[log.locale];
  const pairs = [
    { type: GIFT_TYPE, total: lists.gifts, list: words.giftListTotal },
    { type: AWARD_TYPE, total: lists.awards, list: words.awardListTotal },
  ];
  for (const { type, total, list } of pairs) {
    const costed = items.filter((item) => item.type === type && item.cost !== null);
    if (costed.length === 0) continue;
    const cost = costed.reduce((sum, item) => sum + (item.cost ?? 0), 0);
    if (cost === total) continue;
    const first = costed[0];
    log.add(
      "COST_MISMATCH",
      { sheet: SHEET.activities, row: first.row, column: "Kinh phí", cell: first.costCell },
      { value: formatVnd(cost), expected: formatVnd(total), other: type, reason: list },
    );
  }
}
