import {
  type AgencyReport,
  buildReportModel,
  type Consolidation,
  consolidate,
  type Issue,
  type IsoDate,
  runCampaign,
  type Severity,
  type UnreadableFile,
} from "../engine";
import {
  defaultReceivingAgency,
  type ReceivingAgency,
  renderConsolidationDocx,
  renderReportDocx,
} from "../report";
import { generatedSheets } from "../report/generated-sheets";
import { readAgency, UNREADABLE_REASON } from "../xlsx/read-agency";
import { readWorkbook, UnreadableWorkbookError, type XlsxWorkbook } from "../xlsx/read-workbook";
import { writeReportWorkbook } from "../xlsx/report-workbook";
import { consolidationWorkbook } from "../xlsx/write-consolidation";

/**
 * What the offline page does with dropped files, as plain functions of bytes: run in the page's Web Worker, or on
 * the page itself where the browser refuses a worker (a page opened from disk). Plain data in and out.
 */

export interface DroppedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CheckedWorkbook {
  readonly kind: "checked";
  readonly fileName: string;
  readonly agency: string;
  readonly year: number;
  readonly reportDate: IsoDate;
  readonly counts: Record<Severity, number>;
  readonly issues: readonly Issue[];
  readonly figures: {
    readonly staff: number;
    readonly children: number;
    readonly gifts: number;
    readonly giftsTotal: number;
    readonly awards: number;
    readonly awardsTotal: number;
    readonly contributions: number;
  };
}

export type CheckOutcome =
  CheckedWorkbook | { readonly kind: "unreadable"; readonly fileName: string; readonly reason: string };

function workbookOrReason(
  bytes: Uint8Array,
): { workbook: XlsxWorkbook; reason: null } | { workbook: null; reason: string } {
  try {
    return { workbook: readWorkbook(bytes), reason: null };
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError)
      return { workbook: null, reason: UNREADABLE_REASON[cause.reason] };
    throw cause;
  }
}

export async function checkWorkbook(file: DroppedFile, today: IsoDate): Promise<CheckOutcome> {
  const read = workbookOrReason(file.bytes);
  if (read.workbook === null) return { kind: "unreadable", fileName: file.name, reason: read.reason };
  const result = runCampaign(read.workbook.snapshot, { today });
  return {
    kind: "checked",
    fileName: file.name,
    agency: result.settings.agency,
    year: result.settings.year,
    reportDate: result.reportDate,
    counts: result.counts,
    issues: result.issues,
    figures: {
      staff: result.staff.count,
      children: result.children.unique,
      gifts: result.gifts.count,
      giftsTotal: result.gifts.total,
      awards: result.awards.count,
      awardsTotal: result.awards.total,
      contributions: result.contributions.total,
    },
  };
}

export interface RenderedReport {
  readonly docx: Uint8Array;
  readonly workbook: Uint8Array;
  readonly draft: boolean;
}

/**
 * The command line's `report`, on the page: the dropped workbook with the generated sheets filled, and the .docx.
 * `draft` is the clerk's answer to the draft question; a workbook with errors is never rendered as official.
 */
export async function renderReport(
  file: DroppedFile,
  today: IsoDate,
  draft: boolean,
): Promise<RenderedReport> {
  const workbook = readWorkbook(file.bytes);
  const result = runCampaign(workbook.snapshot, { today });
  const model = buildReportModel(result);
  const stamped = model.draft || draft;
  const plans = generatedSheets(result, model, { locale: "vi", draft: stamped });
  const docx = await renderReportDocx(model, { draft: stamped });
  return { docx, workbook: writeReportWorkbook(workbook, plans), draft: stamped };
}

export interface ConsolidatedFiles {
  readonly consolidation: Consolidation;
  readonly docx: Uint8Array | null;
  readonly workbook: Uint8Array | null;
}

/** The command line's `consolidate`, on the page: the same engine, the same documents. */
export async function consolidateFiles(
  files: readonly DroppedFile[],
  today: IsoDate,
  receiver: Partial<Pick<ReceivingAgency, "agency" | "parentAgency" | "place">> & {
    signerName?: string | null;
  },
): Promise<ConsolidatedFiles> {
  const reports: AgencyReport[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of files) {
    const reading = readAgency(file.name, file.bytes, { today });
    if (reading.kind === "agency") reports.push(reading.report);
    else unreadable.push(reading.unreadable);
  }
  const consolidation = consolidate(reports, unreadable);
  if (reports.length === 0) return { consolidation, docx: null, workbook: null };
  const base = defaultReceivingAgency(today);
  const agency: ReceivingAgency = {
    ...base,
    agency: receiver.agency || base.agency,
    parentAgency: receiver.parentAgency || base.parentAgency,
    place: receiver.place || base.place,
    signer: { ...base.signer, name: receiver.signerName || null },
  };
  const docx = await renderConsolidationDocx(consolidation, agency);
  return { consolidation, docx, workbook: consolidationWorkbook(consolidation) };
}
