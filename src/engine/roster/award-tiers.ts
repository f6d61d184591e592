import type { WorkbookSnapshot } from "../cell";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { RowCheck } from "../row-check";
import { inputSheetSpec, SCHOOL_LEVELS, SHEET, type SchoolLevel } from "../schema";
import { readTable } from "../table";
import { foldKey } from "../text";

/** One row of `Mức khen thưởng`: an achievement (title or prize) and what it earns. */
export interface AwardTier {
  readonly achievement: string;
  /** School levels the achievement belongs to; empty means any level. */
  readonly levels: readonly SchoolLevel[];
  /** Whole VND; 0 for a known title that earns nothing (Học sinh tiên tiến). */
  readonly amount: number;
}

export const DEFAULT_AWARD_TIERS: readonly AwardTier[] = [
  { achievement: "Giải quốc tế", levels: [], amount: 1_000_000 },
  { achievement: "Giải quốc gia", levels: [], amount: 700_000 },
  { achievement: "Giải cấp tỉnh", levels: [], amount: 500_000 },
  { achievement: "Giải cấp huyện", levels: [], amount: 300_000 },
  { achievement: "Học sinh Xuất sắc", levels: [], amount: 300_000 },
  { achievement: "Hoàn thành xuất sắc", levels: ["Tiểu học"], amount: 200_000 },
  { achievement: "Học sinh Giỏi", levels: ["THCS", "THPT"], amount: 200_000 },
  { achievement: "Học sinh Tiêu biểu hoàn thành tốt", levels: ["Tiểu học"], amount: 150_000 },
  { achievement: "Học sinh tiên tiến", levels: [], amount: 0 },
];

export interface AwardTable {
  /** Tiers of this achievement name (matched like headers), best fitting `level` first. */
  find(achievement: string, level: SchoolLevel | null): AwardTier | undefined;
  /** Named on a row that has an error: known, but paying nothing until fixed. */
  isPending(achievement: string): boolean;
  readonly tiers: readonly AwardTier[];
}

/** `Tiểu học` = grades 1–5, `THCS` = 6–9, `THPT` = 10–12. */
export function schoolLevelOfGrade(grade: number | null): SchoolLevel | null {
  if (grade === null || grade < 1) return null;
  if (grade <= 5) return "Tiểu học";
  if (grade <= 9) return "THCS";
  return "THPT";
}

function parseLevels(text: string): SchoolLevel[] | null {
  const levels: SchoolLevel[] = [];
  for (const part of text.split(/[,;/]/)) {
    if (part.trim() === "") continue;
    const level = SCHOOL_LEVELS.find((candidate) => foldKey(candidate) === foldKey(part));
    if (!level) return null;
    if (!levels.includes(level)) levels.push(level);
  }
  return levels;
}

export function buildAwardTable(
  tiers: readonly AwardTier[],
  pending: ReadonlySet<string> = new Set(),
): AwardTable {
  const byKey = new Map<string, AwardTier[]>();
  for (const tier of tiers) {
    const key = foldKey(tier.achievement);
    byKey.set(key, [...(byKey.get(key) ?? []), tier]);
  }
  return {
    tiers,
    find: (achievement, level) => {
      const candidates = byKey.get(foldKey(achievement));
      if (!candidates) return undefined;
      return candidates.find((tier) => level !== null && tier.levels.includes(level)) ?? candidates[0];
    },
    isPending: (achievement) => pending.has(foldKey(achievement)),
  };
}

export function readAwardTiers(snapshot: WorkbookSnapshot, log: IssueLog): AwardTable {
  const table = readTable(snapshot, inputSheetSpec(SHEET.awardTiers), log, WORDS[log.locale].tiersDefault);
  if (!table) return buildAwardTable(DEFAULT_AWARD_TIERS);

  const tiers: AwardTier[] = [];
  const pending = new Set<string>();
  const rowCheck = new RowCheck(table, log);
  for (let index = 0; index < table.rowCount; index += 1) {
    const check = rowCheck.start(index);
    const achievement = check.text("Thành tích", true);
    const amount = check.amount("Mức thưởng", { required: true, allowZero: true });
    const levelText = check.text("Cấp học");
    let levels: SchoolLevel[] = [];
    if (levelText !== null) {
      const parsed = parseLevels(levelText);
      if (parsed === null)
        check.flag("GRADE_INVALID", "Cấp học", { value: levelText, expected: check.words.levelRule });
      else levels = parsed;
    }
    if (achievement === null) continue;
    if (check.hasError || amount === null) pending.add(foldKey(achievement));
    else tiers.push({ achievement, levels, amount });
  }
  return buildAwardTable(tiers, pending);
}
