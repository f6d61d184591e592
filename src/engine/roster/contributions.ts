import type { WorkbookSnapshot } from "../cell";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { RowCheck } from "../row-check";
import { CONTRIBUTION_PURPOSES, inputSheetSpec, SHEET } from "../schema";
import { remembered } from "../remembered";
import { cleanText, foldKey, nameKey } from "../text";
import { readTable } from "../table";
import type { UnitOrder } from "../lists/unit-order";
import type { StaffMember, StaffRoster } from "./staff";
import type { UnitCatalog } from "./units";

export interface Contribution {
  /**
   * Who gave, counted once: the staff member (the first `Cán bộ` row with the ID), or the normalised name of
   * someone outside the roster.
   */
  readonly contributor: StaffMember | string;
  readonly staff: StaffMember | null;
  /** The name as typed (or the staff member's), to name a contributor outside the roster. */
  readonly name: string;
  readonly unit: string;
  readonly amount: number;
  readonly purpose: string;
}

export interface CountedTotal {
  readonly count: number;
  readonly total: number;
}

export interface ContributionSummary {
  /** Distinct contributors, each counted once (by `Mã CB`, else normalised name). */
  readonly contributors: number;
  readonly staffContributors: number;
  /** Contributors that are not staff: groups, people outside the roster; never added to the staff head count. */
  readonly otherContributors: number;
  /** Their names, in order of first appearance. */
  readonly otherNames: readonly string[];
  readonly total: number;
  /** Distinct staff contributors / staff count, to 4 decimals. */
  readonly participation: number;
  readonly byPurpose: readonly ({ purpose: string } & CountedTotal)[];
  readonly byUnit: readonly ({ unit: string } & CountedTotal)[];
}

/** Where a contributor outside the staff roster and without a unit is counted. */
export const OTHER_UNIT = "Khác";

function canonicalPurpose(text: string | null): string {
  return text === null ? CONTRIBUTION_PURPOSES[0] : purposeOf(text);
}

// The drop-down offers the two purposes of the plan; anything else typed is kept as its own line.
const purposeOf = remembered(
  (text: string): string =>
    CONTRIBUTION_PURPOSES.find((purpose) => foldKey(purpose) === foldKey(text)) ?? cleanText(text),
);

export function readContributions(
  snapshot: WorkbookSnapshot,
  log: IssueLog,
  staff: StaffRoster,
  units: UnitCatalog,
): Contribution[] {
  const table = readTable(
    snapshot,
    inputSheetSpec(SHEET.contributions),
    log,
    WORDS[log.locale].noContributions,
  );
  if (!table) return [];
  const contributions: Contribution[] = [];
  const rowCheck = new RowCheck(table, log);
  for (const row of table.rows) {
    const check = rowCheck.start(row);
    check.date("Ngày");
    const id = check.text("Mã CB");
    const name = check.text("Họ và tên");
    if (id === null && name === null && !check.hasError) {
      check.flag("REQUIRED", table.has("Mã CB") ? "Mã CB" : "Họ và tên");
    }
    let member: StaffMember | null = null;
    if (id !== null) {
      member = staff.byId(id) ?? null;
      if (member === null) check.flag("CONTRIBUTOR_UNKNOWN", "Mã CB", { value: id });
    } else if (name !== null) {
      member = staff.byUniqueName(name) ?? null;
    }
    const typedUnit = check.text("Đơn vị");
    let unit = typedUnit ?? member?.unit ?? OTHER_UNIT;
    if (typedUnit !== null && units.declared) {
      const canonical = units.canonical(typedUnit);
      if (canonical === null) check.flag("UNIT_UNKNOWN", "Đơn vị", { value: typedUnit });
      else unit = canonical;
    }
    const amount = check.amount("Số tiền", { required: true });
    const purpose = canonicalPurpose(check.text("Mục đích"));
    if (check.hasError || amount === null) continue;
    contributions.push({
      contributor: member ? staff.byId(member.id)! : nameKey(name ?? id ?? ""),
      staff: member,
      name: member?.name ?? name ?? id ?? "",
      unit,
      amount,
      purpose,
    });
  }
  return contributions;
}

function tally<K extends string>(
  contributions: readonly Contribution[],
  keyOf: (c: Contribution) => string,
  label: K,
  order: readonly string[],
): ({ [P in K]: string } & CountedTotal)[] {
  const groups = new Map<string, { contributors: Set<StaffMember | string>; total: number }>();
  for (const c of contributions) {
    const key = keyOf(c);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { contributors: new Set(), total: 0 }));
    group.contributors.add(c.contributor);
    group.total += c.amount;
  }
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(
      ([key, group]) =>
        ({ [label]: key, count: group.contributors.size, total: group.total }) as {
          [P in K]: string;
        } & CountedTotal,
    );
}

export function summariseContributions(
  contributions: readonly Contribution[],
  staff: StaffRoster,
  order: UnitOrder,
): ContributionSummary {
  const contributors = new Set<StaffMember | string>();
  // The numerator is drawn from the denominator (staff rows without error), so participation never exceeds 1.
  // A contributor is the first row with its ID; later rows with that ID are errors (STAFF_ID_DUPLICATE).
  let staffContributors = 0;
  const others = new Map<string, string>();
  let total = 0;
  for (const c of contributions) {
    total += c.amount;
    if (contributors.has(c.contributor)) continue;
    contributors.add(c.contributor);
    if (typeof c.contributor === "string") others.set(c.contributor, c.name);
    else if (!c.contributor.hasError) staffContributors += 1;
  }
  return {
    contributors: contributors.size,
    staffContributors,
    otherContributors: others.size,
    otherNames: [...others.values()],
    total,
    participation: staff.count === 0 ? 0 : Math.round((staffContributors / staff.count) * 10_000) / 10_000,
    byPurpose: tally(contributions, (c) => c.purpose, "purpose", CONTRIBUTION_PURPOSES),
    byUnit: tally(contributions, (c) => c.unit, "unit", [...order.units, OTHER_UNIT]),
  };
}
