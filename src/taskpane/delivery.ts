/**
 * How the exported report reaches the clerk. Excel on the web (and a plain browser) downloads the .docx through
 * an `<a download>`; the Windows and Mac desktop WebViews, and the mobile apps, silently drop blob downloads, so
 * there the lists open as a new workbook (Excel.createWorkbook) and the pane explains how to get the .docx.
 */
export type Delivery = "download" | "workbook";

/** `platform` is Office.context.platform's value (Office.PlatformType), undefined outside Office. */
export function deliveryFor(platform: string | undefined, anchorCanDownload: boolean): Delivery {
  switch (platform) {
    case "OfficeOnline":
      return "download";
    case "PC":
    case "Mac":
    case "iOS":
    case "Android":
    case "Universal":
      return "workbook";
    default:
      return anchorCanDownload ? "download" : "workbook";
  }
}
