import { formatVnd, readAmountCell, readCountCell } from "../../src/engine/money";

describe("VND amounts", () => {
  it.each([
    500000,
    "500000",
    "500.000",
    "500,000",
    "500 000",
    "500.000 đ",
    "500.000đ",
    "500.000 đồng",
    "500.000 VNĐ",
    "500\u00a0000",
    "500.000 đồng".normalize("NFD"),
  ])("%p means 500 000", (cell) => {
    expect(readAmountCell(cell)).toEqual({ kind: "amount", value: 500_000 });
  });

  it.each([["1.5"], [1.5], ["-100000"], [-100000], ["5e5"], ["500,5"], ["năm trăm"], [true], [0], ["0"]])(
    "%p is not a whole positive amount",
    (cell) => {
      expect(readAmountCell(cell)).toEqual({ kind: "invalid" });
    },
  );

  it("accepts 0 where a known title earns nothing", () => {
    expect(readAmountCell(0, { allowZero: true })).toEqual({ kind: "amount", value: 0 });
  });

  it("reports Excel errors and blanks as such", () => {
    expect(readAmountCell({ error: "#N/A" })).toEqual({ kind: "error", error: "#N/A" });
    expect(readAmountCell("  ")).toEqual({ kind: "blank" });
  });

  it("reads head counts as whole numbers only", () => {
    expect(readCountCell("25")).toEqual({ kind: "amount", value: 25 });
    expect(readCountCell("25 người")).toEqual({ kind: "invalid" });
    // Spaces around the digits are what Excel shows as the same number; separators are not a head count.
    expect(readCountCell(" 25 ")).toEqual({ kind: "amount", value: 25 });
    expect(readCountCell("1.000")).toEqual({ kind: "invalid" });
    expect(readCountCell("1 000")).toEqual({ kind: "invalid" });
    expect(readCountCell(2.5)).toEqual({ kind: "invalid" });
  });

  it("writes thousands with dots", () => {
    expect(formatVnd(14_000_000)).toBe("14.000.000");
    expect(formatVnd(-1_500)).toBe("-1.500");
    expect(formatVnd(950)).toBe("950");
    expect(formatVnd(0)).toBe("0");
  });

  it("past 1e21, where String() writes an exponent, has no thousands to group", () => {
    expect(formatVnd(1e21)).toBe("1e+21");
    expect(formatVnd(-1e21)).toBe("-1e+21");
  });
});
