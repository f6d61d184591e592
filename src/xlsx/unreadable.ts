/**
 * Why a file is not a workbook this tool reads. Each reason has its own one-line message on the command line
 * (src/cli/workbook-file.ts), telling the clerk what to do: most of these files open in Excel and only need
 * saving again as an ordinary .xlsx.
 */
export type UnreadableReason =
  /** Not a zip file at all: a .csv, a .txt renamed, a truncated download. */
  | "not-zip"
  /** An Excel 97–2003 binary workbook (OLE compound file). */
  | "xls"
  /** A password-protected workbook (Office's encryption wraps the package in a compound file). */
  | "encrypted"
  /** Excel's binary workbook (.xlsb). */
  | "xlsb"
  /** An OpenDocument spreadsheet (.ods). */
  | "ods"
  /** "Strict Open XML Spreadsheet": other namespaces, which no reader of ordinary .xlsx understands. */
  | "strict"
  /** A zip, but not a workbook, or a damaged one. */
  | "broken";

export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail: string,
  ) {
    super(detail);
  }
}
