/**
 * The workbooks the preview can open (`?workbook=`): the bundled sample, an empty one, the sample with a few
 * mistakes, one with hostile names, and a large synthetic roster. Plain data, no DOM: the e2e suite and the stub share it.
 */
import type { Cell, SheetGrid, WorkbookSnapshot } from "../src/engine/cell";
import {
  SAMPLE_DATE_COLUMNS,
  SAMPLE_MONEY_COLUMNS,
  SAMPLE_SETTING_DATE_KEYS,
  SAMPLE_SETTING_MONEY_KEYS,
  sampleWorkbook,
} from "../src/sample/sample-workbook";
import type { FakeSheetSeed } from "../test/support/excel-fake";
import { columnLetters } from "../test/support/excel-fake/a1";
import { syntheticWorkbook } from "../test/support/synthetic-workbook";

export const WORKBOOKS = ["sample", "empty", "broken", "xss", "large"] as const;
export type WorkbookName = (typeof WORKBOOKS)[number];

/** Staff members of the large workbook: about 1.3 children each, so ~5 000 children. */
export const LARGE_STAFF = 3850;

/** The hostile names of the xss workbook, for the e2e suite to look for. */
export const XSS = {
  /** A staff member and a child (aged 19: an info that names it) with this name. */
  markup: "<img src=x onerror=alert(1)>",
  /** A child under 16 (listed for a gift) whose name Excel would read as a formula if typed. */
  formula: "=1+1 Nguyễn Văn Tí",
  /** A parent staff ID that is not on `Cán bộ` (an error that quotes it). */
  staffId: "<b>XSS</b>",
} as const;

/** Where the broken workbook's mistakes are, as `${sheet}!${cell}`; the e2e suite checks the issue list holds them. */
export const BROKEN_CELLS = {
  /** `Con`: a date of birth of 31/02/2015 (DATE_INVALID). */
  badDate: "Con!C4",
  /** `Con`: a parent staff ID that is not on `Cán bộ` (PARENT_UNKNOWN). */
  unknownStaff: "Con!A5",
  /** `Cán bộ`: a blank name (REQUIRED). */
  missingName: "Cán bộ!C5",
} as const;

const serial = (day: number, month: number, year: number): number =>
  (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;

function headerRowOf(sheet: SheetGrid, header: string): number {
  const index = sheet.rows.findIndex((row) => row.includes(header));
  if (index < 0) throw new Error(`No "${header}" header on ${sheet.name}`);
  return index;
}

/** A copy of a sheet whose rows can be changed. */
function mutable(sheet: SheetGrid): { name: string; rows: Cell[][] } {
  return { name: sheet.name, rows: sheet.rows.map((row) => [...row]) };
}

/** Sets `sheet[header]` on the `n`-th data row (1-based); returns the A1 address. */
function setCell(sheet: { name: string; rows: Cell[][] }, header: string, n: number, value: Cell): string {
  const headerRow = headerRowOf(sheet, header);
  const column = sheet.rows[headerRow].indexOf(header);
  const row = headerRow + n;
  while (sheet.rows[row].length <= column) sheet.rows[row].push(null);
  sheet.rows[row][column] = value;
  return `${columnLetters(column)}${row + 1}`;
}

/** A new data row of `sheet` from values by header. */
function rowOf(sheet: SheetGrid, values: Record<string, Cell>): Cell[] {
  const headers = sheet.rows[headerRowOf(sheet, Object.keys(values)[0])];
  return headers.map((header) => (typeof header === "string" && header in values ? values[header] : null));
}

function replaceSheets(snapshot: WorkbookSnapshot, changed: readonly SheetGrid[]): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((sheet) => changed.find((c) => c.name === sheet.name) ?? sheet),
  };
}

