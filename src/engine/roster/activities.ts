import type { WorkbookSnapshot } from "../cell";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { RowCheck } from "../row-check";
import { ACTIVITY_TYPES, inputSheetSpec, SHEET } from "../schema";
import { readTable } from "../table";
import { cleanText, foldKey } from "../text";

export interface ActivitySummary {
  readonly count: number;
  /** Children taking part, summed over activities. */
  readonly children: number;
  readonly participants: number;
  readonly cost: number;
  /** The plan's types in their order, then any other type typed. */
  readonly byType: readonly ActivityTypeTotal[];
}

export interface ActivityTypeTotal {
  readonly type: string;
  readonly count: number;
  readonly children: number;
  readonly participants: number;
  readonly cost: number;
}

/** The `Hoạt động` type that counts as a news post on the department's website (report section II.1). */
export const NEWS_POST_TYPE = ACTIVITY_TYPES[0];

export function readActivities(snapshot: WorkbookSnapshot, log: IssueLog): ActivitySummary {
  const table = readTable(snapshot, inputSheetSpec(SHEET.activities), log, WORDS[log.locale].noActivities);
  const summary = emptyTotal("");
  const byType = new Map<string, Mutable<ActivityTypeTotal>>();
  for (const row of table?.rows ?? []) {
    if (!table) break;
    const check = new RowCheck(table, row, log);
    check.date("Ngày");
    const typed = check.text("Loại hoạt động", true);
    check.text("Nội dung", true);
    const participants = check.count("Số người tham gia");
    const children = check.count("Số trẻ em tham gia");
    const cost = check.amount("Kinh phí", { allowZero: true });
    if (check.hasError || typed === null) continue;
    const type = ACTIVITY_TYPES.find((known) => foldKey(known) === foldKey(typed)) ?? cleanText(typed);
    if (!byType.has(type)) byType.set(type, emptyTotal(type));
    for (const total of [summary, byType.get(type)!]) {
      total.count += 1;
      total.participants += participants ?? 0;
      total.children += children ?? 0;
      total.cost += cost ?? 0;
    }
  }
  const known: string[] = [...ACTIVITY_TYPES];
  const { count, children, participants, cost } = summary;
  return {
    count,
    children,
    participants,
    cost,
    byType: [...byType.values()].sort((a, b) => rank(known, a.type) - rank(known, b.type)),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function emptyTotal(type: string): Mutable<ActivityTypeTotal> {
  return { type, count: 0, children: 0, participants: 0, cost: 0 };
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}
