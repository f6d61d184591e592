import { isExists } from "date-fns/isExists";
import { type Cell, isBlankCell, isCellError } from "./cell";
import { remembered } from "./remembered";

/**
 * Calendar dates travel through the engine as ISO `yyyy-mm-dd` strings: comparable with `<`, printable, and free
 * of time zones. Conversions to and from Excel serials use UTC arithmetic only, so the result is the same under
 * TZ=UTC and TZ=Asia/Ho_Chi_Minh.
 */
export type IsoDate = string;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system, counted past Excel's phantom 29/02/1900 (valid for serials ≥ 61). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Below 61 the 1900 system is off by one day (Lotus's 29/02/1900), so such serials are refused. */
export const FIRST_RELIABLE_SERIAL = 61;
/** 31/12/9999, the last date Excel can hold. */
export const LAST_EXCEL_SERIAL = 2_958_465;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function calendarDate(date: IsoDate): CalendarDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** The date of an Excel serial (the time of day, if any, is dropped), or null outside Excel's reliable range. */
export function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < FIRST_RELIABLE_SERIAL || whole > LAST_EXCEL_SERIAL) return null;
  return dateOfDay(whole);
}

/**
 * Each day's ISO text made once: a province's children were born on a few thousand distinct days, and building
 * the text (a Date, three paddings) for each of a hundred thousand cells was a tenth of the engine's allocations.
 */
const dateOfDay = remembered((day: number): IsoDate => {
  const utc = new Date(EXCEL_EPOCH_UTC + day * MS_PER_DAY);
  return isoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
});

export function toExcelSerial(date: IsoDate): number {
  const { year, month, day } = calendarDate(date);
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

export type DateProblem = "format" | "two-digit-year" | "impossible" | "out-of-range";

export type DateReading =
  | { readonly kind: "blank" }
  | { readonly kind: "date"; readonly date: IsoDate }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "invalid"; readonly problem: DateProblem };

const DMY_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/;

/** Text typed as d/m/yyyy or dd/mm/yyyy, with `/`, `-` or `.`; day first, always (never m/d). */
export function parseDateText(text: string): DateReading {
  const match = DMY_TEXT.exec(text.trim());
  if (!match) return { kind: "invalid", problem: "format" };
  const [, dayText, monthText, yearText] = match;
  if (yearText.length <= 2) return { kind: "invalid", problem: "two-digit-year" };
  if (yearText.length !== 4) return { kind: "invalid", problem: "format" };
  const day = Number(dayText);
  const month = Number(monthText);
  const year = Number(yearText);
  if (!isExists(year, month - 1, day)) return { kind: "invalid", problem: "impossible" };
  if (year < 1900) return { kind: "invalid", problem: "out-of-range" };
  return { kind: "date", date: isoDate(year, month, day) };
}

/** A cell that should hold a date: an Excel serial (a date cell) or d/m/yyyy text. */
export function readDateCell(cell: Cell | undefined): DateReading {
  if (typeof cell === "number") return readingOfSerial(cell);
  if (isBlankCell(cell)) return BLANK;
  if (isCellError(cell)) return { kind: "error", error: cell.error };
  if (typeof cell === "string") return parseDateText(cell);
  return { kind: "invalid", problem: "format" };
}

const BLANK: DateReading = { kind: "blank" };
const OUT_OF_RANGE: DateReading = { kind: "invalid", problem: "out-of-range" };

// Readings are immutable, so one per day serves every cell of that day.
const readingOfDay = remembered((day: number): DateReading => ({ kind: "date", date: dateOfDay(day) }));

function readingOfSerial(serial: number): DateReading {
  if (!Number.isFinite(serial)) return OUT_OF_RANGE;
  const whole = Math.floor(serial);
  return whole < FIRST_RELIABLE_SERIAL || whole > LAST_EXCEL_SERIAL ? OUT_OF_RANGE : readingOfDay(whole);
}

/** Full years reached on `on` by someone born on `birth`; negative when born after `on`. */
export function fullYearsOn(birth: IsoDate, on: IsoDate): number {
  // Read from the characters: no parts allocated for the hundred thousand ages of a province's lists.
  const birthdayNotYetReached = monthDayOf(on) < monthDayOf(birth);
  return yearOf(on) - yearOf(birth) - (birthdayNotYetReached ? 1 : 0);
}

const digitAt = (text: string, index: number): number => text.charCodeAt(index) - 48;

/** yyyy of yyyy-mm-dd. */
const yearOf = (date: IsoDate): number =>
  digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);

/** mm-dd of yyyy-mm-dd as one comparable number, mmdd. */
const monthDayOf = (date: IsoDate): number =>
  digitAt(date, 5) * 1000 + digitAt(date, 6) * 100 + digitAt(date, 8) * 10 + digitAt(date, 9);

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toExcelSerial(to) - toExcelSerial(from);
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDayMonthYear(date: IsoDate): string {
  // yyyy-mm-dd holds dd and mm as printed; the year is printed as a number (no leading zero).
  const year = date.charCodeAt(0) === 0x30 ? String(yearOf(date)) : date.slice(0, 4);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${year}`;
}
