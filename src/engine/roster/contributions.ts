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

/**
 * Who gave, counted once: the staff member (the first `Cán bộ` row with the ID), or the normalised name of someone
 * outside the roster.
 */
type Contributor = StaffMember | string;

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

/**
 * Reads `Đóng góp` and sums it as it goes (SPEC §3): rows with an error are left out. No object is kept per row:
 * at province scale the rows' objects were copied by every young-generation collection until they were summed.
 */
export function readContributions(
  snapshot: WorkbookSnapshot,
  log: IssueLog,
  staff: StaffRoster,
  units: UnitCatalog,
  order: UnitOrder,
): ContributionSummary {
  const tally = new ContributionTally(staff.members.length);
  const table = readTable(
    snapshot,
    inputSheetSpec(SHEET.contributions),
    log,
    WORDS[log.locale].noContributions,
  );
  const rowCheck = table && new RowCheck(table, log);
  for (let index = 0; index < (table?.rowCount ?? 0); index += 1) {
    const check = rowCheck!.start(index);
    check.date("Ngày");
    const id = check.text("Mã CB");
    const name = check.text("Họ và tên");
    if (id === null && name === null && !check.hasError) {
      check.flag("REQUIRED", table!.has("Mã CB") ? "Mã CB" : "Họ và tên");
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
    const contributor = member ? staff.byId(member.id)! : nameKey(name ?? id ?? "");
    tally.add(contributor, member?.name ?? name ?? id ?? "", unit, purpose, amount);
  }
  return tally.summary(staff, order);
}

interface Group {
  /** Each row's contributor by number, repeats included: counted once each at the end. */
  readonly contributors: number[];
  total: number;
}

/**
 * Sums and distinct contributors, overall and by purpose and unit. Contributors are numbered — a staff member by
 * its place in `Cán bộ`, anyone else after the roster in order of first appearance — so that a province's rows
 * need no set of objects per group, only a list of small integers counted once sorted.
 */
class ContributionTally {
  private readonly seenStaff: Uint8Array;
  private distinctStaff = 0;
  // The numerator is drawn from the denominator (staff rows without error), so participation never exceeds 1.
  // A contributor is the first row with its ID; later rows with that ID are errors (STAFF_ID_DUPLICATE).
  private staffContributors = 0;
  /** Contributors outside the roster by key: their number and the name first given. */
  private readonly others = new Map<string, { readonly number: number; readonly name: string }>();
  private total = 0;
  private readonly byPurpose = new Map<string, Group>();
  private readonly byUnit = new Map<string, Group>();

  constructor(private readonly staffRows: number) {
    this.seenStaff = new Uint8Array(staffRows);
  }

  add(contributor: Contributor, name: string, unit: string, purpose: string, amount: number): void {
    this.total += amount;
    const number = this.numberOf(contributor, name);
    addTo(this.byPurpose, purpose, number, amount);
    addTo(this.byUnit, unit, number, amount);
  }

  private numberOf(contributor: Contributor, name: string): number {
    if (typeof contributor === "string") {
      let other = this.others.get(contributor);
      if (other === undefined) {
        other = { number: this.staffRows + this.others.size, name };
        this.others.set(contributor, other);
      }
      return other.number;
    }
    if (this.seenStaff[contributor.index] === 0) {
      this.seenStaff[contributor.index] = 1;
      this.distinctStaff += 1;
      if (!contributor.hasError) this.staffContributors += 1;
    }
    return contributor.index;
  }

  summary(staff: StaffRoster, order: UnitOrder): ContributionSummary {
    return {
      contributors: this.distinctStaff + this.others.size,
      staffContributors: this.staffContributors,
      otherContributors: this.others.size,
      otherNames: Array.from(this.others.values(), (other) => other.name),
      total: this.total,
      participation:
        staff.count === 0 ? 0 : Math.round((this.staffContributors / staff.count) * 10_000) / 10_000,
      byPurpose: inOrder(this.byPurpose, "purpose", CONTRIBUTION_PURPOSES),
      byUnit: inOrder(this.byUnit, "unit", [...order.units, OTHER_UNIT]),
    };
  }
}

function addTo(groups: Map<string, Group>, key: string, contributor: number, amount: number): void {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { contributors: [], total: 0 }));
  group.contributors.push(contributor);
  group.total += amount;
}

function distinctCount(numbers: readonly number[]): number {
  const sorted = Int32Array.from(numbers).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) count += 1;
  return count;
}

/** The groups in `order`, those it does not name after them in order of first appearance. */
function inOrder<K extends string>(
  groups: ReadonlyMap<string, Group>,
  label: K,
  order: readonly string[],
): ({ [P in K]: string } & CountedTotal)[] {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(
      ([key, group]) =>
        ({ [label]: key, count: distinctCount(group.contributors), total: group.total }) as {
          [P in K]: string;
        } & CountedTotal,
    );
}
