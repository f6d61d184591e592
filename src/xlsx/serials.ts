/**
 * Excel serials in the 1900 date system, the only one the engine knows. A 1904 workbook's serials count from
 * 1904-01-01, 1462 days later than the 1900 system's day 0 (which is 1899-12-30, Lotus's leap-year bug included).
 */
export const DAYS_1900_TO_1904 = 1462;

const MS_PER_DAY = 86_400_000;
const DAY_ZERO_UTC = Date.UTC(1899, 11, 30);

/**
 * `t="d"` cells hold ISO 8601 text (`2024-06-01`, `2024-06-01T08:30:00`, `T08:30:00`): as a 1900 serial, counted
 * on the UTC calendar so that the machine's time zone never enters. Null when the text is not such a date.
 */
export function serialOfIsoDate(text: string): number | null {
  const match =
    /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (!match || (match[1] === undefined && match[4] === undefined)) return null;
  const [, y, mo, d, h, mi, s] = match;
  const day =
    y === undefined ? 0 : (Date.UTC(Number(y), Number(mo) - 1, Number(d)) - DAY_ZERO_UTC) / MS_PER_DAY;
  const seconds = (Number(h ?? 0) * 60 + Number(mi ?? 0)) * 60 + Number(s ?? 0);
  return day + seconds / 86_400;
}
