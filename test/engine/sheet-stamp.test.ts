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

  it("skip empty cells however the host says empty, and read TRUE and FALSE as Excel shows them", () => {
    const stamp = valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["", "a", ""]]);
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[null, "a", undefined]])).toBe(stamp);
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[true, false]])).toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["TRUE", "FALSE"]]),
    );
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[true]])).not.toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[false]]),
    );
    // The largest integer Excel keeps whole, and the first it rounds.
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[999_999_999_999_999]])).toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["999999999999999"]]),
    );
    // 19 digits, more than a double holds: made from text (and no digit separators: @swc/jest misreads long ones).
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[Number("1234567890123456789")]])).toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["1234567890123460000"]]),
    );
  });

  it("hash a plan's merged areas once: a one-column merge hides nothing, cells past the columns are not the sheet's", () => {
    const base: SheetPlan = { ...plan, merges: [] };
    const oneColumn: SheetPlan = { ...plan, merges: [{ row: 0, column: 1, columns: 1 }] };
    expect(planStamp(oneColumn)).toBe(planStamp(base));
    const twoMerges: SheetPlan = {
      ...plan,
      merges: [
        { row: 0, column: 0, columns: 2 },
        { row: 1, column: 1, columns: 2 },
      ],
    };
    expect(planStamp(twoMerges)).toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [
        ["Tiêu đề", "", null],
        [1, "C7", ""],
      ]),
    );
    const wider: SheetPlan = {
      ...plan,
      rows: [...plan.rows, { kind: "data", cells: [2, "x", 3, "ngoài cột"] }],
    };
    expect(planStamp(wider)).toBe(
      valuesStamp({ rowIndex: 0, columnIndex: 0 }, [["Tiêu đề"], [1, "C7", 0.935483870967742], [2, "x", 3]]),
    );
  });

  it("read only the generated sheets' rows of the stamp sheet, blank stamps as empty", () => {
    const stamps = readStamps([
      ["Sheet", "Dấu", "Dấu trước"],
      ["KIỂM TRA", "fnv1a32:0000000a", null],
      ["Cán bộ", "fnv1a32:0000000b", ""],
      [7, "fnv1a32:0000000c", ""],
      ["DS khen thưởng", null, 5],
    ]);
    expect([...stamps.keys()]).toEqual(["kiểm tra", "ds khen thưởng"]);
    expect(stamps.get("kiểm tra")).toEqual({ stamp: "fnv1a32:0000000a", previous: "" });
    expect(stamps.get("ds khen thưởng")).toEqual({ stamp: "", previous: "" });
    expect(isAsStamped("fnv1a32:00000009", stamps.get("ds khen thưởng"))).toBe(true);
  });

  it("keep a sheet not written this time as it was; a first stamp has no previous one", () => {
    const before = readStamps([["DS tặng quà", "fnv1a32:00000001", "fnv1a32:00000000"]]);
    const rows = stampRows(before, [{ name: "Kiểm tra", stamp: "fnv1a32:00000005" }]);
    const bySheet = new Map(rows.map((row) => [row[0], row]));
    expect(bySheet.get("DS tặng quà")).toEqual(["DS tặng quà", "fnv1a32:00000001", "fnv1a32:00000000"]);
    expect(bySheet.get("Kiểm tra")).toEqual(["Kiểm tra", "fnv1a32:00000005", ""]);
    expect(bySheet.get("DS khen thưởng")).toEqual(["DS khen thưởng", "", ""]);
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
    // Each edge of UTF-8's lengths and of the surrogates, where a random string seldom falls.
    const edges = [
      "\u007f\u0080",
      "\u07ff\u0800",
      "\uffff",
      "\ud7ff\ue000",
      "x\udbff",
      "\udbff",
      "\ud800",
      "\udc00",
      "\udfff",
      "\ud800\udc00",
      "\udbff\udfff",
      "\ud800\ud800\udc00",
      "\udbffx",
    ];
    for (const edge of edges)
      expect([edge, valuesStamp({ rowIndex: 0, columnIndex: 0 }, [[edge]])]).toEqual([
        edge,
        reference([edge]),
      ]);
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

describe("the stamp is FNV-1a/32 over the UTF-8 of `row,column<TAB>value<LF>`, cell after cell", () => {
  /** The definition, spelt out: the text built whole and encoded by TextEncoder (lone surrogates → U+FFFD). */
  const reference = (cells: readonly [number, number, string][]): string => {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(cells.map(([r, c, text]) => `${r},${c}\t${text}\n`).join("")))
      hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    return `fnv1a32:${hash.toString(16).padStart(8, "0")}`;
  };

  test("numbers written as Excel keeps them, powers of ten and negatives included", () => {
    const values = [
      0,
      1,
      9,
      10,
      100,
      1000,
      10_000_000,
      99,
      101,
      -5,
      -10,
      123_456_789_012_345,
      1e15,
      0.1,
      58 / 62,
    ];
    const matrix = [values];
    const expected = reference(values.map((v, c) => [0, c, String(Number(v.toPrecision(15)))]));
    expect(valuesStamp({ rowIndex: 0, columnIndex: 0 }, matrix)).toBe(expected);
    // Rows and columns from 10 on: their references have two digits.
    expect(valuesStamp({ rowIndex: 9, columnIndex: 10 }, [["x", 100]])).toBe(
      reference([
        [9, 10, "x"],
        [9, 11, "100"],
      ]),
    );
  });

  test("texts as their UTF-8 bytes: Vietnamese, a surrogate pair, lone surrogates anywhere", () => {
    const texts = [
      "Nguyễn Thị Hương",
      "😀 Bé",
      "a\ud800",
      "\ud800a",
      "\udc00x",
      "x\udc00\ud83d\ude00",
      "\ud800",
    ];
    expect(valuesStamp({ rowIndex: 2, columnIndex: 1 }, [texts])).toBe(
      reference(texts.map((text, c) => [2, 1 + c, text])),
    );
  });

  test("the cell after a merged area counts; only the cells the merges cover are skipped", () => {
    const merged: SheetPlan = {
      ...plan,
      columns: Array.from({ length: 6 }, () => plan.columns[1]),
      rows: [{ kind: "title", cells: ["Gộp", "che", "sau gộp", "Gộp 2", "che 2", "cuối"] }],
      merges: [
        { row: 0, column: 0, columns: 2 },
        { row: 0, column: 3, columns: 2 },
      ],
    };
    expect(planStamp(merged)).toBe(
      reference([
        [0, 0, "Gộp"],
        [0, 2, "sau gộp"],
        [0, 3, "Gộp 2"],
        [0, 5, "cuối"],
      ]),
    );
  });
});
