/**
 * What the running Excel supports beyond the manifest's floor (ExcelApi 1.7: getRangeByIndexes, Range.hyperlink,
 * freezePanes). Asked at the start of each operation, never cached: the same pane can be opened on another host.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.8: `range.dataValidation` (Set up's drop-down lists). */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: `Excel.createWorkbook` (export of the lists on Windows and Mac). */
  readonly createWorkbook: boolean;
  /** ExcelApi 1.9: `worksheet.pageLayout` (A4, orientation, fit to width, print titles). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: `application.suspendScreenUpdatingUntilNextSync`. */
  readonly suspendScreenUpdating: boolean;
}

const supports = (version: string): boolean =>
  Office.context.requirements.isSetSupported("ExcelApi", version);

export function detectFeatures(): ExcelFeatures {
  return {
    dataValidation: supports("1.8"),
    createWorkbook: supports("1.8"),
    pageLayout: supports("1.9"),
    suspendScreenUpdating: supports("1.9"),
  };
}
