import type { IsoDate } from "../engine";

/**
 * The clerk's calendar day as yyyy-mm-dd: the only place the pane reads the clock. Read when an operation starts
 * (the pane may stay open past midnight), then passed on as a plain date so the engine never sees a time zone.
 */
export function clerkToday(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
