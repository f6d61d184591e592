import { type Cell, type SheetGrid, type WorkbookSnapshot } from "../cell";
import { IssueLog } from "../issues";
import { INPUT_SHEETS, type InputSheetName, inputSheetSpec, SHEET } from "../schema";
import { readSettings } from "../settings";
import { inputTemplates } from "../sheets/input-template";
import { findSheet, locateHeaderRow } from "../table";
import { nextGrade } from "./grade";
import { rollSettings } from "./settings-rollover";

type Rows = Cell[][];

/** The next campaign year's tracker, as the input sheets' cells: what `init --from` and "Chuẩn bị năm sau" write. */
export interface NextYearWorkbook {
  readonly fromYear: number;
  readonly year: number;
  /**
   * The new input sheets by contract name, in contract order. A sheet last year's workbook did not have is absent:
   * the writer seeds it from the template, as `init` does.
   */
  readonly sheets: ReadonlyMap<InputSheetName, Rows>;
  /** `Cấu hình` keys marked `Cần xem lại` (each raises SETTING_REVIEW until the clerk deletes the mark). */
  readonly reviewed: readonly string[];
}

/** Last year's campaign year, as the engine reads `Cấu hình` (2024 when it is missing or unreadable). */
export function campaignYearOf(snapshot: WorkbookSnapshot): number {
  return readSettings(snapshot, new IssueLog("vi")).year;
}

/** A grid as rows from A1, whatever cell it started at, so column indexes are the sheet's own. */
function rowsFromA1(grid: SheetGrid): Rows {
  const lead = Array<Cell>((grid.firstColumn ?? 1) - 1).fill(null);
  const above: Rows = Array.from({ length: (grid.firstRow ?? 1) - 1 }, () => []);
  return [...above, ...grid.rows.map((row) => [...lead, ...row])];
}

/** Rows after the header row get `change` (a copy each); title rows and the header row are kept as they are. */
function changeDataRows(
  name: InputSheetName,
  rows: Rows,
  change: (row: Cell[], column: (header: string) => number | undefined) => void,
): Rows {
  const located = locateHeaderRow(rows, inputSheetSpec(name));
  if (located.missing.length > 0) return rows;
  const column = (header: string) => located.columns.get(header);
  return rows.map((row, index) => {
    if (index <= located.index) return row;
    const copy = [...row];
    change(copy, column);
    return copy;
  });
}

function clear(row: Cell[], index: number | undefined): void {
  if (index !== undefined && index < row.length) row[index] = null;
}

/** The title rows and the header row only: the sheet stays ready for the new year's rows. */
function headerOnly(name: InputSheetName, rows: Rows): Rows {
  return rows.slice(0, locateHeaderRow(rows, inputSheetSpec(name)).index + 1);
}

function rollSheet(name: InputSheetName, rows: Rows): Rows {
  switch (name) {
    case SHEET.children:
      return changeDataRows(name, rows, (row, column) => {
        clear(row, column("Danh hiệu"));
        clear(row, column("Giải thưởng"));
        const grade = column("Lớp");
        if (grade !== undefined && grade < row.length) row[grade] = nextGrade(row[grade]);
      });
    case SHEET.slogans:
      return changeDataRows(name, rows, (row, column) => {
        clear(row, column("Ngày đăng"));
        clear(row, column("Đường dẫn"));
      });
    case SHEET.contributions:
    case SHEET.activities:
      return headerOnly(name, rows);
    default:
      return rows;
  }
}

/**
 * Last year's input sheets (the engine's snapshot) to next year's, `year` defaulting to the one after. Pure: the
 * snapshot is not changed. Carried: units, staff, children (grades moved up, titles and prizes cleared — children
 * aged 16 and over stay, they may still earn awards), award tiers, the slogans' text. Emptied: contributions and
 * activities (header kept). `Cấu hình`: see rollSettings. Extra columns and title rows are carried as they are.
 */
export function rollOver(snapshot: WorkbookSnapshot, year?: number): NextYearWorkbook {
  const fromYear = campaignYearOf(snapshot);
  const target = year ?? fromYear + 1;
  if (!Number.isInteger(target) || target <= fromYear)
    throw new RangeError(`The next campaign year must come after ${fromYear}, not ${target}.`);

  const sheets = new Map<InputSheetName, Rows>();
  let reviewed: string[] = [];
  for (const spec of INPUT_SHEETS) {
    const grid = findSheet(snapshot, spec.name);
    if (spec.name === SHEET.settings) {
      // Without `Cấu hình` last year ran on the plan's defaults: next year starts from them, marked all the same.
      const rows = grid
        ? rowsFromA1(grid)
        : [spec.columns.map((column) => column.header), ...templateSeed(target)];
      const settings = rollSettings(rows, grid ? fromYear : target, target);
      sheets.set(spec.name, settings.rows);
      reviewed = settings.reviewed;
    } else if (grid) sheets.set(spec.name, rollSheet(spec.name, rowsFromA1(grid)));
  }
  return { fromYear, year: target, sheets, reviewed };
}

function templateSeed(year: number): Rows {
  const template = inputTemplates(year).find((sheet) => sheet.name === SHEET.settings)!;
  return template.seedRows.map((row) => [...row]);
}
