import { STRINGS, type Strings } from "../../src/taskpane/strings";

/** Arguments to call each text function of the catalog with. */
const SAMPLE_ARGS: Record<string, readonly unknown[]> = {
  title: [2024],
  countdownLeft: ["12 ngày"],
  countdownPast: ["3 ngày"],
  groupHeading: ["Con", 12],
  more: [50],
  setUpDone: [["Cán bộ", "Con"], 3],
  missingColumns: [2],
  validated: [{ error: 1, warning: 2, info: 3 }],
  computed: [70, 31, 2],
  exported: ["bao-cao.docx", true],
  exportRefused: [5, ["Con!C4: a", "Con!C7: b"]],
  listsInSheets: [["DS tặng quà", "DS khen thưởng"]],
  cleared: [["Kiểm tra", "Báo cáo"]],
  unexpected: ["boom"],
  draftQuestion: [5, ["Con!C4"]],
  editedQuestion: [["Báo cáo"]],
  editedKept: [["Báo cáo"]],
  "delivery.ready": ["bao-cao.docx"],
  "delivery.picked": ["bao-cao.docx"],
  "delivery.downloadedWeb": ["bao-cao.docx"],
  "delivery.downloadedDesktop": ["bao-cao.docx"],
};

/** Every leaf of the catalog by path, functions called with their sample arguments. */
function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    const args = SAMPLE_ARGS[path];
    if (!args) throw new Error(`No sample arguments for ${path}: add them to SAMPLE_ARGS`);
    out.set(path, String((value as (...a: readonly unknown[]) => unknown)(...args)));
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

const vi = leaves(STRINGS.vi, "", new Map());
const en = leaves(STRINGS.en, "", new Map());

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
      validate: "Kiểm tra dữ liệu",
      compute: "Tính và điền báo cáo",
      export: "Xuất báo cáo",
      clear: "Xoá danh sách đã tạo",
    });
    // NFC: what the clerk types and what Excel stores.
    for (const text of vi.values()) expect(text).toBe(text.normalize("NFC"));
  });

  it("says the validation result as the brief words it", () => {
    const s: Strings = STRINGS.vi;
    expect(s.validated({ error: 0, warning: 1, info: 8 })).toBe(
      "Đã kiểm tra: 0 lỗi, 1 cảnh báo, 8 thông tin.",
    );
    expect(s.draftQuestion(5, ["Con!C4", "Con!C7", "Cán bộ!B3"])).toBe(
      "Sổ còn 5 lỗi (Con!C4, Con!C7, Cán bộ!B3, …). Xuất bản DỰ THẢO?",
    );
    expect(s.editedQuestion(["DS tặng quà", "Báo cáo"])).toBe(
      "Các sheet DS tặng quà, Báo cáo đã bị sửa tay. Thay bằng bản mới?",
    );
  });

  it("counts in English with the right plural", () => {
    expect(STRINGS.en.validated({ error: 1, warning: 2, info: 0 })).toBe(
      "Checked: 1 error, 2 warnings, 0 info.",
    );
    expect(STRINGS.en.draftQuestion(1, ["Con!C4"])).toBe(
      "The workbook has 1 error (Con!C4). Export a DRAFT?",
    );
  });
});
