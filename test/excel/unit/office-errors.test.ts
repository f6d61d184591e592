import { friendlyError, isPayloadTooLarge, OfficeOperationError } from "../../../src/excel/office-errors";
import { tableNameFor } from "../../../src/excel/setup-plan";

const officeError = (code: string, errorLocation?: string) =>
  Object.assign(new Error(`Excel says ${code}`), { code, debugInfo: { errorLocation } });

describe("friendlyError", () => {
  it.each([
    ["ItemNotFound", "Không tìm thấy một trang tính hoặc vùng ô"],
    ["InvalidOperation", "đang được bảo vệ"],
    ["AccessDenied", "đang được bảo vệ"],
    ["InvalidOperationInCellEditMode", "Một ô đang được sửa"],
    ["RequestPayloadSizeLimitExceeded", "giới hạn 5 MB"],
    ["ResponsePayloadSizeLimitExceeded", "giới hạn 5 MB"],
    ["GeneralException", "lỗi chung"],
    ["Conflict", "người khác"],
    ["ApiNotFound", "thiếu một chức năng"],
  ])("turns %s into a Vietnamese sentence the clerk can act on", (code, words) => {
    const error = friendlyError(officeError(code, "Worksheet.delete"), "vi");
    expect(error).toBeInstanceOf(OfficeOperationError);
    expect(error.message).toContain(words);
    expect(error).toMatchObject({ code, location: "Worksheet.delete" });
  });

  it("speaks English when the UI does, and keeps the unknown code visible", () => {
    expect(friendlyError(officeError("InvalidOperationInCellEditMode"), "en").message).toBe(
      "A cell is being edited. Press Enter or Esc to leave it, then run again.",
    );
    expect(friendlyError(officeError("FilteredRangeConflict"), "en").message).toContain(
      "(FilteredRangeConflict)",
    );
  });

  it("wraps anything else as unexpected, and passes its own errors through", () => {
    const unexpected = friendlyError(new TypeError("x is undefined"), "vi");
    expect(unexpected).toMatchObject({ code: "Unexpected", message: "Lỗi không mong đợi: x is undefined" });
    expect(friendlyError(unexpected, "en")).toBe(unexpected);
  });

  it("recognises Excel on the web's payload limits", () => {
    expect(isPayloadTooLarge(officeError("ResponsePayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadTooLarge(officeError("GeneralException"))).toBe(false);
    expect(isPayloadTooLarge("nope")).toBe(false);
  });
});

describe("tableNameFor", () => {
  it("makes an ASCII table name from a Vietnamese sheet name, apart from those taken", () => {
    expect(tableNameFor("Mức khen thưởng", [])).toBe("tblMucKhenThuong");
    expect(tableNameFor("Đơn vị", ["tbldonvi"])).toBe("tblDonVi2");
  });
});
