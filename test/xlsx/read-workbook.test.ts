import ExcelJS from "exceljs";
import { runCampaign } from "../../src/engine";
import { readWorkbook, UnreadableWorkbookError } from "../../src/xlsx/read-workbook";

async function roundTrip(build: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Con"));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return readWorkbook(bytes).snapshot.sheets[0];
}

describe("reading .xlsx cells into the engine's values", () => {
  it("turns date cells into Excel serials, whatever the time zone", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = new Date(Date.UTC(2008, 5, 2));
      sheet.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    expect(grid.rows[0][0]).toBe(39601);
  });

  it("keeps text, numbers and booleans, and joins rich text", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getRow(1).values = ["Nguyễn Văn An", 500000, true];
      sheet.getCell("D1").value = {
        richText: [{ text: "Trần " }, { text: "Thị Bình", font: { bold: true } }],
      };
    });
    expect(grid.rows[0]).toEqual(["Nguyễn Văn An", 500000, true, "Trần Thị Bình"]);
  });

  it("reads error values as errors and formulas as their cached results", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      sheet.getCell("B1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
      sheet.getCell("C1").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as unknown as ExcelJS.CellFormulaValue;
      sheet.getCell("D1").value = { text: "trang tin", hyperlink: "https://skhcn.bacgiang.gov.vn" };
    });
    expect(grid.rows[0]).toEqual([{ error: "#N/A" }, 2, { error: "#DIV/0!" }, "trang tin"]);
  });

  it("keeps row numbers across empty rows, so issues name the right Excel row", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = "tiêu đề";
      sheet.getCell("B4").value = "x";
    });
    expect(grid.rows).toEqual([["tiêu đề"], [], [], [null, "x"]]);
  });

  it("refuses bytes that are not a workbook", async () => {
    expect(() => readWorkbook(new TextEncoder().encode("Họ và tên,Ngày sinh\n"))).toThrow(
      UnreadableWorkbookError,
    );
  });

  it("gives the engine a usable snapshot of a minimal file", async () => {
    const workbook = new ExcelJS.Workbook();
    const staff = workbook.addWorksheet("Cán bộ");
    staff.addRows([
      ["Mã CB", "Họ và tên", "Đơn vị"],
      ["VP01", "Nguyễn Văn An", "Văn phòng"],
    ]);
    const children = workbook.addWorksheet("Con");
    children.addRows([["Mã CB", "Họ và tên con", "Ngày sinh"]]);
    children.addRow(["VP01", "Nguyễn Minh Châu", new Date(Date.UTC(2015, 5, 2))]);
    const { snapshot } = readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const result = runCampaign(snapshot, { today: "2024-07-05" });
    expect(result.gifts.entries).toEqual([
      expect.objectContaining({ name: "Nguyễn Minh Châu", birthDate: "2015-06-02", age: 8 }),
    ]);
    expect(result.counts.error).toBe(0);
  });
});
