import { FakeClientObject } from "./client-object";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { a1 } from "./a1";
import { type Area, type CellModel, cloneStyle, type SheetModel } from "./model";
import { FakeDataValidation, FakeRangeFormat } from "./range-format";
import { readValue, readValueType, typedContent } from "./typing";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

const sheetPrefix = (name: string): string =>
  /^[\p{L}\p{N}_]+$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;

function matrix<V>(target: RangeTarget, read: (cell: CellModel | undefined) => V): V[][] {
  const { area, sheet } = target;
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.columns }, (_, c) => read(sheet.cell(area.row + r, area.column + c))),
  );
}

/** A values or formats matrix must match the range, or be 1×1 to fill it (formats only, as in Excel). */
function checkShape(value: unknown, area: Area, api: string, broadcast: boolean): unknown[][] {
  if (!Array.isArray(value) || !value.every(Array.isArray))
    return fail("InvalidArgument", `${api} takes a two-dimensional array.`, api);
  const rows = value as unknown[][];
  if (broadcast && rows.length === 1 && rows[0].length === 1) return rows;
  if (rows.length !== area.rows || rows.some((row) => row.length !== area.columns)) {
    return fail(
      "InvalidArgument",
      `${api}: the array is ${rows.length}×${rows[0]?.length ?? 0}, the range ${area.rows}×${area.columns}.`,
      api,
    );
  }
  return rows;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeContextCore,
    locate: () => RangeTarget | null,
    orNull = false,
    parentPaths: readonly string[] = [],
  ) {
    super(context, locate, "Range", orNull, parentPaths);
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    const { area, sheet } = target;
    switch (property) {
      case "values":
        this.context.host.valueReads.push(`${sheet.name}!${a1(area)}`);
        // Beyond Excel's cell limit for one read the answer is null, not an error.
        if (area.rows * area.columns > this.context.host.readCellLimit) return null;
        return matrix(target, readValue);
      case "valueTypes":
        return matrix(target, readValueType);
      case "numberFormat":
        return matrix(target, (cell) => cell?.style.numberFormat ?? "General");
      case "address":
        return `${sheetPrefix(sheet.name)}${a1(area)}`;
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.column;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.columns;
      default:
        return fail("InvalidArgument", `The fake cannot load Range.${property}.`, "Range.load");
    }
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    this.set("values", values, (target) => {
      const rows = checkShape(values, target.area, "Range.values", false);
      target.sheet.forEachCell(target.area, (cell, r, c) => {
        cell.content = typedContent(
          rows[r - target.area.row][c - target.area.column],
          cell.style.numberFormat,
        );
      });
    });
  }

  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.set("numberFormat", formats, (target) => {
      const rows = checkShape(formats, target.area, "Range.numberFormat", true) as string[][];
      const broadcast = rows.length === 1 && rows[0].length === 1;
      target.sheet.forEachCell(target.area, (cell, r, c) => {
        cell.style.numberFormat = broadcast ? rows[0][0] : rows[r - target.area.row][c - target.area.column];
      });
    });
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.set("hyperlink", link, (target) => {
      target.sheet.forEachCell(target.area, (cell) => {
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined)
          cell.content = typedContent(link.textToDisplay, cell.style.numberFormat);
      });
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this);
  }

  merge(across = false): void {
    this.set("merge", [across], (target) => {
      if (across) fail("InvalidArgument", "The fake merges whole ranges only.", "Range.merge");
      const { area } = target;
      const overlaps = target.sheet.merges.some(
        (m) =>
          m.row < area.row + area.rows &&
          area.row < m.row + m.rows &&
          m.column < area.column + area.columns &&
          area.column < m.column + m.columns,
      );
      if (overlaps) fail("MergedRangeConflict", `${a1(area)} overlaps a merged range.`, "Range.merge");
      // As in Excel: the merged cell is the upper-left one, whose value and format the whole area takes.
      const master = target.sheet.cellForWrite(area.row, area.column);
      target.sheet.forEachCell(area, (cell) => {
        if (cell === master) return;
        cell.content = null;
        cell.style = cloneStyle(master.style);
      });
      target.sheet.merges.push(area);
    });
  }

  select(): void {
    this.set("select", [], (target) => {
      const model = this.context.host.model;
      if (model.activeSheet !== target.sheet)
        fail("InvalidSelection", "Only a range of the active sheet can be selected.", "Range.select");
      model.selection = { sheet: target.sheet.name, area: target.area };
    });
  }

  /** For the objects hanging off this range. */
  change(name: string, args: unknown, apply: (target: RangeTarget) => void, minimumApi?: number): void {
    this.set(name, args, (target) => {
      if (minimumApi) this.context.requireApi(minimumApi, `Range.${name}`);
      apply(target);
    });
  }
}
