/**
 * `Cấu hình`'s values at their edges, on rows written by hand: what each kind of setting accepts, and the message
 * for one it refuses — the key, the value as typed, why, and the default used meanwhile — in both languages.
 */
import type { Cell } from "../../src/engine";
import { baseSheets, issuesOf, run } from "../support/workbook-builder";

function withSetting(key: string, value: Cell, locale: "vi" | "en" = "vi") {
  const sheets = baseSheets();
  const row = sheets["Cấu hình"].find((r) => r[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  row[1] = value;
  return run(sheets, "2024-07-05", locale);
}

const invalid = (key: string, value: Cell, locale: "vi" | "en" = "vi"): string[] =>
  issuesOf(withSetting(key, value, locale), "SETTING_INVALID").map((issue) => issue.message);

describe("whole numbers in a range", () => {
  test.each<[string, Cell]>([
    ["Năm tổ chức", 2000],
    ["Năm tổ chức", 2100],
    ["Năm tổ chức", "2025"],
    ["Tuổi nhận quà (dưới)", 1],
    ["Tuổi nhận quà (dưới)", 18],
    ["Tuổi nhận quà (dưới)", " 16 "],
  ])("%s accepts %p", (key, value) => expect(invalid(key, value)).toEqual([]));

  test.each<[string, Cell]>([
    ["Năm tổ chức", 1999],
    ["Năm tổ chức", 2101],
    ["Năm tổ chức", "x2024"],
    ["Năm tổ chức", "2024x"],
    ["Năm tổ chức", 2024.5],
    ["Tuổi nhận quà (dưới)", 0],
    ["Tuổi nhận quà (dưới)", 19],
  ])("%s refuses %p", (key, value) => expect(invalid(key, value)).toHaveLength(1));

  test("the message names the key, the value, the range and the default", () => {
    expect(invalid("Tuổi nhận quà (dưới)", 19)).toEqual([
      "Mục “Tuổi nhận quà (dưới)” có giá trị “19” không hợp lệ: cần một số nguyên từ 1 đến 18. Tạm dùng mặc định: 16.",
    ]);
    expect(invalid("Năm tổ chức", 1999, "en")).toEqual([
      'Setting "Năm tổ chức" has an invalid value "1999": expected a whole number from 2000 to 2100. Using the default for now: 2024.',
    ]);
  });
});

describe("school year, award rule, amounts and dates", () => {
  test.each<Cell>(["2023-2024", "2023 - 2024", "2023 –  2024", "2023/2024"])("Năm học accepts %p", (value) =>
    expect(invalid("Năm học", value)).toEqual([]),
  );

  test.each<Cell>(["2023-2025", "a2023-2024", "2023-2024b", "2023"])("Năm học refuses %p", (value) =>
    expect(invalid("Năm học", value)).toHaveLength(1),
  );

  test("each refusal says what is expected and which default is used, as the report would print it", () => {
    expect(invalid("Năm học", "2023-2025")).toEqual([
      "Mục “Năm học” có giá trị “2023-2025” không hợp lệ: cần hai năm liền nhau, ví dụ 2023-2024. Tạm dùng mặc định: 2023-2024.",
    ]);
    expect(invalid("Năm học", "2023-2025", "en")[0]).toContain(
      "expected two consecutive years, e.g. 2023-2024",
    );
    expect(invalid("Cách tính khen thưởng", "Tối đa")).toEqual([
      "Mục “Cách tính khen thưởng” có giá trị “Tối đa” không hợp lệ: cần “Cao nhất” hoặc “Cộng dồn”. Tạm dùng mặc định: Cao nhất.",
    ]);
    expect(invalid("Cách tính khen thưởng", "Tối đa", "en")[0]).toContain(
      'expected "Cao nhất" or "Cộng dồn"',
    );
    expect(invalid("Giá trị quà", "hai trăm")).toEqual([
      "Mục “Giá trị quà” có giá trị “hai trăm” không hợp lệ: số tiền nguyên dương tính bằng đồng, ví dụ 500.000. Tạm dùng mặc định: 200.000 đồng.",
    ]);
    expect(invalid("Ngày tính tuổi", "31/06/2024")).toEqual([
      "Mục “Ngày tính tuổi” có giá trị “31/06/2024” không hợp lệ: ngày này không có trên lịch. Tạm dùng mặc định: 01/06/2024.",
    ]);
  });

  test("an optional setting typed wrong is treated as blank, and says so", () => {
    expect(invalid("Ngày nộp Quỹ", "31/02/2024")).toEqual([
      "Mục “Ngày nộp Quỹ” có giá trị “31/02/2024” không hợp lệ: ngày này không có trên lịch. Tạm coi như để trống.",
    ]);
    expect(invalid("Ngày nộp Quỹ", "31/02/2024", "en")).toEqual([
      'Setting "Ngày nộp Quỹ" has an invalid value "31/02/2024": no such day in the calendar. Treated as blank for now.',
    ]);
  });

  test("a missing key is named on the sheet, with its default", () => {
    const sheets = baseSheets();
    sheets["Cấu hình"] = sheets["Cấu hình"].filter((row) => row[0] !== "Giá trị quà");
    const [missing] = issuesOf(run(sheets), "SETTING_MISSING");
    expect(missing).toMatchObject({ sheet: "Cấu hình", cell: null, row: null });
    expect(missing.message).toBe("Chưa khai báo mục “Giá trị quà”: dùng mặc định 200.000 đồng.");
  });

  test("a blank key's row is named at its value cell", () => {
    const [missing] = issuesOf(withSetting("Giá trị quà", null), "SETTING_MISSING");
    expect(missing.cell).toMatch(/^B\d+$/);
    expect(missing.column).toBe("Giá trị");
  });
});
