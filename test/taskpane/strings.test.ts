import { STRINGS, type Strings } from "../../src/taskpane/strings";
import { catalogTexts } from "../support/catalog-texts";

const vi = catalogTexts("vi");
const en = catalogTexts("en");

describe("the vi/en text catalog", () => {
  it("has the same texts in both languages, none empty", () => {
    expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...vi, ...en])
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
  });

  it("writes Vietnamese with its diacritics", () => {
    const viText = [...vi.values()].join(" ");
    expect(viText).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    // A catalog that is English under a Vietnamese name would fail these.
    expect(STRINGS.vi.button).toEqual({
      setup: "Thiết lập sổ",
      review: "Xem lại Cấu hình",
      validate: "Kiểm tra dữ liệu",
      compute: "Tính và điền báo cáo",
      export: "Xuất báo cáo",
      nextYear: "Chuẩn bị năm sau",
      clear: "Xóa danh sách đã tạo",
    });
    // NFC: what the clerk types and what Excel stores.
    for (const text of vi.values()) expect(text).toBe(text.normalize("NFC"));
  });

  it("says the validation result as the brief words it", () => {
    const s: Strings = STRINGS.vi;
    expect(s.validated({ error: 0, warning: 1, info: 4210 })).toBe(
      "Đã kiểm tra: 0 lỗi, 1 cảnh báo, 4.210 lưu ý.",
    );
    expect(
      s.draftQuestion(5, ["trang tính Con, ô C4", "trang tính Con, ô C7", "trang tính Cán bộ, ô B3"]),
    ).toBe(
      "Sổ còn 5 lỗi (trang tính Con, ô C4, trang tính Con, ô C7, trang tính Cán bộ, ô B3, …). Xuất bản nháp có dấu DỰ THẢO?",
    );
    expect(s.editedQuestion(["DS tặng quà", "Báo cáo"])).toBe(
      "Các trang tính DS tặng quà, Báo cáo đã được sửa tay. Thay bằng bản mới?",
    );
    expect(s.exportDeclined(3)).toBe("Chưa xuất báo cáo: sổ còn 3 lỗi.");
    expect(s.severityHeading("info", 745)).toBe("Lưu ý (745)");
    expect(s.countdownPast("3 ngày")).toBe("đã qua 3 ngày");
    expect(s.overdue("861 ngày")).toBe("Quá hạn 861 ngày");
  });

  it("counts in English with the right plural", () => {
    expect(STRINGS.en.validated({ error: 1, warning: 2, info: 4210 })).toBe(
      "Checked: 1 error, 2 warnings, 4,210 notes.",
    );
    expect(STRINGS.en.draftQuestion(1, ["sheet Con, cell C4"])).toBe(
      "The workbook has 1 error (sheet Con, cell C4). Export a draft stamped DỰ THẢO?",
    );
  });
});
