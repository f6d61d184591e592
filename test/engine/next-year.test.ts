import { type Cell, nextGrade, rollOver, runCampaign, type WorkbookSnapshot } from "../../src/engine";
import { baseSheets, childRow, headerOf, type Sheets, snapshotOf } from "../support/workbook-builder";

const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const rowsOf = (snapshot: ReturnType<typeof rollOver>, name: string): Cell[][] =>
  snapshot.sheets.get(name as never)!;
const asSnapshot = (next: ReturnType<typeof rollOver>): WorkbookSnapshot => ({
  sheets: [...next.sheets].map(([name, rows]) => ({ name, rows })),
});
const setting = (rows: Cell[][], key: string): Cell[] | undefined => rows.find((row) => row[0] === key);

describe("nextGrade: Lớp a school year later", () => {
  it.each<[Cell, Cell]>([
    [1, 2],
    [5, 6],
    [11, 12],
    [12, null],
    ["5", "6"],
    ["Lớp 9", "Lớp 10"],
    ["Lớp 1", "Lớp 2"],
    ["lop 11", "lop 12"],
    ["Lớp 12", null],
    ["0", "0"],
    ["Lớp 0", "Lớp 0"],
    ["12", null],
    ["Mầm non", "Mầm non"],
    [0, 0],
    [null, null],
    ["", ""],
  ])("%p becomes %p", (grade, next) => expect(nextGrade(grade)).toEqual(next));

  it.each<Cell>([13, -1, 4.5, "lớp ba", "Lớp 13", "99", { error: "#N/A" }, true])(
    "carries %p unchanged, so the new workbook flags it as the old one did",
    (grade) => expect(nextGrade(grade)).toEqual(grade),
  );
});

