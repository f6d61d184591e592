import ExcelJS from "exceljs";
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
import { readAgency, NOT_A_WORKBOOK } from "../xlsx/read-agency";
import { readSnapshot } from "../xlsx/read-snapshot";
import { UnreadableWorkbookError } from "../xlsx/read-workbook";
import { consolidationWorkbook } from "../xlsx/write-consolidation";
import { writeSheetPlan, writeStampSheet } from "../xlsx/write-sheet-plan";

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

async function snapshotOrReason(bytes: Uint8Array) {
  try {
    return { snapshot: await readSnapshot(bytes), reason: null };
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError) return { snapshot: null, reason: NOT_A_WORKBOOK };
    throw cause;
  }
}

export async function checkWorkbook(file: DroppedFile, today: IsoDate): Promise<CheckOutcome> {
  const { snapshot, reason } = await snapshotOrReason(file.bytes);
  if (snapshot === null) return { kind: "unreadable", fileName: file.name, reason: reason! };
  const result = runCampaign(snapshot, { today });
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
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const result = runCampaign(await readSnapshot(file.bytes), { today });
  const model = buildReportModel(result);
  const stamped = model.draft || draft;
  const plans = generatedSheets(result, model, { locale: "vi", draft: stamped });
  writeStampSheet(workbook, plans);
  for (const plan of plans) writeSheetPlan(workbook, plan);
  const [workbookBytes, docx] = await Promise.all([
    workbook.xlsx.writeBuffer().then((buffer) => new Uint8Array(buffer)),
    renderReportDocx(model, { draft: stamped }),
  ]);
  return { docx, workbook: workbookBytes, draft: stamped };
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
    const reading = await readAgency(file.name, file.bytes, { today });
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
  const [docx, workbook] = await Promise.all([
    renderConsolidationDocx(consolidation, agency),
    consolidationWorkbook(consolidation),
  ]);
  return { consolidation, docx, workbook };
}
