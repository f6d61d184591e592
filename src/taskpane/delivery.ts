/**
 * How the exported report reaches the clerk on this host (SPEC §6's ladder). Every route first builds the .docx in
 * the pane; what differs is how it leaves:
 * - `download`: Excel on the web (or a plain browser) when Export was clicked in the pane: an `<a download>` inside
 *   that click's user activation;
 * - `saveButton`: Excel for Windows (WebView2 downloads a blob through `<a download>` and may offer
 *   `showSaveFilePicker`, both needing a click), and the web when the work did not start in a click (the ribbon's
 *   Export opens the pane and starts at once): a "Lưu báo cáo (.docx)" button;
 * - `webOrWorkbook`: Excel for Mac, whose WKWebView drops blob downloads, with a workbook kept on OneDrive or
 *   SharePoint: "open it in Excel on the web" (OpenBrowserWindowApi 1.1), or the whole report as a new workbook;
 * - `workbook`: anywhere else: the whole report as a new workbook at once (ExcelApi 1.8), else the filled
 *   `Báo cáo` sheet of this workbook, brought to the front (ExcelApi 1.7).
 */
export type DeliveryRoute = "download" | "saveButton" | "webOrWorkbook" | "workbook";

/** What the pane knows of its host when Export starts, read once (host-facts.ts). */
export interface DeliveryHost {
  /** Office.context.platform (Office.PlatformType), undefined outside Office. */
  readonly platform: string | undefined;
  /** The Export began with a click in the pane, and the browser still counts the clerk's activation (read late). */
  readonly inClick: boolean;
  /** The workbook's own address when it is an https one (OneDrive, SharePoint), else null. */
  readonly httpsUrl: string | null;
  /** `Office.context.ui.openBrowserWindow` is there (OpenBrowserWindowApi 1.1: Windows, Mac, iPad). */
  readonly canOpenBrowser: boolean;
  /** ExcelApi 1.8's `Excel.createWorkbook`. */
  readonly canCreateWorkbook: boolean;
}

export function deliveryRoute(host: DeliveryHost): DeliveryRoute {
  switch (host.platform) {
    case "OfficeOnline":
    case undefined:
      return host.inClick ? "download" : "saveButton";
    case "PC":
      return "saveButton";
    default:
      // Mac, iPad and the rest: no blob download from the pane.
      return host.httpsUrl !== null && host.canOpenBrowser ? "webOrWorkbook" : "workbook";
  }
}

/** The workbook's address if it is https: the only kind a browser opens in Excel on the web. */
export function httpsAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** What the Export button promises on this host, before anything runs (a click in the pane is assumed). */
export function promisedRoute(host: Omit<DeliveryHost, "inClick">): DeliveryRoute | "sheet" {
  const route = deliveryRoute({ ...host, inClick: true });
  return route === "workbook" && !host.canCreateWorkbook ? "sheet" : route;
}
