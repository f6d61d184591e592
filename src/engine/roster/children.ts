import { type Cell, isBlankCell, isCellError, type WorkbookSnapshot } from "../cell";
import { formatDayMonthYear, fullYearsOn, type IsoDate, isoDate } from "../dates";
import type { IssueLog } from "../issues";
import { RowCheck } from "../row-check";
import { inputSheetSpec, PRESCHOOL, type SchoolLevel, SHEET } from "../schema";
import type { CampaignSettings } from "../settings";
import { displayCell, readTable } from "../table";
import { foldKey } from "../text";
import { type AwardTable, type AwardTier, schoolLevelOfGrade } from "./award-tiers";
import type { StaffMember, StaffRoster } from "./staff";

/** One row of `Con`, read and checked. */
export interface ChildRow {
  readonly row: number;
  readonly parent: StaffMember | null;
  readonly name: string | null;
  readonly birthDate: IsoDate | null;
  readonly gender: string | null;
  /** 1–12, 0 for pre-school (`Mầm non`), null when not in school. */
  readonly grade: number | null;
  readonly school: string | null;
  /** Danh hiệu: a school title. */
  readonly title: AwardTier | null;
  /** Giải thưởng: a competition prize. */
  readonly prize: AwardTier | null;
  readonly hasError: boolean;
  /** A1 address of this row's cell under a header, for issues found after reading. */
  cell(header: string): string;
}

/** The first school day's age rule (SPEC §3): age on 05/09 of the school year's first year, minus 6. */
export function expectedGrade(birthDate: IsoDate, schoolYearFirst: number): number {
  return gradeBy(birthDate, firstSchoolDay(schoolYearFirst));
}

const firstSchoolDay = (year: number): IsoDate => isoDate(year, 9, 5);
const gradeBy = (birthDate: IsoDate, schoolStart: IsoDate): number => fullYearsOn(birthDate, schoolStart) - 6;

export function gradeLabel(grade: number | null): string {
  if (grade === null) return "";
  return grade === 0 ? PRESCHOOL : String(grade);
}

type GradeReading = { ok: true; grade: number | null } | { ok: false };

const GRADES: readonly GradeReading[] = Array.from({ length: 13 }, (_, grade) => ({ ok: true, grade }));
const NOT_IN_SCHOOL: GradeReading = { ok: true, grade: null };
const NOT_A_GRADE: GradeReading = { ok: false };

function readGrade(cell: Cell): GradeReading {
  // A grade typed as a number, the usual case, is its own reading: the text path below gives the same.
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0 && cell <= 12) return GRADES[cell];
  if (isBlankCell(cell)) return NOT_IN_SCHOOL;
  const text = foldKey(displayCell(cell));
  if (text === foldKey(PRESCHOOL)) return { ok: true, grade: 0 };
  const match = /^(?:lop\s*)?(\d{1,2})$/.exec(text);
  const grade = match ? Number(match[1]) : NaN;
  return grade >= 0 && grade <= 12 ? GRADES[grade] : NOT_A_GRADE;
}

/** A title or prize as its tier; one the table does not know is an error unless still to be priced. */
function readAchievement(
  check: RowCheck,
  header: string,
  tiers: AwardTable,
  level: SchoolLevel | null,
): AwardTier | null {
  const text = check.text(header);
  if (text === null) return null;
  const tier = tiers.find(text, level);
  if (!tier && !tiers.isPending(text)) check.flag("ACHIEVEMENT_UNKNOWN", header, { value: text });
  return tier ?? null;
}

export function readChildren(
  snapshot: WorkbookSnapshot,
  log: IssueLog,
  staff: StaffRoster,
  tiers: AwardTable,
  settings: CampaignSettings,
  reportDate: IsoDate,
): ChildRow[] {
  const table = readTable(snapshot, inputSheetSpec(SHEET.children), log);
  if (!table) return [];
  const children: ChildRow[] = [];
  // One method for every row: a closure per row kept each row's cells alive as long as the lists.
  const cell = function (this: ChildRow, header: string): string {
    return table.cellAt(this.row, header);
  };
  const schoolStart = firstSchoolDay(settings.schoolYear.first);

  const rowCheck = new RowCheck(table, log);
  for (let index = 0; index < table.rowCount; index += 1) {
    const check = rowCheck.start(index);
    const staffId = check.text("Mã CB", true);
    const parent = staffId === null ? null : (staff.byId(staffId) ?? null);
    if (staffId !== null && parent === null) check.flag("PARENT_UNKNOWN", "Mã CB", { value: staffId });

    const name = check.text("Họ và tên con", true);
    const birthDate = check.date("Ngày sinh", true);
    if (birthDate !== null && birthDate > reportDate) {
      check.flag("DATE_FUTURE", "Ngày sinh", {
        value: formatDayMonthYear(birthDate),
        other: formatDayMonthYear(reportDate),
      });
    }

    let grade: number | null = null;
    const gradeCell = check.raw("Lớp");
    if (isCellError(gradeCell)) {
      check.flag("VALUE_ERROR", "Lớp", { value: gradeCell.error });
    } else {
      const reading = readGrade(gradeCell);
      if (reading.ok) grade = reading.grade;
      else
        check.flag("GRADE_INVALID", "Lớp", {
          value: displayCell(gradeCell),
          expected: check.words.gradeRule,
        });
    }
    const level = schoolLevelOfGrade(grade);

    const title = readAchievement(check, "Danh hiệu", tiers, level);
    const prize = readAchievement(check, "Giải thưởng", tiers, level);

    if (title && title.levels.length > 0 && (level === null || !title.levels.includes(level))) {
      check.flag("ACHIEVEMENT_GRADE_MISMATCH", "Danh hiệu", {
        value: title.achievement,
        expected: title.levels.join(", "),
        other: grade === null ? check.words.notInSchool : grade === 0 ? check.words.preschool : String(grade),
      });
    }
    if (birthDate !== null && grade !== null) {
      const expected = gradeBy(birthDate, schoolStart);
      if (Math.abs(grade - expected) > 2) {
        check.flag("AGE_GRADE_MISMATCH", "Lớp", {
          value: gradeLabel(grade),
          expected: String(Math.max(expected, 0)),
        });
      }
    }

    children.push({
      row: check.excelRow,
      parent,
      name,
      birthDate,
      gender: check.text("Giới tính"),
      grade,
      school: check.text("Trường"),
      title,
      prize,
      hasError: check.hasError,
      cell,
    });
  }
  return children;
}
