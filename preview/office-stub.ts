/**
 * office.js for the preview: the `Office` and `Excel` globals the task pane uses, backed by the in-memory Excel fake
 * (test/support/excel-fake) loaded with the workbook the query string names. Loaded in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js, either by the preview server rewriting the pane's
 * script tag or by the e2e suite answering that URL; it makes no request of its own.
 *
 * The fake lives in the pane's own window, so every object and error the pane sees comes from its realm
 * (`instanceof Error` holds); the host page reads the workbook through `window.actionMonthPreview` to draw its grid.
 */
import { ExcelFake, FakeOfficeError } from "../test/support/excel-fake";
import { FakeContextCore } from "../test/support/excel-fake/context";
import { DOCUMENT_URLS, previewOptions, type PreviewOptions } from "./options";
import { installSaving, type SavedFile } from "./saving";
import { seedsOf } from "./workbooks";

/** What the host page's grid reads; also handy from the browser console. */
export interface PreviewHandle {
  readonly fake: ExcelFake;
  readonly options: PreviewOptions;
  /** Called after every `context.sync()` and `Excel.createWorkbook`, settled or failed. */
  subscribe(listener: () => void): () => void;
  /** Addresses handed to `Office.context.ui.openBrowserWindow`, in order. */
  readonly openedUrls: readonly string[];
  /** Files the stand-in save dialog was given (`save=picker`). */
  readonly savedFiles: readonly SavedFile[];
}

interface HostWindow {
  actionMonthPreviewHost?: { attach(handle: PreviewHandle): void };
}

const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#242424",
    themeId: 0,
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
    themeId: 1,
    isDarkTheme: true,
  },
} as const;

const EXCEL_ERROR_CODES = Object.fromEntries(
  [
    "AccessDenied",
    "ApiNotFound",
    "Conflict",
    "GeneralException",
    "InsertDeleteConflict",
    "InvalidArgument",
    "InvalidBinding",
    "InvalidOperation",
    "InvalidReference",
    "InvalidSelection",
    "ItemAlreadyExists",
    "ItemNotFound",
    "MergedRangeConflict",
    "NotImplemented",
    "RequestAborted",
    "ResponsePayloadSizeLimitExceeded",
    "UnsupportedFeature",
    "UnsupportedOperation",
    "InvalidOperationInCellEditMode",
  ].map((code) => [code.charAt(0).toLowerCase() + code.slice(1), code]),
);

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

function install(): PreviewHandle {
  const options = previewOptions(window.location.search);
  // The fake compares versions as numbers (1.7 < 1.9) and knows nothing newer than 1.9.
  const fake = ExcelFake.fromSheets(seedsOf(options.workbook), {
    apiVersion: options.apiMinor >= 10 ? 1.99 : 1 + options.apiMinor / 10,
    displayLanguage: options.lang,
  });

  // Excel opens a workbook with A1 of its first sheet selected.
  const first = fake.model.activeSheet;
  if (first) fake.model.selection = { sheet: first.name, area: { row: 0, column: 0, rows: 1, columns: 1 } };

  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());

  // Each sync takes a round trip's time (the pane stays responsive and its progress is seen), and the grid redraws.
  const sync = FakeContextCore.prototype.sync;
  FakeContextCore.prototype.sync = async function (this: FakeContextCore): Promise<void> {
    await sleep(options.latency);
    try {
      await sync.call(this);
    } finally {
      notify();
    }
  };

  const scope = window as unknown as Record<string, unknown>;
  const info = { host: "Excel", platform: options.platform };
  // As office.js: ready once the page's scripts have run; a page that set Office.initialize has it called first.
  const ready = new Promise<typeof info>((resolve) =>
    setTimeout(() => {
      const initialize = (scope.Office as { initialize?: unknown }).initialize;
      if (typeof initialize === "function") initialize("inserted");
      resolve(info);
    }, 0),
  );
  // OpenBrowserWindowApi 1.1: Excel on Windows and Mac, not on the web.
  const desktop = options.platform !== "OfficeOnline";
  const openedUrls: string[] = [];
  const isSetSupported = (name: string, version?: string): boolean => {
    if (name.toLowerCase() === "openbrowserwindowapi") return desktop && Number(version ?? "1.1") <= 1.1;
    if (name.toLowerCase() !== "excelapi") return false;
    const match = /^1\.(\d+)$/.exec(String(version ?? "1.1"));
    return match !== null && Number(match[1]) <= options.apiMinor;
  };

  scope.Office = {
    onReady(callback?: (value: typeof info) => void): Promise<typeof info> {
      return ready.then((value) => {
        callback?.(value);
        return value;
      });
    },
    context: {
      displayLanguage: options.lang,
      contentLanguage: options.lang,
      officeTheme: OFFICE_THEMES[options.theme],
      platform: options.platform,
      host: "Excel",
      diagnostics: { host: "Excel", platform: options.platform, version: "16.0.0.0" },
      requirements: { isSetSupported },
      document: { url: DOCUMENT_URLS[options.url] },
      ui: desktop
        ? {
            openBrowserWindow: (url: string) => {
              openedUrls.push(url);
              notify();
            },
          }
        : {},
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    actions: { associate: () => undefined },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
    },
  };
  scope.Excel = {
    run: fake.run,
    createWorkbook: async (base64?: string) => {
      try {
        await sleep(options.latency);
        await fake.createWorkbook(base64);
      } finally {
        notify();
      }
    },
    ErrorCodes: EXCEL_ERROR_CODES,
  };
  scope.OfficeExtension = { Error: FakeOfficeError };

  const savedFiles = installSaving(window, options.save, notify);
  const handle: PreviewHandle = {
    fake,
    options,
    openedUrls,
    savedFiles,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  scope.actionMonthPreview = handle;
  try {
    if (window.parent !== window)
      (window.parent as unknown as HostWindow).actionMonthPreviewHost?.attach(handle);
  } catch {
    // A parent on another origin: the pane runs alone.
  }
  return handle;
}

install();
