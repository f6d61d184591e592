import { formatDayMonthYear, fullYearsOn, type IsoDate } from "../dates";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { SHEET } from "../schema";
import type { CampaignSettings } from "../settings";
import type { Child } from "./same-child";
import { groupByUnit, type UnitGroup, type UnitOrder } from "./unit-order";

export interface GiftEntry {
  readonly name: string;
  readonly birthDate: IsoDate;
  /** Full years on the reference date. */
  readonly age: number;
  readonly gender: string | null;
  readonly parents: readonly string[];
  readonly unit: string;
  readonly value: number;
  /** Excel row of the child's first row in `Con`. */
  readonly row: number;
}

export interface GiftList {
  readonly value: number;
  readonly count: number;
  readonly total: number;
  readonly entries: readonly GiftEntry[];
  readonly byUnit: readonly UnitGroup<GiftEntry>[];
}

/**
 * The 1/6 gift (SPEC §3): one gift of `Giá trị quà` for every child aged 0 to under the limit on the reference
 * date; the others get NOT_ELIGIBLE_AGE (info).
 */
export function buildGiftList(
  children: readonly Child[],
  settings: CampaignSettings,
  order: UnitOrder,
  log: IssueLog,
): GiftList {
  const words = WORDS[log.locale];
  const referenceText = formatDayMonthYear(settings.referenceDate);
  const entries: GiftEntry[] = [];
  for (const child of children) {
    const age = fullYearsOn(child.birthDate, settings.referenceDate);
    const first = child.rows[0];
    if (age < 0 || age >= settings.giftAgeLimit) {
      log.add(
        "NOT_ELIGIBLE_AGE",
        { sheet: SHEET.children, row: first.row, column: "Ngày sinh", cell: first.cell("Ngày sinh") },
        {
          value: child.name,
          reason:
            age < 0
              ? words.bornAfter(referenceText)
              : words.ageAtLimit(age, referenceText, settings.giftAgeLimit),
        },
      );
      continue;
    }
    entries.push({
      name: child.name,
      birthDate: child.birthDate,
      age,
      gender: child.rows.find((row) => row.gender !== null)?.gender ?? null,
      parents: child.parents.map((parent) => parent.name),
      unit: child.unit,
      value: settings.giftValue,
      row: first.row,
    });
  }
  order.sortPeople(entries);
  return {
    value: settings.giftValue,
    count: entries.length,
    total: entries.length * settings.giftValue,
    entries,
    byUnit: groupByUnit(entries, (entry) => entry.value),
  };
}
