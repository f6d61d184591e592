import { type Cell, isBlankCell, isCellError } from "./cell";
import { type IsoDate, readDateCell } from "./dates";
import { type IssueCode, type IssueLog, severityOf } from "./issues";
import { type MessageParams, WORDS } from "./messages";
import { readAmountCell, readCountCell } from "./money";
import { displayCell, type Table, type TableRow } from "./table";
import { cleanText } from "./text";

/**
 * Reads the cells of one data row, logging every problem at its cell. A row with an error is left out of
 * the lists and totals (SPEC §3), so each error message says so.
 */
export class RowCheck {
  private errors = 0;
  private current: TableRow | null = null;
  private readonly rowAt: (index: number) => TableRow;

  /** One check per table, moved from row to row (`start`): a province's rows need no object each. */
  constructor(
    private readonly table: Table,
    private readonly log: IssueLog,
  ) {
    this.rowAt = table.cursor();
  }

  /** Checks the table's data row `index` from here on, no error counted yet; `row` is that row until the next start. */
  start(index: number): this {
    this.current = this.rowAt(index);
    this.errors = 0;
    return this;
  }

  get row(): TableRow {
    if (this.current === null) throw new Error("RowCheck.start was not called");
    return this.current;
  }

  get words() {
    return WORDS[this.log.locale];
  }

  get hasError(): boolean {
    return this.errors > 0;
  }

  get excelRow(): number {
    return this.row.row;
  }

  raw(header: string): Cell {
    return this.row.value(header);
  }

  /** Logs an issue at this row's cell under `header`. */
  flag(code: IssueCode, header: string, params: MessageParams = {}): void {
    const excluded = severityOf(code) === "error";
    if (excluded) this.errors += 1;
    this.log.add(
      code,
      { sheet: this.table.sheet, row: this.row.row, column: header, cell: this.row.cell(header) },
      { column: header, ...params, rowExcluded: excluded },
    );
  }

  /** Cleaned text, or null when blank (REQUIRED when required) or an Excel error (VALUE_ERROR). */
  text(header: string, required = false): string | null {
    const cell = this.row.find(header);
    if (cell === undefined) return null;
    // Most cells of a roster are clean text: checked first.
    if (typeof cell === "string" && !isBlankCell(cell)) return cleanText(cell);
    if (isCellError(cell)) {
      this.flag("VALUE_ERROR", header, { value: cell.error });
      return null;
    }
    if (isBlankCell(cell)) {
      if (required) this.flag("REQUIRED", header);
      return null;
    }
    // displayCell gives a string cell cleaned, a number as Excel's General shows it.
    return displayCell(cell);
  }

  date(header: string, required = false): IsoDate | null {
    const cell = this.row.find(header);
    if (cell === undefined) return null;
    const reading = readDateCell(cell);
    switch (reading.kind) {
      case "date":
        return reading.date;
      case "blank":
        if (required) this.flag("REQUIRED", header);
        return null;
      case "error":
        this.flag("VALUE_ERROR", header, { value: reading.error });
        return null;
      case "invalid":
        this.flag("DATE_INVALID", header, {
          value: displayCell(cell),
          reason: this.words.dateProblem[reading.problem],
        });
        return null;
    }
  }

  amount(header: string, options: { required?: boolean; allowZero?: boolean } = {}): number | null {
    const cell = this.row.find(header);
    if (cell === undefined) return null;
    const reading = readAmountCell(cell, { allowZero: options.allowZero });
    return this.numberFrom(
      reading,
      header,
      cell,
      options.required ?? false,
      options.allowZero ? this.words.nonNegativeVnd : this.words.positiveVnd,
    );
  }

  count(header: string): number | null {
    const cell = this.row.find(header);
    if (cell === undefined) return null;
    return this.numberFrom(readCountCell(cell), header, cell, false, this.words.wholeCount);
  }

  private numberFrom(
    reading: ReturnType<typeof readAmountCell>,
    header: string,
    cell: Cell,
    required: boolean,
    expected: string,
  ): number | null {
    switch (reading.kind) {
      case "amount":
        return reading.value;
      case "blank":
        if (required) this.flag("REQUIRED", header);
        return null;
      case "error":
        this.flag("VALUE_ERROR", header, { value: reading.error });
        return null;
      case "invalid":
        this.flag("AMOUNT_INVALID", header, { value: displayCell(cell), expected });
        return null;
    }
  }
}
