/**
 * An agency's tracker for consolidation tests and the bench: the synthetic workbook with its own `Cơ quan` and
 * `Ký hiệu`, and optionally one more child, for a child whose other parent works at another agency. Plain data.
 */
import type { Cell, SheetGrid, WorkbookSnapshot } from "../../src/engine";
import { toExcelSerial } from "../../src/engine";
import { syntheticWorkbook } from "./synthetic-workbook";

export interface AgencyWorkbookOptions {
  readonly agency: string;
  readonly symbol: string;
  readonly staff: number;
  readonly seed: number;
  /** Entered in `Con` as a child of the agency's first staff member. */
  readonly sharedChild?: { readonly name: string; readonly birthDate: string };
}

function withSetting(sheet: SheetGrid, key: string, value: Cell): SheetGrid {
  return { ...sheet, rows: sheet.rows.map((row) => (row[0] === key ? [key, value] : row)) };
}

export function agencyWorkbook(options: AgencyWorkbookOptions): WorkbookSnapshot {
  const base = syntheticWorkbook({ staff: options.staff, seed: options.seed });
  return {
    sheets: base.sheets.map((sheet) => {
      if (sheet.name === "Cấu hình")
        return withSetting(withSetting(sheet, "Cơ quan", options.agency), "Ký hiệu", options.symbol);
      if (sheet.name === "Con" && options.sharedChild) {
        const child: Cell[] = [
          "CB00001",
          options.sharedChild.name,
          toExcelSerial(options.sharedChild.birthDate),
          "Nữ",
          4,
          "Trường Tiểu học Lê Lợi",
          null,
          null,
          null,
        ];
        return { ...sheet, rows: [...sheet.rows, child] };
      }
      return sheet;
    }),
  };
}

/** Five agencies of a province; the child of the first two is the one cross-agency child. */
export const FIVE_AGENCIES = [
  { agency: "SỞ TÀI CHÍNH", symbol: "STC" },
  { agency: "SỞ Y TẾ", symbol: "SYT" },
  { agency: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", symbol: "SGDĐT" },
  { agency: "SỞ NỘI VỤ", symbol: "SNV" },
  { agency: "UBND HUYỆN LỤC NAM", symbol: "UBND" },
] as const;

export const SHARED_CHILD = { name: "Trần Bảo Ngọc", birthDate: "2015-03-12" } as const;

export function fiveAgencyWorkbooks(
  staff = 30,
): { name: string; agency: string; snapshot: WorkbookSnapshot }[] {
  return FIVE_AGENCIES.map((entry, i) => ({
    name: `bao-cao-${entry.symbol.toLowerCase()}.xlsx`,
    agency: entry.agency,
    snapshot: agencyWorkbook({
      ...entry,
      staff,
      seed: 1000 + i * 7919,
      ...(i < 2 ? { sharedChild: SHARED_CHILD } : {}),
    }),
  }));
}
