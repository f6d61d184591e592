import fc from "fast-check";
import {
  GENERATED_SHEETS,
  isAsStamped,
  planStamp,
  readStamps,
  type SheetPlan,
  stampRows,
  valuesStamp,
} from "../../src/engine";

const plan: SheetPlan = {
  name: "DS tặng quà",
  columns: [
    { header: "A", width: 5, format: "integer" },
    { header: "B", width: 20, format: "text" },
    { header: "C", width: 10, format: "general" },
  ],
  rows: [
    { kind: "title", cells: ["Tiêu đề", "bị che bởi ô gộp", null] },
    { kind: "data", cells: [1, { text: "C7", sheet: "Con", cell: "C7" }, 58 / 62] },
  ],
  headerRow: null,
  merges: [{ row: 0, column: 0, columns: 3 }],
  page: { orientation: "portrait", fitToWidth: true },
};

describe("sheet stamps", () => {
  it("hash the plan as Excel reads it back: wherever the used range starts, 15 digits, links as text, merges once", () => {
    const stamp = planStamp(plan);
    expect(stamp).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
    expect(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [
        ["Tiêu đề", "", ""],
        [1, "C7", 0.935483870967742],
      ]),
    ).toBe(stamp);
    // getUsedRange trims empty edges: the same cells seen from B1 hash the same.
    expect(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [
        ["Tiêu đề", ""],
        [1, "C7"],
      ]),
    ).not.toBe(stamp);
    // getUsedRange trims empty edges: the same cells seen from B2 hash the same.
    expect(valuesStamp({ rowIndex: 1, columnIndex: 1 }, [["C7", 0.935483870967742]])).toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [
        ["", "", ""],
        ["", "C7", 0.9354838709677419],
      ]),
    );
  });

  it("change with any value, and with where it stands", () => {
    const base = valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["a", "b"]]);
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["a", "c"]])).not.toBe(base);
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["b", "a"]])).not.toBe(base);
    expect(valuesStamp({ rowIndex: 1, columnIndex: 0 }, [["a", "b"]])).not.toBe(base);
  });

  it("keep the stamp before a change, and stay as they are on a rewrite of the same content", () => {
    const first = stampRows(new Map(), [{ name: "DS tặng quà", stamp: "fnv1a32:00000001" }]);
    expect(first.map((row) => row[0])).toEqual(["Sheet", ...GENERATED_SHEETS]);
    const again = stampRows(readStamps(first), [{ name: "DS tặng quà", stamp: "fnv1a32:00000001" }]);
    expect(again).toEqual(first);
    const changed = stampRows(readStamps(again), [{ name: "DS TẶNG QUÀ", stamp: "fnv1a32:00000002" }]);
    expect(changed[2]).toEqual(["DS tặng quà", "fnv1a32:00000002", "fnv1a32:00000001"]);
    const stamp = readStamps(changed).get("ds tặng quà");
    expect(isAsStamped("fnv1a32:00000001", stamp)).toBe(true);
    expect(isAsStamped("fnv1a32:00000002", stamp)).toBe(true);
    expect(isAsStamped("fnv1a32:00000003", stamp)).toBe(false);
    expect(isAsStamped("fnv1a32:00000003", undefined)).toBe(true);
  });
});

describe("the stamp's hash of text", () => {
  /** FNV-1a/32 over TextEncoder's UTF-8, the definition the hand-rolled encoding must keep. */
  function reference(values: readonly string[]): string {
    let hash = 0x811c9dc5;
    values.forEach((value, c) => {
      if (value === "") return;
      for (const byte of new TextEncoder().encode(`0,${c}\t${value}\n`))
        hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    });
    return `fnv1a32:${hash.toString(16).padStart(8, "0")}`;
  }

  it("hashes the UTF-8 bytes of any text, astral characters and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 6 }), (values) => {
        expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [values])).toBe(reference(values));
      }),
    );
    const vietnamese = ["Nguyễn Thị Ánh", "Đặng 😀 Hà", "\ud800x"];
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [vietnamese])).toBe(reference(vietnamese));
  });

  it("hashes a number as Excel keeps it, 15 significant digits, integers and fractions alike", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(1e15 + 7)),
          {
            maxLength: 6,
          },
        ),
        (numbers) => {
          const asExcelKeepsThem = numbers.map((n) => String(Number(n.toPrecision(15))));
          expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [numbers])).toBe(reference(asExcelKeepsThem));
        },
      ),
    );
  });
});
