import { baseSheets, cellsOf, contributionRow, headerOf, run } from "../../support/workbook-builder";

describe("UNIT_UNKNOWN", () => {
  it("flags a staff unit missing from Đơn vị, but accepts other spellings of a declared one", () => {
    const sheets = baseSheets();
    sheets["Cán bộ"].push(["VP03", "Đỗ Thị Hoa", "Nữ", null, "van phong", null]);
    sheets["Cán bộ"].push(["TT01", "Vũ Văn Khánh", "Nam", null, "Trung tâm Thông tin", null]);
    const result = run(sheets);
    expect(cellsOf(result, "UNIT_UNKNOWN")).toEqual(["Cán bộ!E6"]);
    expect(result.staff.members.find((m) => m.id === "VP03")?.unit).toBe("Văn phòng");
  });

  it("checks a contribution's unit too", () => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [headerOf("Ủng hộ"), contributionRow({ id: "VP01", unit: "Phòng X", amount: 100000 })];
    expect(cellsOf(run(sheets), "UNIT_UNKNOWN")).toEqual(["Ủng hộ!D2"]);
  });

  it("is never raised without a Đơn vị sheet; units then follow Cán bộ order", () => {
    const sheets = baseSheets();
    delete sheets["Đơn vị"];
    sheets["Cán bộ"].splice(1, 0, ["TT01", "Vũ Văn Khánh", "Nam", null, "Trung tâm Thông tin", null]);
    const result = run(sheets);
    expect(cellsOf(result, "UNIT_UNKNOWN")).toEqual([]);
    expect(result.units).toEqual(["Trung tâm Thông tin", "Văn phòng", "Phòng Quản lý khoa học"]);
  });
});