function broken(): WorkbookSnapshot {
  const sample = sampleWorkbook();
  const children = mutable(sample.sheets.find((s) => s.name === "Con")!);
  const staff = mutable(sample.sheets.find((s) => s.name === "Cán bộ")!);
  const cells = [
    `Con!${setCell(children, "Ngày sinh", 1, "31/02/2015")}`,
    `Con!${setCell(children, "Mã CB", 2, "ZZ99")}`,
    `Cán bộ!${setCell(staff, "Họ và tên", 2, null)}`,
  ];
  const expected = Object.values(BROKEN_CELLS);
  if (cells.join() !== expected.join()) throw new Error(`Broken cells moved: ${cells.join()}`);
  return replaceSheets(sample, [children, staff]);
}

function xss(): WorkbookSnapshot {
  const sample = sampleWorkbook();
  const staffSheet = sample.sheets.find((s) => s.name === "Cán bộ")!;
  const childSheet = sample.sheets.find((s) => s.name === "Con")!;
  const staff = mutable(staffSheet);
  const children = mutable(childSheet);
  staff.rows.push(
    rowOf(staffSheet, {
      "Mã CB": "VP99",
      "Họ và tên": XSS.markup,
      "Giới tính": "Nữ",
      "Chức vụ": "Chuyên viên",
      "Đơn vị": "Văn phòng Sở",
    }),
  );
  children.rows.push(
    rowOf(childSheet, { "Mã CB": "VP99", "Họ và tên con": XSS.markup, "Ngày sinh": serial(3, 3, 2005) }),
    rowOf(childSheet, { "Mã CB": "VP99", "Họ và tên con": XSS.formula, "Ngày sinh": serial(10, 10, 2016) }),
    rowOf(childSheet, {
      "Mã CB": XSS.staffId,
      "Họ và tên con": "Lê Thị Mai",
      "Ngày sinh": serial(1, 2, 2014),
    }),
  );
  return replaceSheets(sample, [staff, children]);
}

export function snapshotOf(name: WorkbookName): WorkbookSnapshot {
  switch (name) {
    case "empty":
      return { sheets: [] };
    case "broken":
      return broken();
    case "xss":
      return xss();
    case "large":
      return syntheticWorkbook({ staff: LARGE_STAFF });
    default:
      return sampleWorkbook();
  }
}

/** Number formats the command line's `init --sample` gives these sheets: dates as dd/mm/yyyy, VND as #,##0. */
function numberFormatsOf(sheet: SheetGrid): Record<string, string> {
  const formats: Record<string, string> = {};
  const byHeader: Record<string, string> = {};
  for (const header of SAMPLE_DATE_COLUMNS[sheet.name] ?? []) byHeader[header] = "dd/mm/yyyy";
  for (const header of SAMPLE_MONEY_COLUMNS[sheet.name] ?? []) byHeader[header] = "#,##0";
  const headerRow = sheet.rows.findIndex((row) =>
    row.some((cell) => typeof cell === "string" && cell in byHeader),
  );
  if (headerRow >= 0) {
    sheet.rows[headerRow].forEach((header, column) => {
      const format = typeof header === "string" ? byHeader[header] : undefined;
      if (!format) return;
      for (let row = headerRow + 1; row < sheet.rows.length; row += 1)
        if (typeof sheet.rows[row][column] === "number")
          formats[`${columnLetters(column)}${row + 1}`] = format;
    });
  }
  if (sheet.name === "Cấu hình") {
    sheet.rows.forEach((row, r) => {
      const key = String(row[0] ?? "");
      const format = SAMPLE_SETTING_DATE_KEYS.includes(key)
        ? "dd/mm/yyyy"
        : SAMPLE_SETTING_MONEY_KEYS.includes(key)
          ? "#,##0"
          : null;
      if (format && typeof row[1] === "number") formats[`B${r + 1}`] = format;
    });
  }
  return formats;
}

/** The fake's seeds for a workbook: its sheets with the number formats a clerk would see. */
export function seedsOf(name: WorkbookName): FakeSheetSeed[] {
  return snapshotOf(name).sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows,
    numberFormats: numberFormatsOf(sheet),
  }));
}
