import type { ReportModel } from "../engine";
import { buildAnnexes } from "./report-annexes";
import { buildReportBody } from "./report-body";
import { agencyInText, buildClosing, buildHeader, buildStamp, buildTitle } from "./report-frame";

/**
 * The report's text as data, with no knowledge of .docx or Excel: the Word renderer and the `Báo cáo` sheet both
 * render this one structure, so their wording and figures cannot disagree.
 */

/** A stretch of text with one emphasis. Workbook text always arrives here as a plain string. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/**
 * A horizontal rule under a line (Decree 30/2020, Phụ lục I): `short` under the agency name and the subject
 * (1/3 to 1/2 of the line), `full` under `Độc lập - Tự do - Hạnh phúc` (as long as the line).
 */
export type RuleLength = "short" | "full";

/** One centred line of the header or title block. */
export interface CentredLine {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points: Decree 30 sets the header block at 12–13 pt, the title at 14 pt. */
  readonly size: number;
  readonly rule?: RuleLength;
}

export type BodyBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  /** A line of a list, printed after a dash (`- Quỹ Bảo trợ trẻ em: …`). */
  | { readonly kind: "item"; readonly runs: readonly Run[] }
  /** A dotted line left for the clerk to write on: free text that was not filled in. */
  | { readonly kind: "fill" };

export interface Closing {
  /** `Nơi nhận:` and its lines (each printed after a dash, with the model's punctuation). */
  readonly recipientsLabel: string;
  readonly recipients: readonly string[];
  readonly authority: string;
  readonly title: string;
  /** Null leaves the line blank, to be typed or written after signing. */
  readonly name: string | null;
}

export interface AnnexColumn {
  readonly header: string;
  /** Share of the table's width. */
  readonly weight: number;
  readonly align: "left" | "center" | "right";
}

/**
 * A row of an annex table, one cell per column; `null` continues the cell to its left (a merge), so a group
 * heading is `[unit, null, …]` and a subtotal's label spans up to the amount column.
 */
export interface AnnexRow {
  readonly kind: "group" | "data" | "subtotal" | "total";
  readonly cells: readonly (string | null)[];
}

export interface Annex {
  /** `Phụ lục I` (Roman numerals, Decree 30). */
  readonly label: string;
  readonly title: string;
  readonly subtitle: string;
  /** `(Kèm theo Báo cáo số …)`. */
  readonly attachedTo: string;
  /** The generated sheet that holds the same list (the `Báo cáo` sheet points there). */
  readonly sheet: string;
  readonly columns: readonly AnnexColumn[];
  readonly rows: readonly AnnexRow[];
}

export interface ReportDocument {
  /** `DỰ THẢO` and why, or null for the official version. */
  readonly stamp: { readonly text: string; readonly note: string | null } | null;
  readonly header: { readonly left: readonly CentredLine[]; readonly right: readonly CentredLine[] };
  readonly title: readonly CentredLine[];
  readonly body: readonly BodyBlock[];
  readonly closing: Closing;
  readonly annexes: readonly Annex[];
}

/** The report without its annexes: all the `Báo cáo` sheet shows, since it links to the lists' own sheets. */
export type ReportFrame = Omit<ReportDocument, "annexes">;

/** An annex as the `Báo cáo` sheet names it. */
export type AnnexReference = Pick<Annex, "label" | "sheet">;

/**
 * The report for a model. `draft` asks for the `DỰ THẢO` stamp; a model with validation errors is stamped
 * whatever is asked, since its figures leave out the rows in error (SPEC §2: errors block the official export).
 */
export function buildReportDocument(
  model: ReportModel,
  options: { readonly draft: boolean },
): ReportDocument {
  return { ...buildReportFrame(model, options), annexes: buildAnnexes(model, agencyInText(model)) };
}

/** The report's stamp, header, title, body and closing: buildReportDocument without the annexes' rows. */
export function buildReportFrame(model: ReportModel, options: { readonly draft: boolean }): ReportFrame {
  return {
    stamp: buildStamp(model, options.draft),
    header: buildHeader(model),
    title: buildTitle(model),
    body: buildReportBody(model, agencyInText(model)),
    closing: buildClosing(model),
  };
}

/** A block as printed, for renderers without rich text and for tests. A fill line has no text. */
export function blockText(block: BodyBlock): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "paragraph":
      return runsText(block.runs);
    case "item":
      return `- ${runsText(block.runs)}`;
    case "fill":
      return "";
  }
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}
