import type { IsoDate } from "../engine";

interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I: a day below 10 and the months 1 and 2 take a leading zero (`ngày 05`,
 * `tháng 02`) so that no digit can be added by hand afterwards; other months are written without (`tháng 7`).
 */
function decreeParts(date: IsoDate): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  return { day, month: monthNumber <= 2 ? month : String(monthNumber), year };
}

/** `Bắc Giang, ngày 05 tháng 7 năm 2024`: the place-and-date line of the header. */
export function placeDateLine(place: string, date: IsoDate): string {
  return `${place}, ${dateInWords(date)}`;
}

/** `ngày 05 tháng 7 năm 2024`. */
export function dateInWords(date: IsoDate): string {
  const { day, month, year } = decreeParts(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** `01/6/2024`: a date inside the text, with the same leading-zero rule (the plan writes `01/6/2024`, `22/7/2024`). */
export function textDate(date: IsoDate): string {
  const { day, month, year } = decreeParts(date);
  return `${day}/${month}/${year}`;
}
