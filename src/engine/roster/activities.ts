import type { WorkbookSnapshot } from "../cell";
import type { IsoDate } from "../dates";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { RowCheck } from "../row-check";
import { ACTIVITY_TYPES, inputSheetSpec, SHEET } from "../schema";
import { readTable } from "../table";
import { cleanText, foldKey } from "../text";

/** One `Hoạt động` row as the report names it. */
export interface ActivityItem {
  /** Excel row number. */
  readonly row: number;
  readonly date: IsoDate | null;
  /** One of ACTIVITY_TYPES as the contract spells it, or the text typed. */
  readonly type: string;
  /** `Nội dung`. */
  readonly text: string;
  readonly unit: string | null;
  readonly participants: number | null;
  readonly children: number | null;
  readonly cost: number | null;
  /** `Nguồn kinh phí`, free text (Ngân sách, Công đoàn, Xã hội hóa, …). */
  readonly source: string | null;
  /** A1 address of the row's `Kinh phí` cell, where a cost check points. */
  readonly costCell: string;
}

export interface SourceTotal {
  /** As first typed; null for costs whose source was left blank. */
  readonly source: string | null;
  readonly total: number;
}

export interface ActivitySummary {
  readonly count: number;
  /** Children taking part, summed over activities. */
  readonly children: number;
  readonly participants: number;
  /** The activities' `Kinh phí`, each counted once: the campaign's total spend. */
  readonly cost: number;
  /** The plan's types in their order, then any other type typed. */
  readonly byType: readonly ActivityTypeTotal[];
  /** Every readable row, in sheet order. */
  readonly items: readonly ActivityItem[];
  /**
   * Spend by `Nguồn kinh phí`, in order of first appearance, the unsourced part last; empty when no source is given
   * at all (the report then states the total alone).
   */
  readonly bySource: readonly SourceTotal[];
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
  const items: ActivityItem[] = [];
  const rowCheck = table && new RowCheck(table, log);
  for (let index = 0; index < (table?.rowCount ?? 0); index += 1) {
    if (!rowCheck) break;
    const check = rowCheck.start(index);
    const date = check.date("Ngày");
    const typed = check.text("Loại hoạt động", true);
    const text = check.text("Nội dung", true);
    const unit = check.text("Đơn vị thực hiện");
    const participants = check.count("Số người tham gia");
    const children = check.count("Số trẻ em tham gia");
    const cost = check.amount("Kinh phí", { allowZero: true });
    const source = check.text("Nguồn kinh phí");
    if (check.hasError || typed === null || text === null) continue;
    const type = ACTIVITY_TYPES.find((known) => foldKey(known) === foldKey(typed)) ?? cleanText(typed);
    items.push({
      row: check.excelRow,
      date,
      type,
      text,
      unit,
      participants,
      children,
      cost,
      source: source === null ? null : cleanText(source),
      costCell: check.row.cell("Kinh phí"),
    });
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
    items,
    bySource: spendBySource(items),
  };
}

function spendBySource(items: readonly ActivityItem[]): SourceTotal[] {
  const totals = new Map<string, { source: string; total: number }>();
  let unsourced = 0;
  for (const item of items) {
    if (item.cost === null || item.cost === 0) continue;
    if (item.source === null) {
      unsourced += item.cost;
      continue;
    }
    const key = foldKey(item.source);
    const entry = totals.get(key) ?? { source: item.source, total: 0 };
    entry.total += item.cost;
    totals.set(key, entry);
  }
  if (totals.size === 0) return [];
  return [...totals.values(), ...(unsourced > 0 ? [{ source: null, total: unsourced }] : [])];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function emptyTotal(type: string): Mutable<ActivityTypeTotal> {
  return { type, count: 0, children: 0, participants: 0, cost: 0 };
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}
