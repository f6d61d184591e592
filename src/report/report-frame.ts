import type { ReportModel } from "../engine";
import { placeDateLine } from "./document-dates";
import { plainText } from "./plain-text";
import type { CentredLine, Closing, ReportDocument } from "./report-document";

/** What surrounds the body (Decree 30/2020, Phụ lục I): header block, title, stamp, recipients and signature. */

/** One centred line of the header or title block; shared with the receiving agency's consolidated report. */
export const frameLine = (
  text: string,
  size: number,
  emphasis: Partial<Omit<CentredLine, "text" | "size">> = {},
): CentredLine => ({
  text,
  size,
  bold: emphasis.bold ?? false,
  italic: emphasis.italic ?? false,
  ...(emphasis.rule ? { rule: emphasis.rule } : {}),
});

export const DRAFT_STAMP = "DỰ THẢO";

export function buildStamp(model: ReportModel, draftAsked: boolean): ReportDocument["stamp"] {
  const errors = model.errors.length;
  if (!draftAsked && !model.draft && errors === 0) return null;
  return {
    text: DRAFT_STAMP,
    note: errors > 0 ? `Số liệu chưa chính thức: dữ liệu còn ${errors} lỗi cần sửa.` : null,
  };
}

/** `Số:      /BC-KHCN`: the blank leaves room for the registry number written by hand when none is configured. */
export function documentNumber(model: Pick<ReportModel, "header">): string {
  const number = model.header.number === null ? "" : plainText(model.header.number);
  return `Số: ${number === "" ? "     " : number}/BC-${plainText(model.header.symbol)}`;
}

export function buildHeader(model: Pick<ReportModel, "header">): ReportDocument["header"] {
  const { header } = model;
  return {
    left: [
      frameLine(plainText(header.parentAgency), 13),
      frameLine(plainText(header.agency), 13, { bold: true, rule: "short" }),
      frameLine(documentNumber(model), 13),
    ],
    right: [
      frameLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, { bold: true }),
      frameLine("Độc lập - Tự do - Hạnh phúc", 13, { bold: true, rule: "full" }),
      frameLine(placeDateLine(plainText(header.place), header.date), 14, { italic: true }),
    ],
  };
}

export function buildTitle(model: ReportModel): readonly CentredLine[] {
  return [
    frameLine("BÁO CÁO", 14, { bold: true }),
    frameLine(`Kết quả tổ chức Tháng hành động vì trẻ em năm ${model.year}`, 14, {
      bold: true,
      rule: "short",
    }),
  ];
}

export function buildClosing(model: Pick<ReportModel, "signer" | "recipients">): Closing {
  const name = model.signer.name === null ? "" : plainText(model.signer.name);
  return {
    recipientsLabel: "Nơi nhận:",
    recipients: model.recipients.map(plainText),
    authority: plainText(model.signer.authority),
    title: plainText(model.signer.title),
    name: name === "" ? null : name,
  };
}

/**
 * The agency's name as written inside a sentence (`Sở Khoa học và Công nghệ`). `Cấu hình` holds it in capitals
 * only, and Decree 30's capitalisation of agency names (the kind of body and each field capitalised) cannot be
 * derived from capitals; the basis (`… của Sở Khoa học và Công nghệ`) usually spells it, so it is taken from there.
 * Null when the basis does not name it: the sentences are then worded without it.
 */
export function agencyInText(model: ReportModel): string | null {
  const agency = plainText(model.header.agency).toLocaleLowerCase("vi");
  const basis = plainText(model.basis);
  const lowered = basis.toLocaleLowerCase("vi");
  const at = lowered.lastIndexOf(agency);
  if (agency === "" || at < 0 || lowered.length !== basis.length) return null;
  return basis.slice(at, at + agency.length);
}
