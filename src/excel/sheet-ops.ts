/**
 * What to do to one worksheet, as plain data: the adapter turns a SheetPlan (or an input-sheet template) into a
 * list of these, and a thin applier (apply-op.ts) turns each into Office.js calls. Tests assert on the list without
 * Excel; the batch planner weighs each op to keep requests under the payload budget.
 */

/** A rectangle of cells, 0-based, as `getRangeByIndexes` takes it. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export type Horizontal = "general" | "left" | "center" | "right" | "justify";
export type Vertical = "bottom" | "middle" | "top";

/** Range properties set with one value for the whole area. `null` fill clears it. */
export interface StyleValues {
  readonly numberFormat: string;
  readonly fontName: string | null;
  readonly fontSize: number | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly fontColor: string | null;
  readonly fill: string | null;
  readonly horizontal: Horizontal;
  readonly vertical: Vertical;
  readonly wrap: boolean;
}

export type StyleProperty = keyof StyleValues;

/** A fresh worksheet's look: what needs no call to get. `null` font name, size and colour mean the workbook's. */
export const FRESH_STYLE: StyleValues = {
  numberFormat: "General",
  fontName: null,
  fontSize: null,
  bold: false,
  italic: false,
  underline: false,
  fontColor: null,
  fill: null,
  horizontal: "general",
  vertical: "bottom",
  wrap: false,
};

import type { PageHeaderFooter } from "../engine";

export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /** e.g. `$3:$3`; null for none. */
  readonly printTitleRows: string | null;
  /** Inches, as in Excel's page setup dialog; Excel's defaults when absent. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Header and footer in Excel's codes; Excel's blank ones when absent. */
  readonly headerFooter?: PageHeaderFooter;
  /** e.g. `$A$1:$H$40`; the whole sheet when absent. */
  readonly printArea?: string;
}

export type SheetOp =
  | {
      readonly op: "values";
      readonly area: Area;
      readonly values: readonly (readonly (string | number | boolean)[])[];
    }
  | {
      readonly [P in StyleProperty]: {
        readonly op: "style";
        readonly area: Area;
        readonly property: P;
        readonly value: StyleValues[P];
      };
    }[StyleProperty]
  | { readonly op: "borders"; readonly area: Area; readonly color: string }
  /** A thin line along the area's bottom edge only (a PlanRule). */
  | { readonly op: "rule"; readonly area: Area; readonly color: string }
  | { readonly op: "columnWidth"; readonly area: Area; readonly points: number }
  | { readonly op: "rowHeight"; readonly area: Area; readonly points: number }
  | { readonly op: "merge"; readonly area: Area }
  /** An internal link: `target` is a document reference such as `'Con'!C7`. */
  | { readonly op: "link"; readonly area: Area; readonly target: string; readonly text: string }
  | { readonly op: "freezeRows"; readonly rows: number }
  /** ExcelApi 1.9: left out where unsupported. */
  | { readonly op: "page"; readonly setup: PageSetup }
  /** An Excel table (ListObject) over the area, first row the headers. */
  | { readonly op: "table"; readonly area: Area; readonly name: string }
  /** ExcelApi 1.8: a warning (not blocking) drop-down list taking its items from `source` (an absolute reference). */
  | {
      readonly op: "dropDown";
      readonly area: Area;
      readonly source: string;
      readonly errorTitle: string;
      readonly errorMessage: string;
    };

export const area = (row: number, column: number, rows = 1, columns = 1): Area => ({
  row,
  column,
  rows,
  columns,
});
