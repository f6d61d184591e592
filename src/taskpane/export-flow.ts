import { computeAndFill, openReportWorkbook } from "../excel";
import type { SheetPlan } from "../engine";
import { type ActionContext, options, type Outcome, rosterEmpty } from "./actions";
import { deliveryRoute, type DeliveryRoute } from "./delivery";
import type { SaveResult } from "./download-file";
import { withEditedSheetsCheck } from "./edited-sheets";
import { issuePlace } from "./issue-groups";
import { reportFileName } from "./report-file-name";
import type { StatusKind } from "./status";
import type { FallbackReason, Strings } from "./strings";

/** How many errors a refusal or a draft question names (the command line names as many). */
const ERRORS_NAMED = 3;

/** A result line: what the status shows after a delivery step. */
export interface Notice {
  readonly status: string;
  readonly kind: StatusKind;
}

/**
 * What the pane offers once the report is built, as buttons under the result line (delivery-panel.ts). Each
 * handler runs inside the clerk's click on its button and answers with the new result line.
 */
export interface DeliveryOffer {
  readonly save?: () => Promise<Notice>;
  readonly openOnWeb?: () => Notice;
  readonly openWorkbook?: () => Promise<Notice>;
}

/** The pane's delivery ports: real in app.ts, recording stand-ins in the tests. */
export interface DeliveryPorts {
  /** Builds the .docx (the lazily loaded `export` chunk). */
  readonly renderDocx: (model: import("../engine").ReportModel) => Promise<Uint8Array>;
  /** Saves inside a click: the save dialog when `picker` and present, else `<a download>`; throws if refused. */
  readonly saveFile: (bytes: Uint8Array, fileName: string, picker: boolean) => Promise<SaveResult>;
  readonly openBrowser: (url: string) => void;
  /** Shows the offer's buttons, or none. */
  readonly offer: (offer: DeliveryOffer | null) => void;
}

const joined = (...parts: readonly string[]): string => parts.filter((part) => part !== "").join(" ");

/**
 * Export in one click: compute and fill (so the sheets and the document agree; `Báo cáo` brought to the front where
 * no new workbook can be opened), ask before a draft, build the .docx, then hand it over as this host allows
 * (delivery.ts). A fallback is always a result — a new workbook holding the whole report, or the filled sheet —
 * and is worded as a warning, never as a plain success.
 */
export async function exportAction(context: ActionContext): Promise<Outcome> {
  const { strings } = context;
  const host = context.delivery;
  const outcome = await withEditedSheetsCheck(
    (replace) =>
      computeAndFill({ ...options(context, 0, 0.6, replace), activateReport: !host.canCreateWorkbook }),
    context.ask,
    strings,
  );
  if (outcome.kind === "kept") return { status: strings.editedKept(outcome.sheets), kind: "warning" };
  const { result, model, plans } = outcome.value;
  if (rosterEmpty(result)) return { status: strings.rosterEmpty, kind: "warning", result };

  if (model.draft) {
    const named = model.errors.slice(0, ERRORS_NAMED);
    const draft = await context.ask({
      title: strings.draftTitle,
      message: strings.draftQuestion(
        model.errors.length,
        named.map((issue) => issuePlace(issue, strings)),
      ),
      yes: strings.draftYes,
      no: strings.draftNo,
    });
    // The clerk chose to fix first: a calm line and the way to the first error, not a wall of messages.
    if (!draft) {
      return {
        status: strings.exportDeclined(model.errors.length),
        kind: "warning",
        result,
        firstError: model.errors[0],
      };
    }
  }

  const route = deliveryRoute(host);
  const fileName = reportFileName(model.header.agency, model.year, model.draft);
  const draftNote = model.draft ? strings.delivery.draftNote : "";
  const fallback = fallbackFor(context, plans, draftNote);
  let bytes: Uint8Array | null = null;
  if (route !== "workbook") {
    context.progress("rendering", 0.7);
    bytes = await context.ports.renderDocx(model);
  }
  context.progress("finishing", 1);
  const notice = await deliver(context, route, { bytes, fileName, draftNote, fallback });
  return { ...notice, result };
}

interface Built {
  readonly bytes: Uint8Array | null;
  readonly fileName: string;
  readonly draftNote: string;
  readonly fallback: (reason: FallbackReason) => Promise<Notice>;
}

async function deliver(context: ActionContext, route: DeliveryRoute, built: Built): Promise<Notice> {
  const { strings, ports } = context;
  const { bytes, fileName, draftNote, fallback } = built;
  const canWorkbook = context.delivery.canCreateWorkbook;
  const openWorkbook = canWorkbook ? () => fallback("chosen") : undefined;

  switch (route) {
    case "download":
      try {
        await ports.saveFile(bytes!, fileName, false);
      } catch (error) {
        console.warn("The download was refused:", error);
        return fallback("saveFailed");
      }
      return savedNotice("downloaded", fileName, draftNote, strings, true);
    case "saveButton":
      ports.offer({
        save: async () => {
          try {
            const saved = await ports.saveFile(bytes!, fileName, true);
            return savedNotice(saved, fileName, draftNote, strings, context.delivery.platform !== "PC");
          } catch (error) {
            console.warn("Saving the .docx failed:", error);
            return fallback("saveFailed");
          }
        },
        openWorkbook,
      });
      return { status: joined(strings.delivery.ready(fileName), draftNote), kind: "info" };
    case "webOrWorkbook": {
      const url = context.delivery.httpsUrl!;
      ports.offer({
        openOnWeb: () => {
          ports.openBrowser(url);
          return { status: strings.delivery.webOpened, kind: "info" };
        },
        openWorkbook,
      });
      if (!canWorkbook) return fallback("noSave");
      return { status: joined(strings.delivery.macChoice, draftNote), kind: "info" };
    }
    case "workbook":
      return fallback("noSave");
  }
}

function savedNotice(
  saved: SaveResult,
  fileName: string,
  draftNote: string,
  strings: Strings,
  web: boolean,
): Notice {
  const words = strings.delivery;
  if (saved === "cancelled") return { status: words.cancelled, kind: "info" };
  const text =
    saved === "picked"
      ? words.picked(fileName)
      : web
        ? words.downloadedWeb(fileName)
        : words.downloadedDesktop(fileName);
  return { status: joined(text, draftNote), kind: draftNote ? "warning" : "success" };
}

/**
 * The fallback: the whole report as a new workbook (ExcelApi 1.8), else — `Báo cáo` being filled and in front
 * already — how to print it. Never worded as a plain success.
 */
function fallbackFor(
  context: ActionContext,
  plans: readonly SheetPlan[],
  draftNote: string,
): (reason: FallbackReason) => Promise<Notice> {
  const words = context.strings.delivery;
  return async (reason) => {
    const report = await openReportWorkbook(plans, { locale: context.locale });
    const text = report.opened ? words.workbookOpened : words.reportSheetShown;
    const why = reason === "chosen" ? "" : words.reason[reason];
    return { status: joined(why, text, draftNote), kind: "warning" };
  };
}
