import { FakeClientObject } from "./client-object";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { parseArea } from "./a1";
import type { Area, SheetModel, TableModel } from "./model";
import { FakeRange, type RangeTarget } from "./range";

/** The sheet must still be in the workbook: a proxy bound to a deleted sheet fails like Office's. */
function alive(context: FakeContextCore, sheet: SheetModel): SheetModel {
  return context.host.model.sheets.includes(sheet)
    ? sheet
    : fail("ItemNotFound", `The sheet "${sheet.name}" was deleted.`, "Worksheet");
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  constructor(
    context: FakeContextCore,
    locate: () => SheetModel | null,
    private readonly orNull = false,
  ) {
    super(context, locate, "Worksheet", orNull);
  }

  protected readProperty(sheet: SheetModel, property: string): unknown {
    const model = this.context.host.model;
    switch (property) {
      case "name":
        return sheet.name;
      case "position":
        return model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "id":
        return sheet.id;
      default:
        return fail("InvalidArgument", `The fake cannot load Worksheet.${property}.`, "Worksheet.load");
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.set("name", name, (sheet) => this.context.host.model.renameSheet(sheet, name));
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.set("position", position, (sheet) => this.context.host.model.moveSheet(sheet, position));
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: SheetModel["visibility"]) {
    this.set("visibility", visibility, (sheet) => this.context.host.model.setVisibility(sheet, visibility));
  }

  delete(): void {
    this.set("delete", [], (sheet) => this.context.host.model.deleteSheet(sheet));
  }

  activate(): void {
    this.set("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        fail("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
      this.context.host.model.activeSheet = sheet;
      this.context.host.model.selection = {
        sheet: sheet.name,
        area: { row: 0, column: 0, rows: 1, columns: 1 },
      };
    });
  }

  private range(
    locate: (sheet: SheetModel) => Area | null,
    orNull = false,
    onNullSheet?: () => never,
  ): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeTarget | null => {
        const sheet = orNull ? this.resolveOrNull() : this.resolve();
        if (sheet === null) return onNullSheet ? onNullSheet() : null;
        const area = locate(sheet);
        return area === null ? null : { sheet, area };
      },
      orNull,
      [this.pathKey],
    );
  }

  getRange(address = "A1"): FakeRange {
    return this.range(() => parseArea(address));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.range(() => {
      this.context.requireApi(1.7, "Worksheet.getRangeByIndexes");
      if (rows < 1 || columns < 1 || row < 0 || column < 0)
        fail("InvalidArgument", "getRangeByIndexes needs a non-empty range.", "Worksheet.getRangeByIndexes");
      return { row, column, rows, columns };
    });
  }

  /**
   * A used range, or a null object when the sheet is empty. Chained on a null worksheet
   * (`getItemOrNullObject(missing).getUsedRangeOrNullObject()`) it fails the batch: Microsoft documents
   * `isNullObject` only on what the OrNullObject method itself returns, so the fake allows no more than that.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const chainedOnNull = (): never =>
      fail(
        "InvalidObjectPath",
        "getUsedRangeOrNullObject was called on a null worksheet: check isNullObject first.",
        "Worksheet.getUsedRangeOrNullObject",
      );
    return this.range((sheet) => sheet.usedArea(valuesOnly), true, this.orNull ? chainedOnNull : undefined);
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count: number) =>
        this.set("freezePanes.freezeRows", count, (sheet) => {
          this.context.requireApi(1.7, "WorksheetFreezePanes.freezeRows");
          // As some Excel builds do (OfficeDev/office-js#1463, #2196): panes belong to a sheet's window.
          if (sheet.visibility !== "Visible")
            fail(
              "GeneralException",
              "There was an internal error while processing the request.",
              "WorksheetFreezePanes.freezeRows",
            );
          sheet.frozenRows = count;
        }),
    };
  }

  get pageLayout(): Record<string, unknown> & { setPrintTitleRows(rows: string): void } {
    const layout = {
      setPrintTitleRows: (rows: string) =>
        this.set("pageLayout.setPrintTitleRows", rows, (sheet) => {
          this.context.requireApi(1.9, "PageLayout.setPrintTitleRows");
          sheet.pageLayout.printTitleRows = rows;
        }),
      setPrintArea: (address: string) =>
        this.set("pageLayout.setPrintArea", address, (sheet) => {
          this.context.requireApi(1.9, "PageLayout.setPrintArea");
          sheet.pageLayout.printArea = address;
        }),
      headersFooters: this.headersFooters(),
    };
    const margin = {
      leftMargin: "left",
      rightMargin: "right",
      topMargin: "top",
      bottomMargin: "bottom",
      headerMargin: "header",
      footerMargin: "footer",
    } as const;
    for (const property of [
      "orientation",
      "paperSize",
      "centerHorizontally",
      "zoom",
      ...Object.keys(margin),
    ]) {
      Object.defineProperty(layout, property, {
        set: (value: never) => {
          this.set(`pageLayout.${property}`, value, (sheet) => {
            this.context.requireApi(1.9, `PageLayout.${property}`);
            const side = margin[property as keyof typeof margin];
            if (side) sheet.pageLayout.margins[side] = value;
            else (sheet.pageLayout as unknown as Record<string, unknown>)[property] = value;
          });
        },
      });
    }
    return layout as Record<string, unknown> & { setPrintTitleRows(rows: string): void };
  }

  /** `pageLayout.headersFooters`: its `state` and the `defaultForAllPages` sections, write-only like the layout. */
  private headersFooters(): Record<string, unknown> {
    const record = (property: string, value: string, apply: (sheet: SheetModel) => void): void =>
      this.set(`pageLayout.headersFooters.${property}`, value, (sheet) => {
        this.context.requireApi(1.9, `HeaderFooterGroup.${property}`);
        apply(sheet);
      });
    const pages: Record<string, unknown> = {};
    for (const section of [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ])
      Object.defineProperty(pages, section, {
        set: (value: string) => {
          record(`defaultForAllPages.${section}`, value, (sheet) => {
            sheet.pageLayout.headersFooters.defaultForAllPages[section] = value;
          });
        },
      });
    const group: Record<string, unknown> = { defaultForAllPages: pages };
    Object.defineProperty(group, "state", {
      set: (value: string) => {
        record("state", value, (sheet) => {
          sheet.pageLayout.headersFooters.state = value;
        });
      },
    });
    return group;
  }

  get tables(): { add(address: FakeRange | string, hasHeaders: boolean): FakeTable } {
    return {
      add: (address: FakeRange | string, hasHeaders: boolean) => {
        const table = new FakeTable(this.context);
        this.set("tables.add", [typeof address === "string" ? address : "range", hasHeaders], (sheet) => {
          const target =
            typeof address === "string" ? { sheet, area: parseArea(address) } : address.resolve();
          if (target.sheet !== sheet)
            fail("InvalidArgument", "The table's range is on another sheet.", "TableCollection.add");
          table.bind(this.context.host.model.addTable(sheet, target.area, hasHeaders));
        });
        return table;
      },
    };
  }
}

