import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { jsonSize } from "./payload";

/**
 * The strict part of Office.js proxies: a proxy stands for an object path that is resolved only at `sync()`;
 * reading a property needs a `load` and a sync first (else PropertyNotLoaded); an OrNullObject proxy says whether
 * it found anything only after a sync.
 */
let pathCount = 0;

export abstract class FakeClientObject<T> {
  /** This proxy's object path, for the request size: sent once per batch however often it is used. */
  readonly pathKey: string;
  private readonly loaded = new Map<string, unknown>();
  private memo: { batch: number; value: T | null } | null = null;
  private nullState: boolean | undefined;

  protected constructor(
    readonly context: FakeContextCore,
    /** Finds the target in the model; returns null only for OrNullObject paths. Throws ItemNotFound otherwise. */
    private readonly locate: () => T | null,
    /** The API name, for errors and payload records (`Worksheet`, `Range`…). */
    protected readonly kind: string,
    orNull = false,
    /** Object paths this one hangs from (a range's worksheet). */
    private readonly parentPaths: readonly string[] = [],
  ) {
    this.pathKey = `${kind}#${++pathCount}`;
    if (orNull) {
      context.nullProbes.add({
        settle: () => {
          this.nullState = this.resolveOrNull() === null;
        },
      });
    }
  }

  /** The target in this batch; every use in one batch sees the same object, as Office binds a path once. */
  resolveOrNull(): T | null {
    if (this.memo?.batch !== this.context.batch)
      this.memo = { batch: this.context.batch, value: this.locate() };
    return this.memo.value;
  }

  resolve(): T {
    const value = this.resolveOrNull();
    if (value === null)
      return fail("InvalidObjectPath", `The ${this.kind} does not exist (a null object).`, this.kind);
    return value;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      return fail(
        "PropertyNotLoaded",
        `isNullObject of a ${this.kind} is known only after context.sync().`,
        this.kind,
      );
    return this.nullState;
  }

  /** The value a load brought back. */
  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) {
      return fail(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Call load("${property}") and context.sync() first.`,
        `${this.kind}.${property}`,
      );
    }
    return this.loaded.get(property) as V;
  }

  /** Loaded values handed over by a collection's `items/…` load. */
  seed(values: readonly (readonly [string, unknown])[]): void {
    for (const [name, value] of values) this.loaded.set(name, value);
  }

  /** What a property reads as in the model now; subclasses list what they can load. */
  protected abstract readProperty(target: T, property: string): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((name) => name.trim())
      .filter(Boolean);
    if (names.length === 0)
      fail(
        "InvalidArgument",
        "load() without property names loads everything: name what is needed.",
        `${this.kind}.load`,
      );
    this.context.enqueue(`${this.kind}.load`, names, this.loadAction(names), this.paths("load"));
    return this;
  }

  /** The object paths an action named `name` (such as `format.font.bold`) uses: this one, its parents, and the
   * navigation properties on the way. */
  protected paths(name: string): string[] {
    const segments = name.split(".").slice(0, -1);
    return [
      ...this.parentPaths,
      this.pathKey,
      ...segments.map((_, i) => `${this.pathKey}.${segments.slice(0, i + 1).join(".")}`),
    ];
  }

  private loadAction(names: readonly string[]) {
    return () => {
      const target = this.resolveOrNull();
      if (target === null) return { responseBytes: 4, commit: () => undefined };
      const values = new Map(names.map((name) => [name, this.readProperty(target, name)]));
      return {
        responseBytes: jsonSize(Object.fromEntries(values)),
        commit: () => values.forEach((value, name) => this.loaded.set(name, value)),
      };
    };
  }

  /** Queues a change; it applies at sync, in order. */
  protected set(name: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue(`${this.kind}.${name}`, args, () => apply(this.resolve()), this.paths(name));
  }
}
