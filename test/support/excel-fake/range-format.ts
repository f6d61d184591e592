/** `range.format` (font, fill, borders, alignment, sizes) and `range.dataValidation` of the fake. */
import { a1 } from "./a1";
import { fail } from "./errors";
import type { Area, CellModel, SheetModel } from "./model";
import type { FakeRange } from "./range";

type EdgeName = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}

  private style(name: string, value: unknown, apply: (cell: CellModel) => void): void {
    this.range.change(`format.${name}`, value, (target) => target.sheet.forEachCell(target.area, apply));
  }

  set horizontalAlignment(value: string) {
    this.style("horizontalAlignment", value, (cell) => (cell.style.horizontalAlignment = value));
  }
  set verticalAlignment(value: string) {
    this.style("verticalAlignment", value, (cell) => (cell.style.verticalAlignment = value));
  }
  set wrapText(value: boolean) {
    this.style("wrapText", value, (cell) => (cell.style.wrapText = value));
  }
  set columnWidth(points: number) {
    this.range.change("format.columnWidth", points, ({ sheet, area }) => {
      for (let c = area.column; c < area.column + area.columns; c += 1) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.range.change("format.rowHeight", points, ({ sheet, area }) => {
      for (let r = area.row; r < area.row + area.rows; r += 1) sheet.rowHeights.set(r, points);
    });
  }

  get font(): {
    name: string;
    size: number;
    bold: boolean;
    italic: boolean;
    underline: string;
    color: string;
  } {
    const set = (name: string, apply: (cell: CellModel, value: never) => void) => (value: never) =>
      this.style(`font.${name}`, value, (cell) => apply(cell, value));
    const font = {};
    const define = (name: string, apply: (cell: CellModel, value: never) => void): void => {
      Object.defineProperty(font, name, {
        set: set(name, apply),
        get: () => fail("PropertyNotLoaded", `Font.${name} was not loaded.`, `RangeFont.${name}`),
      });
    };
    define("name", (cell, value: string) => (cell.style.fontName = value));
    define("size", (cell, value: number) => (cell.style.fontSize = value));
    define("bold", (cell, value: boolean) => (cell.style.bold = value));
    define("italic", (cell, value: boolean) => (cell.style.italic = value));
    define("underline", (cell, value: "None" | "Single") => (cell.style.underline = value));
    define("color", (cell, value: string) => (cell.style.fontColor = value.toUpperCase()));
    return font as {
      name: string;
      size: number;
      bold: boolean;
      italic: boolean;
      underline: string;
      color: string;
    };
  }

  get fill(): { color: string; clear(): void } {
    const fill = {
      clear: () => this.style("fill.clear", [], (cell) => (cell.style.fill = null)),
    };
    Object.defineProperty(fill, "color", {
      set: (value: string) => {
        this.style("fill.color", value, (cell) => (cell.style.fill = value.toUpperCase()));
      },
      get: () => fail("PropertyNotLoaded", "Fill.color was not loaded.", "RangeFill.color"),
    });
    return fill as { color: string; clear(): void };
  }

  get borders(): { getItem(index: EdgeName): { style: string; weight: string; color: string } } {
    return {
      getItem: (index: EdgeName) => {
        const apply = (name: string, value: string, paint: (current: string | null) => string | null) =>
          this.range.change(`format.borders.${index}.${name}`, value, ({ sheet, area }) => {
            if (index === "InsideHorizontal" && area.rows < 2)
              fail("InvalidArgument", "A one-row range has no inside horizontal border.", "RangeBorder");
            if (index === "InsideVertical" && area.columns < 2)
              fail("InvalidArgument", "A one-column range has no inside vertical border.", "RangeBorder");
            sheet.forEachCell(area, (cell, r, c) => {
              const top = r === area.row;
              const bottom = r === area.row + area.rows - 1;
              const left = c === area.column;
              const right = c === area.column + area.columns - 1;
              const b = cell.style.borders;
              const touch = (edge: keyof typeof b, when: boolean): void => {
                if (when) b[edge] = paint(b[edge]);
              };
              if (index === "EdgeTop") touch("EdgeTop", top);
              if (index === "EdgeBottom") touch("EdgeBottom", bottom);
              if (index === "EdgeLeft") touch("EdgeLeft", left);
              if (index === "EdgeRight") touch("EdgeRight", right);
              if (index === "InsideHorizontal") {
                touch("EdgeTop", !top);
                touch("EdgeBottom", !bottom);
              }
              if (index === "InsideVertical") {
                touch("EdgeLeft", !left);
                touch("EdgeRight", !right);
              }
            });
          });
        const border = {};
        Object.defineProperty(border, "style", {
          set: (value: string) => {
            apply("style", value, (current) => (value === "None" ? null : (current ?? "#000000")));
          },
        });
        Object.defineProperty(border, "weight", {
          set: (value: string) => {
            apply("weight", value, (current) => current);
          },
        });
        Object.defineProperty(border, "color", {
          set: (value: string) => {
            apply("color", value, () => value.toUpperCase());
          },
        });
        return border as { style: string; weight: string; color: string };
      },
    };
  }
}

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  private latest(area: Area, sheet: SheetModel) {
    const found = sheet.validations.find((v) => a1(v.area) === a1(area));
    return found ?? fail("InvalidOperation", "Set the rule before the error alert.", "DataValidation");
  }

  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.range.change(
      "dataValidation.rule",
      rule,
      ({ sheet, area }) => {
        const list =
          rule.list ?? fail("InvalidArgument", "The fake knows list rules only.", "DataValidation.rule");
        const index = sheet.validations.findIndex((v) => a1(v.area) === a1(area));
        if (index >= 0) sheet.validations.splice(index, 1);
        sheet.validations.push({
          area,
          source: list.source,
          inCellDropDown: list.inCellDropDown,
          errorStyle: "Stop",
          errorTitle: "",
          errorMessage: "",
          ignoreBlanks: true,
        });
      },
      1.8,
    );
  }

  set errorAlert(alert: { showAlert: boolean; style: string; title: string; message: string }) {
    this.range.change(
      "dataValidation.errorAlert",
      alert,
      ({ sheet, area }) => {
        const v = this.latest(area, sheet);
        Object.assign(v, { errorStyle: alert.style, errorTitle: alert.title, errorMessage: alert.message });
      },
      1.8,
    );
  }

  set ignoreBlanks(value: boolean) {
    this.range.change(
      "dataValidation.ignoreBlanks",
      value,
      ({ sheet, area }) => Object.assign(this.latest(area, sheet), { ignoreBlanks: value }),
      1.8,
    );
  }
}
