import { EditedSheetsError, OfficeOperationError } from "../../src/excel";
import { friendlyError } from "../../src/excel/office-errors";
import { errorText, requestedAction } from "../../src/taskpane/app";
import { editedSheetsOf } from "../../src/taskpane/edited-sheets";
import { stringsFor } from "../../src/taskpane/strings";

const vi = stringsFor("vi");

describe("the pane's entry points", () => {
  it("starts the export when the ribbon opens it with ?action=export, whatever Office adds", () => {
    expect(requestedAction("?action=export")).toBe("export");
    expect(requestedAction("?_host_Info=Excel$Win32$16.01$vi-VN&action=export")).toBe("export");
    expect(requestedAction("")).toBeNull();
    expect(requestedAction("?action=clear")).toBeNull();
  });
});

describe("what the clerk reads when an action fails", () => {
  it("is Office's worded message, never a stack", () => {
    const error = friendlyError({ code: "InvalidOperationInCellEditMode" }, "vi");
    expect(error).toBeInstanceOf(OfficeOperationError);
    expect(errorText(error, vi)).toBe("Một ô đang được sửa. Nhấn Enter hoặc Esc để rời ô đó rồi chạy lại.");
    const unexpected = new TypeError("x is undefined");
    expect(errorText(unexpected, vi)).toBe("Lỗi không mong đợi: x is undefined");
    expect(errorText(unexpected, vi)).not.toMatch(/\bat\b.*:\d+/);
  });

  it("recognises the edited-sheets refusal, thrown as is or wrapped", () => {
    const edited = new EditedSheetsError(["Báo cáo"], "Trang tính Báo cáo đã được sửa tay.");
    expect(editedSheetsOf(edited)).toBe(edited);
    expect(errorText(edited, vi)).toBe("Trang tính Báo cáo đã được sửa tay.");
    const wrapped = new OfficeOperationError("Unexpected", { vi: "x", en: "x" }, "vi", undefined, edited);
    expect(editedSheetsOf(wrapped)).toBe(edited);
    expect(editedSheetsOf(new Error("other"))).toBeNull();
  });
});
