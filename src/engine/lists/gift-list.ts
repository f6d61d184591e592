import { formatDayMonthYear, fullYearsOn, type IsoDate } from "../dates";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { SHEET } from "../schema";
import type { CampaignSettings } from "../settings";
import type { Child } from "./same-child";
import { groupByUnit, type UnitGroup } from "./unit-order";

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

const giftAge = (child: Child, settings: CampaignSettings): number =>
  fullYearsOn(child.birthDate, settings.referenceDate);

const isGiftAge = (age: number, settings: CampaignSettings): boolean =>
  age >= 0 && age < settings.giftAgeLimit;

/** NOT_ELIGIBLE_AGE (info) for each child the gift leaves out, in the order `children` come (the workbook's). */
export function logGiftAges(children: readonly Child[], settings: CampaignSettings, log: IssueLog): void {
  const words = WORDS[log.locale];
  const referenceText = formatDayMonthYear(settings.referenceDate);
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    const age = giftAge(child, settings);
    if (isGiftAge(age, settings)) continue;
    const { first } = child;
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
  }
}

/**
 * The 1/6 gift (SPEC §3): one gift of `Giá trị quà` for every child aged 0 to under the limit on the reference
 * date (logGiftAges says why the others have none). `children` come in list order (UnitOrder.sortPeople), and so
 * do the entries.
 */
export function buildGiftList(children: readonly Child[], settings: CampaignSettings): GiftList {
  const entries: GiftEntry[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    const age = giftAge(child, settings);
    if (!isGiftAge(age, settings)) continue;
    entries.push({
      name: child.name,
      birthDate: child.birthDate,
      age,
      gender: child.gender,
      parents: child.parents,
      unit: child.unit,
      value: settings.giftValue,
      row: child.first.row,
    });
  }
  return {
    value: settings.giftValue,
    count: entries.length,
    total: entries.length * settings.giftValue,
    entries,
    byUnit: groupByUnit(entries, (entry) => entry.value),
  };
}
