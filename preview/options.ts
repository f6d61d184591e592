/**
 * The preview's state, from the page's query string: `?lang=en-US&theme=dark&api=1.7&workbook=broken&platform=PC`.
 * The host page passes its query on to the pane's frame, so both read the same state.
 */
import { WORKBOOKS, type WorkbookName } from "./workbooks";

export const PLATFORMS = ["OfficeOnline", "PC", "Mac"] as const;
export type PreviewPlatform = (typeof PLATFORMS)[number];

/**
 * How saving a file behaves in the pane: `download` (no save dialog; `<a download>` works, as in WebView2),
 * `picker` (a save dialog, as `showSaveFilePicker`, that records what it was given), `cancel` (the clerk clicks
 * Hủy in it), `fail` (the host refuses both the dialog and blob downloads).
 */
export const SAVE_MODES = ["download", "picker", "cancel", "fail"] as const;
export type SaveMode = (typeof SAVE_MODES)[number];

/** The workbook's `Office.context.document.url`: on SharePoint (https) or a local file. */
export const DOCUMENT_URLS = {
  https:
    "https://contoso.sharepoint.com/sites/van-phong/Shared%20Documents/Theo%20doi%20Thang%20hanh%20dong.xlsx",
  local: "C:\\Users\\van-thu\\Documents\\Theo doi Thang hanh dong.xlsx",
} as const;

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
  readonly save: SaveMode;
  readonly url: keyof typeof DOCUMENT_URLS;
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
    save: pick(query.get("save"), SAVE_MODES, "download"),
    url: pick(query.get("url"), ["https", "local"] as const, "https"),
  };
}
