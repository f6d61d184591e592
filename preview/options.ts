/**
 * The preview's state, from the page's query string: `?lang=en-US&theme=dark&api=1.7&workbook=broken&platform=PC`.
 * The host page passes its query on to the pane's frame, so both read the same state.
 */
import { WORKBOOKS, type WorkbookName } from "./workbooks";

export const PLATFORMS = ["OfficeOnline", "PC", "Mac"] as const;
export type PreviewPlatform = (typeof PLATFORMS)[number];

export interface PreviewOptions {
  /** Office's display language, e.g. `vi-VN` or `en-US`. */
  readonly lang: string;
  readonly theme: "light" | "dark";
  /** The newest ExcelApi requirement set the host claims, as its minor version: 7 for ExcelApi 1.7 (the
   * manifest's floor), 9 for 1.9, 12 for 1.12. */
  readonly apiMinor: number;
  readonly workbook: WorkbookName;
  readonly platform: PreviewPlatform;
  /** Milliseconds each `context.sync()` takes, as a round trip to Excel on the web would. */
  readonly latency: number;
  /** Width of the pane's frame in CSS pixels (Excel's task pane is 320 px wide by default). */
  readonly pane: number;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.find((option) => option.toLowerCase() === (value ?? "").toLowerCase()) ?? fallback;

const bounded = (value: string | null, min: number, max: number, fallback: number): number => {
  const n = Number(value);
  return value !== null && value.trim() !== "" && Number.isFinite(n)
    ? Math.min(max, Math.max(min, n))
    : fallback;
};

/** `1.9` → 9, `1.12` → 12; requirement-set versions compare by their parts, not as decimals. */
export function apiMinorOf(version: string | null): number {
  const match = /^1\.(\d{1,2})$/.exec((version ?? "").trim());
  return match ? Number(match[1]) : 9;
}

export function previewOptions(search: string): PreviewOptions {
  const query = new URLSearchParams(search);
  const lang = query.get("lang") ?? "vi-VN";
  return {
    lang: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : "vi-VN",
    theme: pick(query.get("theme"), ["light", "dark"] as const, "light"),
    apiMinor: apiMinorOf(query.get("api")),
    workbook: pick(query.get("workbook"), WORKBOOKS, "sample"),
    platform: pick(query.get("platform"), PLATFORMS, "OfficeOnline"),
    latency: bounded(query.get("latency"), 0, 5000, 20),
    pane: bounded(query.get("pane"), 280, 800, 320),
  };
}
