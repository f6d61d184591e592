import { detectFeatures } from "../excel";
import { type DeliveryHost, httpsAddress } from "./delivery";

/** Office.context's parts that the delivery reads; every one may be missing on some host. */
interface OfficeContextParts {
  readonly platform?: unknown;
  readonly document?: { readonly url?: unknown };
  readonly ui?: { readonly openBrowserWindow?: unknown };
  readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
}

function officeContext(): OfficeContextParts | undefined {
  try {
    return Office.context as unknown as OfficeContextParts;
  } catch {
    return undefined;
  }
}

/** Office.context.platform, or undefined outside Office. */
export function officePlatform(): string | undefined {
  const value = officeContext()?.platform;
  return typeof value === "string" ? value : undefined;
}

function canOpenBrowser(context: OfficeContextParts | undefined): boolean {
  if (typeof context?.ui?.openBrowserWindow !== "function") return false;
  try {
    return context.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1") ?? true;
  } catch {
    return false;
  }
}

/**
 * Whether the clerk's click still counts: browsers give a click a few seconds of "transient activation", which a
 * file picker or a download may need. Without the User Activation API, the click's own run is trusted.
 */
function stillActive(startedByClick: boolean): boolean {
  if (!startedByClick) return false;
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}

/** The host as Export sees it now; `startedByClick` is false when the ribbon's Export started the pane. */
export function deliveryHost(startedByClick: boolean): DeliveryHost {
  const context = officeContext();
  const url = context?.document?.url;
  return {
    platform: officePlatform(),
    // Asked when the .docx is ready to go, not when the export starts: a long export may outlive the activation.
    get inClick() {
      return stillActive(startedByClick);
    },
    httpsUrl: httpsAddress(typeof url === "string" ? url : null),
    canOpenBrowser: canOpenBrowser(context),
    canCreateWorkbook: detectFeatures().createWorkbook,
  };
}

/** Opens an https address in the clerk's default browser (OpenBrowserWindowApi 1.1). */
export function openInBrowser(url: string): void {
  (Office.context.ui as unknown as { openBrowserWindow(url: string): void }).openBrowserWindow(url);
}
