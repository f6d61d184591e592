import { type Cell, isBlankCell } from "../cell";
import { calendarDate, isoDate, readDateCell, toExcelSerial } from "../dates";
import { inputSheetSpec, SHEET } from "../schema";
import { locateHeaderRow } from "../table";
import { foldKey } from "../text";
import { REVIEW_COLUMN, REVIEW_MARK, REVIEWED_SETTING_KEYS } from "./review-mark";

const YEAR_KEY = "Năm tổ chức";
const SCHOOL_YEAR_KEY = "Năm học";
/** Dates of the campaign itself: they move by the number of years rolled over, day and month kept. */
const DATE_KEYS = ["Ngày bắt đầu", "Ngày kết thúc", "Ngày tính tuổi", "Hạn báo cáo"];
/** Last year's report and its outcome: nothing of them belongs to the new year. */
const CLEARED_KEYS = [
  "Số báo cáo",
  "Ngày báo cáo",
  "Ưu điểm",
  "Hạn chế",
  "Đề xuất",
  "Ngày nộp Quỹ",
  "Phương hướng",
];

const folded = (keys: readonly string[]): ReadonlySet<string> => new Set(keys.map(foldKey));
const DATES = folded(DATE_KEYS);
const CLEARED = folded(CLEARED_KEYS);
const REVIEWED = folded(REVIEWED_SETTING_KEYS);

/** A date `years` later as a serial (29/02 becomes 28/02); anything that is not a date is left as typed. */
function shiftDate(cell: Cell, years: number): Cell {
  const reading = readDateCell(cell);
  if (reading.kind !== "date") return cell;
  const { year, month, day } = calendarDate(reading.date);
  const leapDayLost = month === 2 && day === 29 && !isLeapYear(year + years);
  return toExcelSerial(isoDate(year + years, month, leapDayLost ? 28 : day));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** One past the last non-blank cell of any row: where a new column can go without covering anything. */
function firstFreeColumn(rows: readonly (readonly Cell[])[]): number {
  let width = 0;
  for (const row of rows) {
    for (let column = row.length - 1; column >= width; column -= 1) {
      if (!isBlankCell(row[column])) {
        width = column + 1;
        break;
      }
    }
  }
  return width;
}

export interface SettingsRollover {
  readonly rows: Cell[][];
  /** Keys marked `Cần xem lại`, in sheet order. */
  readonly reviewed: string[];
}

/**
 * `Cấu hình` for `year`, from last year's rows (campaign year `fromYear`): the year set, the campaign dates moved
 * on by the same number of years, the school year ending in `year`, last year's report fields cleared, and the
 * settings that may have changed marked for review. Other rows and columns (the clerk's own) are carried as typed.
 */
export function rollSettings(
  rows: readonly (readonly Cell[])[],
  fromYear: number,
  year: number,
): SettingsRollover {
  const located = locateHeaderRow(rows, inputSheetSpec(SHEET.settings));
  const copy = rows.map((row) => [...row]);
  if (located.missing.length > 0) return { rows: copy, reviewed: [] };

  const keyColumn = located.columns.get("Mục")!;
  const valueColumn = located.columns.get("Giá trị")!;
  const reviewColumn = located.columns.get(REVIEW_COLUMN) ?? firstFreeColumn(rows);
  const header = copy[located.index];
  while (header.length <= reviewColumn) header.push(null);
  header[reviewColumn] = REVIEW_COLUMN;

  const reviewed: string[] = [];
  let yearSet = false;
  for (let index = located.index + 1; index < copy.length; index += 1) {
    const row = copy[index];
    const keyCell = row[keyColumn];
    if (typeof keyCell !== "string" || isBlankCell(keyCell)) continue;
    while (row.length <= Math.max(valueColumn, reviewColumn)) row.push(null);
    const key = foldKey(keyCell);
    let mark: Cell = null;
    if (key === foldKey(YEAR_KEY)) {
      row[valueColumn] = year;
      yearSet = true;
    } else if (key === foldKey(SCHOOL_YEAR_KEY)) row[valueColumn] = `${year - 1}-${year}`;
    else if (DATES.has(key)) row[valueColumn] = shiftDate(row[valueColumn], year - fromYear);
    else if (CLEARED.has(key)) row[valueColumn] = null;
    else if (REVIEWED.has(key) && !isBlankCell(row[valueColumn])) {
      mark = REVIEW_MARK;
      reviewed.push(keyCell.trim());
    }
    // Last year's unresolved marks go too: only what this roll-over marks needs a look.
    row[reviewColumn] = mark;
  }
  if (!yearSet) {
    const yearRow: Cell[] = [];
    yearRow[keyColumn] = YEAR_KEY;
    yearRow[valueColumn] = year;
    copy.splice(
      located.index + 1,
      0,
      Array.from(yearRow, (cell) => cell ?? null),
    );
  }
  return { rows: copy, reviewed };
}