describe("rollOver: last year's input sheets to next year's", () => {
  function lastYear(): Sheets {
    const sheets = baseSheets();
    sheets["Con"] = [
      ["DANH SÁCH CON"],
      [...headerOf("Con"), "Số điện thoại"],
      [...childRow({ name: "Lê An", born: "02/06/2010", grade: 8, title: "Học sinh Giỏi" }), "0912"],
      childRow({ name: "Lê Bình", born: "01/01/2006", grade: 12, prize: "Giải cấp tỉnh" }),
      childRow({ name: "Lê Chi", born: "01/01/2019", grade: "Mầm non" }),
    ];
    sheets["Ủng hộ"] = [headerOf("Ủng hộ"), [null, "VP01", null, null, 500_000, null]];
    sheets["Khẩu hiệu"] = [headerOf("Khẩu hiệu"), ["Trẻ em hôm nay", serial(2024, 6, 3), "https://x.vn/a"]];
    const settings = sheets["Cấu hình"];
    setting(settings, "Người ký")![1] = "Triệu Ngọc Trung";
    setting(settings, "Ưu điểm")![1] = "Tốt";
    setting(settings, "Hạn báo cáo")![1] = serial(2024, 2, 29);
    settings.push(["Ghi chú riêng", "giữ nguyên"]);
    return sheets;
  }

  it("never changes last year's snapshot", () => {
    const snapshot = deepFreeze(snapshotOf(lastYear()));
    const copy = JSON.parse(JSON.stringify(snapshot));
    expect(() => rollOver(snapshot)).not.toThrow();
    expect(snapshot).toEqual(copy);
  });

  it("defaults to the next year, and refuses a year that is not after last year's", () => {
    expect(rollOver(snapshotOf(lastYear())).year).toBe(2025);
    expect(rollOver(snapshotOf(lastYear()), 2027).year).toBe(2027);
    expect(() => rollOver(snapshotOf(lastYear()), 2024)).toThrow(RangeError);
  });

  it("keeps title rows and the clerk's own columns; clears titles and prizes; moves grades", () => {
    const children = rowsOf(rollOver(snapshotOf(lastYear())), "Con");
    expect(children[0]).toEqual(["DANH SÁCH CON"]);
    expect(children[1].at(-1)).toBe("Số điện thoại");
    expect(children[2]).toEqual([...childRow({ name: "Lê An", born: "02/06/2010", grade: 9 }), "0912"]);
    expect(children[3]).toEqual(childRow({ name: "Lê Bình", born: "01/01/2006", grade: null }));
    expect(children[4]).toEqual(childRow({ name: "Lê Chi", born: "01/01/2019", grade: "Mầm non" }));
  });

  it("empties contributions, clears slogans' dates and links, keeps their text", () => {
    const next = rollOver(snapshotOf(lastYear()));
    expect(rowsOf(next, "Ủng hộ")).toEqual([headerOf("Ủng hộ")]);
    expect(rowsOf(next, "Khẩu hiệu")).toEqual([headerOf("Khẩu hiệu"), ["Trẻ em hôm nay", null, null]]);
  });

  it("moves Cấu hình to the new year, clears last year's report, marks what may have changed", () => {
    const next = rollOver(snapshotOf(lastYear()));
    const settings = rowsOf(next, "Cấu hình");
    expect(settings[0]).toEqual(["Mục", "Giá trị", "Xem lại"]);
    expect(setting(settings, "Năm tổ chức")![1]).toBe(2025);
    expect(setting(settings, "Ngày tính tuổi")![1]).toBe(serial(2025, 6, 1));
    expect(setting(settings, "Hạn báo cáo")![1]).toBe(serial(2025, 2, 28)); // 29/02 in a common year
    expect(setting(settings, "Năm học")![1]).toBe("2024-2025");
    expect(setting(settings, "Ưu điểm")![1]).toBeNull();
    expect(setting(settings, "Người ký")).toEqual(["Người ký", "Triệu Ngọc Trung", "Cần xem lại"]);
    expect(setting(settings, "Giá trị quà")![2]).toBeNull();
    expect(setting(settings, "Ghi chú riêng")).toEqual(["Ghi chú riêng", "giữ nguyên", null]);
    expect(next.reviewed).toEqual(
      expect.arrayContaining(["Cơ quan", "Nơi nhận báo cáo", "Căn cứ", "Người ký"]),
    );
    // A blank optional setting has nothing to review.
    expect(next.reviewed).not.toContain("Văn bản cấp trên");
  });

  it("gives a workbook the engine reads as next year's, flagged only by the review marks", () => {
    const next = rollOver(snapshotOf(lastYear()));
    const result = runCampaign(asSnapshot(next), { today: "2025-07-05" });
    expect(result.settings).toMatchObject({
      year: 2025,
      referenceDate: "2025-06-01",
      startDate: "2025-06-01",
    });
    expect(result.counts.error).toBe(0);
    // The report's own texts are cleared for the new year, so they are asked for again (REPORT_TEXT_MISSING).
    const warnings = result.issues.filter(
      (issue) => issue.severity === "warning" && issue.code !== "REPORT_TEXT_MISSING",
    );
    expect(new Set(warnings.map((issue) => issue.code))).toEqual(new Set(["SETTING_REVIEW"]));
    expect(warnings.map((issue) => issue.cell)).toEqual(
      next.reviewed.map((key) => `C${rowsOf(next, "Cấu hình").findIndex((row) => row[0] === key) + 1}`),
    );
  });

  it("reuses an existing Xem lại column and drops last year's leftover marks", () => {
    const sheets = lastYear();
    const [header, ...rows] = sheets["Cấu hình"];
    sheets["Cấu hình"] = [
      ["Ghi chú", ...header.slice(0, 2), "Xem lại"],
      ...rows.map((row) => [null, row[0], row[1], row[0] === "Giá trị quà" ? "Cần xem lại" : null]),
    ];
    const settings = rowsOf(rollOver(snapshotOf(sheets)), "Cấu hình");
    expect(settings[0]).toEqual(["Ghi chú", "Mục", "Giá trị", "Xem lại"]);
    expect(settings.find((row) => row[1] === "Giá trị quà")![3]).toBeNull();
    expect(settings.find((row) => row[1] === "Cơ quan")![3]).toBe("Cần xem lại");
  });

  it("adds Năm tổ chức when last year's sheet left it out (the engine would fall back to 2024)", () => {
    const sheets = lastYear();
    sheets["Cấu hình"] = sheets["Cấu hình"].filter((row) => row[0] !== "Năm tổ chức");
    const settings = rowsOf(rollOver(snapshotOf(sheets)), "Cấu hình");
    expect(settings[1]).toEqual(["Năm tổ chức", 2025]);
  });

  it("starts from the plan's settings, marked, when last year had no Cấu hình; absent sheets stay absent", () => {
    const sheets = lastYear();
    delete sheets["Cấu hình"];
    delete sheets["Hoạt động"];
    const next = rollOver(snapshotOf(sheets));
    expect(setting(rowsOf(next, "Cấu hình"), "Năm tổ chức")![1]).toBe(2025);
    expect(setting(rowsOf(next, "Cấu hình"), "Cơ quan")![2]).toBe("Cần xem lại");
    expect(next.sheets.has("Hoạt động")).toBe(false);
  });

  it("reads a grid that starts below A1 (the pane's used range) at the sheet's own rows and columns", () => {
    const snapshot = snapshotOf(lastYear());
    const shifted: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((sheet) =>
        sheet.name === "Con" ? { ...sheet, rows: sheet.rows.slice(1), firstRow: 2 } : sheet,
      ),
    };
    expect(rowsOf(rollOver(shifted), "Con")).toEqual(
      rowsOf(rollOver(snapshot), "Con").map((row, i) => (i === 0 ? [] : row)),
    );
  });
});
