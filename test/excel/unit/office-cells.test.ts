import { cellFromOffice, gridFromUsedRange } from "../../../src/excel/office-cells";

describe("cellFromOffice", () => {
  it("keeps numbers (date serials) and booleans, and turns an empty cell into a blank", () => {
    expect(cellFromOffice(45474)).toBe(45474);
    expect(cellFromOffice(false)).toBe(false);
    expect(cellFromOffice("")).toBeNull();
  });

  it("takes an error literal for the error value, as Excel turns a typed #N/A into one", () => {
    expect(cellFromOffice("#N/A")).toEqual({ error: "#N/A" });
    expect(cellFromOffice("#REF!")).toEqual({ error: "#REF!" });
    expect(cellFromOffice("#DIV/0!")).toEqual({ error: "#DIV/0!" });
  });

  it("keeps any other text as it is, Vietnamese and look-alikes included", () => {
    expect(cellFromOffice("Nguyễn Thị Hà")).toBe("Nguyễn Thị Hà");
    expect(cellFromOffice("#1 học sinh")).toBe("#1 học sinh");
    expect(cellFromOffice("01/06/2024")).toBe("01/06/2024");
  });
});

describe("gridFromUsedRange", () => {
  it("pads from A1 so that rows and columns are Excel's", () => {
    const grid = gridFromUsedRange("Con", { rowIndex: 2, columnIndex: 1 }, [["Mã CB", ""]]);
    expect(grid).toEqual({ name: "Con", rows: [[], [], [null, "Mã CB", null]], firstRow: 1, firstColumn: 1 });
  });
});
