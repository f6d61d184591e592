import type { IsoDate } from "../engine";

/** The machine's calendar day, read once at the command line's edge; the engine only ever sees the ISO date. */
export function systemToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