export class FakeTable {
  private model: TableModel | null = null;

  constructor(private readonly context: FakeContextCore) {}

  bind(model: TableModel): void {
    this.model = model;
  }

  set name(name: string) {
    this.context.enqueue("Table.name", name, () => {
      const model = this.model ?? fail("InvalidObjectPath", "The table was not created.", "Table.name");
      this.context.host.model.renameTable(model, name);
    });
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeContextCore) {}

  private byName(name: string): () => SheetModel | null {
    return () => this.context.host.model.findSheet(name) ?? null;
  }

  getItem(name: string): FakeWorksheet {
    const find = this.byName(name);
    return new FakeWorksheet(
      this.context,
      () =>
        find() ?? fail("ItemNotFound", `The sheet "${name}" does not exist.`, "WorksheetCollection.getItem"),
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.byName(name), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () =>
        this.context.host.model.activeSheet ?? fail("ItemNotFound", "No active sheet.", "getActiveWorksheet"),
    );
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue("WorksheetCollection.add", name, () => {
      created = this.context.host.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () =>
      created
        ? alive(this.context, created)
        : fail("InvalidObjectPath", "The sheet is not added yet.", "Worksheet"),
    );
  }

  /** Only `items/<property>` loads, as the adapter uses. */
  load(properties: string): this {
    const names = properties.split(",").map((p) => p.trim());
    if (!names.every((name) => name.startsWith("items/")))
      fail("InvalidArgument", "The fake loads items/<property> only.", "WorksheetCollection.load");
    const fields = names.map((name) => name.slice("items/".length));
    this.context.enqueue("WorksheetCollection.load", fields, () => {
      const model = this.context.host.model;
      const sheets = [...model.sheets];
      const items = sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => alive(this.context, sheet));
        return {
          proxy,
          values: fields.map((field): [string, unknown] => [
            field,
            field === "position"
              ? model.sheets.indexOf(sheet)
              : field === "name"
                ? sheet.name
                : sheet.visibility,
          ]),
        };
      });
      return {
        responseBytes: JSON.stringify(items.map((item) => Object.fromEntries(item.values))).length,
        commit: () => {
          for (const item of items) item.proxy.seed(item.values);
          this.loadedItems = items.map((item) => item.proxy);
        },
      };
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return (
      this.loadedItems ??
      fail("PropertyNotLoaded", "WorksheetCollection.items was not loaded.", "WorksheetCollection.items")
    );
  }
}
