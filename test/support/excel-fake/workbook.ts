import { type FakeContextCore } from "./context";
import { fail } from "./errors";
import { FakeWorksheetCollection } from "./worksheet";

/** `workbook.tables`: the names are all the adapter reads. */
class FakeTableList {
  private names: string[] | null = null;

  constructor(private readonly context: FakeContextCore) {}

  load(properties: string): this {
    if (properties.trim() !== "items/name")
      fail("InvalidArgument", "The fake loads items/name of tables only.", "TableCollection.load");
    this.context.enqueue("TableCollection.load", ["name"], () => {
      const names = this.context.host.model.tables.map((table) => table.name);
      return { responseBytes: JSON.stringify(names).length, commit: () => (this.names = names) };
    });
    return this;
  }

  get items(): { name: string }[] {
    const names =
      this.names ??
      fail("PropertyNotLoaded", "TableCollection.items was not loaded.", "TableCollection.items");
    return names.map((name) => ({ name }));
  }
}

class FakeApplication {
  constructor(private readonly context: FakeContextCore) {}

  private count(name: string, version: number): void {
    this.context.enqueue(`Application.${name}`, [], () => {
      this.context.requireApi(version, `Application.${name}`);
      this.context.host.calls.set(name, (this.context.host.calls.get(name) ?? 0) + 1);
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.count("suspendApiCalculationUntilNextSync", 1.6);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.count("suspendScreenUpdatingUntilNextSync", 1.9);
  }
}

/** What `Excel.run` hands the batch function: a fresh context on the shared workbook. */
export class FakeRequestContext {
  readonly workbook: {
    readonly worksheets: FakeWorksheetCollection;
    readonly tables: FakeTableList;
    readonly application: FakeApplication;
  };
  readonly application: FakeApplication;

  constructor(readonly core: FakeContextCore) {
    this.application = new FakeApplication(core);
    this.workbook = {
      worksheets: new FakeWorksheetCollection(core),
      tables: new FakeTableList(core),
      application: this.application,
    };
  }

  sync(): Promise<void> {
    return this.core.sync();
  }
}
