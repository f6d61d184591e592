import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Cell, SheetGrid } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { cli, sha256, tempDir } from "./cli-helpers";

/** The sheets of an .xlsx as the engine reads them. */
async function sheetsOf(file: string): Promise<Map<string, Cell[][]>> {
  const snapshot = readWorkbook(readFileSync(file), undefined, "all").snapshot;
  // Array.from fills the holes of exceljs's sparse rows, so rows compare cell for cell.
  return new Map(
    snapshot.sheets.map((sheet) => [
      sheet.name,
      sheet.rows.map((row) => Array.from(row, (cell) => cell ?? null)),
    ]),
  );
}

/** Rows from the header row on (the first row holding `header`), blank rows dropped. */
function table(rows: readonly (readonly Cell[])[], header: string): Cell[][] {
  const start = rows.findIndex((row) => row.includes(header));
  return rows
    .slice(start)
    .filter((row) => row.some((cell) => cell !== null && cell !== ""))
    .map((row) => [...row]);
}

const column = (rows: readonly (readonly Cell[])[], header: string): number => rows[0].indexOf(header);

/** yyyy-mm-dd of a 1900-system serial, by plain UTC arithmetic. */
const isoOf = (serial: number): string =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

/** Full years on `on` of someone born on `born` (both yyyy-mm-dd). */
function ageOn(born: string, on: string): number {
  const [by, bm, bd] = born.split("-").map(Number);
  const [y, m, d] = on.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const sampleSheet = (name: string): SheetGrid =>
  sampleWorkbook().sheets.find((sheet) => sheet.name === name)!;

describe("action-month init --from: next year's tracker from last year's", () => {
  const dir = tempDir();
  const old = path.join(dir, "thang-hanh-dong-2024.xlsx");
  const next = path.join(dir, "thang-hanh-dong-2025.xlsx");
  let oldHash = "";
  let run: ReturnType<typeof cli>;
  let before: Map<string, Cell[][]>;
  let after: Map<string, Cell[][]>;

  beforeAll(async () => {
    expect(cli("init", old, "--sample").code).toBe(0);
    oldHash = sha256(old);
    run = cli("init", next, "--from", old);
    before = await sheetsOf(old);
    after = await sheetsOf(next);
  });

  it("creates the new file, says where it is, and leaves the old file byte for byte as it was", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(path.resolve(next));
    expect(run.stdout).toContain("năm 2025");
    expect(run.stdout).toContain("Cần xem lại");
    expect(sha256(old)).toBe(oldHash);
  });

  it("writes the input sheets only: no generated sheet, no leftovers of last year's run", () => {
    expect([...after.keys()].filter((name) => name !== "Danh mục")).toEqual([
      "Cấu hình",
      "Đơn vị",
      "Cán bộ",
      "Con",
      "Mức khen thưởng",
      "Ủng hộ",
      "Hoạt động",
      "Khẩu hiệu",
    ]);
  });

  it("validates with no error; its warnings are the review marks and what last year's rows already had", () => {
    const checkOld = JSON.parse(cli("check", old, "--json", "--today", "05/07/2024").stdout);
    const check = cli("check", next, "--json", "--today", "05/07/2025");
    expect(check.code).toBe(0);
    const { validation } = JSON.parse(check.stdout);
    expect(validation.errors).toBe(0);
    type Found = { code: string; cell: string; sheet: string; severity: string; column: string };
    const warnings: Found[] = validation.issues.filter((issue: Found) => issue.severity === "warning");
    const review = warnings.filter((issue) => issue.code === "SETTING_REVIEW");
    expect(review.map((issue) => issue.column)).toEqual(Array(review.length).fill("Xem lại"));
    // The sample fills every key the rollover marks, `Văn bản cấp trên` included.
    expect(review).toHaveLength(11);
    // The sample's one carried warning (a child entered under both parents) comes along with its rows; a report
    // text left blank for the new year may be flagged by REPORT_TEXT_MISSING. Nothing else.
    const carried = (checkOld.validation.issues as Found[])
      .filter((issue) => issue.severity === "warning" && issue.sheet !== "Cấu hình")
      .map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`);
    const others = warnings
      .filter((issue) => issue.code !== "SETTING_REVIEW" && issue.code !== "REPORT_TEXT_MISSING")
      .map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`);
    expect(others).toEqual(carried);
    expect(others).toEqual(["CHILD_DUPLICATE Con!B47"]);
  });

  it("moves the year, every campaign date and the school year to 2025", () => {
    const { campaign } = JSON.parse(cli("check", next, "--json", "--today", "05/07/2025").stdout);
    expect(campaign).toMatchObject({
      year: 2025,
      startDate: "2025-06-01",
      endDate: "2025-06-30",
      referenceDate: "2025-06-01",
      schoolYear: "2024-2025",
      deadline: "2025-07-22",
      reportDate: "2025-07-05",
    });
  });

  it("clears last year's report fields and marks the settings that may have changed", () => {
    const settings = table(after.get("Cấu hình")!, "Mục");
    expect(settings[0]).toEqual(["Mục", "Giá trị", "Xem lại"]);
    const value = (key: string) => settings.find((row) => row[0] === key)?.[1] ?? null;
    const mark = (key: string) => settings.find((row) => row[0] === key)?.[2] ?? null;
    for (const key of ["Số báo cáo", "Ngày báo cáo", "Ưu điểm", "Hạn chế", "Đề xuất"])
      expect(value(key)).toBeNull();
    const oldSettings = table(before.get("Cấu hình")!, "Mục");
    for (const key of [
      "Cơ quan chủ quản",
      "Cơ quan",
      "Nơi nhận báo cáo",
      "Căn cứ",
      "Quyền hạn ký",
      "Người ký",
    ]) {
      expect(value(key)).toBe(oldSettings.find((row) => row[0] === key)![1]);
      expect(mark(key)).toBe("Cần xem lại");
    }
    for (const key of ["Năm tổ chức", "Giá trị quà", "Tuổi nhận quà (dưới)", "Cách tính khen thưởng"])
      expect(mark(key)).toBeNull();
    expect(value("Giá trị quà")).toBe(200_000);
  });

  it("carries units, staff and award tiers row for row", () => {
    for (const name of ["Đơn vị", "Cán bộ", "Mức khen thưởng"])
      expect(after.get(name)).toEqual(before.get(name));
  });

  it("carries every child with the grade moved up a year, 12 left blank, Mầm non kept, titles and prizes cleared", () => {
    const oldChildren = table(before.get("Con")!, "Mã CB");
    const newChildren = table(after.get("Con")!, "Mã CB");
    expect(newChildren[0]).toEqual(oldChildren[0]);
    expect(newChildren).toHaveLength(oldChildren.length);
    const at = (header: string) => column(oldChildren, header);
    const nextGradeByHand = (grade: Cell): Cell =>
      grade === 12 ? null : typeof grade === "number" && grade >= 1 ? grade + 1 : grade;
    oldChildren.slice(1).forEach((row, index) => {
      const expected = Array.from({ length: oldChildren[0].length }, (_, i) => row[i] ?? null);
      expected[at("Lớp")] = nextGradeByHand(expected[at("Lớp")]);
      expected[at("Danh hiệu")] = null;
      expected[at("Giải thưởng")] = null;
      const actual = [...newChildren[index + 1]];
      while (actual.length < expected.length) actual.push(null);
      expect(actual).toEqual(expected);
    });
    // Checked on named rows too, in case the rule above were wrong the same way as the code.
    const child = (name: string) => newChildren.find((row) => row[1] === name)!;
    expect(child("Dương Khánh Linh")[at("Lớp")]).toBeNull(); // grade 12 in 2023-2024
    expect(child("Trịnh Hoài Nam")[at("Lớp")]).toBe(12); // grade 11
    expect(child("Hoàng Thu Trang")).toBeDefined(); // a university student, over 16: stays
    const preschool = oldChildren.filter((row) => row[at("Lớp")] === "Mầm non").map((row) => row[1]);
    expect(preschool.length).toBeGreaterThan(0);
    for (const name of preschool) expect(child(String(name))[at("Lớp")]).toBe("Mầm non");
  });

  it("keeps the slogans' text and clears when and where they were posted; empties contributions and activities", () => {
    const slogans = table(after.get("Khẩu hiệu")!, "STT");
    const oldSlogans = table(before.get("Khẩu hiệu")!, "STT");
    expect(slogans.map((row) => row[1])).toEqual(oldSlogans.map((row) => row[1]));
    for (const row of slogans.slice(1)) expect([row[2] ?? null, row[3] ?? null]).toEqual([null, null]);
    for (const name of ["Ủng hộ", "Hoạt động"]) {
      const rows = after.get(name)!.filter((row) => row.some((cell) => cell !== null));
      const oldRows = before.get(name)!;
      expect(rows).toEqual(oldRows.slice(0, rows.length));
      expect(oldRows.length).toBeGreaterThan(rows.length + 5);
    }
  });

  it("refuses to overwrite an existing file without --force, and never the old file", () => {
    const hash = sha256(next);
    const again = cli("init", next, "--from", old);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(sha256(next)).toBe(hash);
    const onItself = cli("init", old, "--from", old, "--force");
    expect(onItself.code).toBe(2);
    expect(onItself.stderr.trim().split("\n")).toHaveLength(1);
    expect(sha256(old)).toBe(oldHash);
  });

  it("says in one line what is wrong with a missing old file, or --year without --from", () => {
    for (const args of [
      ["init", path.join(dir, "y.xlsx"), "--from", path.join(dir, "khong-co.xlsx")],
      ["init", path.join(dir, "y.xlsx"), "--year", "2025"],
      ["check", old, "--from", old],
    ]) {
      const refused = cli(...args);
      expect({ args, code: refused.code, lines: refused.stderr.trim().split("\n").length }).toEqual({
        args,
        code: 2,
        lines: 1,
      });
    }
    expect(cli("init", path.join(dir, "y.xlsx"), "--from", path.join(dir, "khong-co.xlsx")).stderr).toContain(
      "Không tìm thấy tệp",
    );
  });

  it("takes --year for a later year, and refuses one that is not after last year's", () => {
    const later = path.join(dir, "thang-hanh-dong-2026.xlsx");
    expect(cli("init", later, "--from", old, "--year", "2026").code).toBe(0);
    const { campaign } = JSON.parse(cli("check", later, "--json", "--today", "05/07/2026").stdout);
    expect(campaign).toMatchObject({ year: 2026, referenceDate: "2026-06-01", schoolYear: "2025-2026" });
    const back = cli("init", path.join(dir, "x.xlsx"), "--from", old, "--year", "2024");
    expect(back.code).toBe(2);
    expect(back.stderr).toContain("2024");
  });

  it("once the marks are cleared, reports the 2025 gift list: ages on 01/06/2025, from last year's children", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(next);
    const settings = workbook.getWorksheet("Cấu hình")!;
    settings.eachRow((row) => {
      if (row.getCell(3).value === "Cần xem lại") row.getCell(3).value = null;
    });
    const reviewed = path.join(dir, "da-xem-lai.xlsx");
    writeFileSync(reviewed, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const out = path.join(dir, "out");
    const report = cli("report", reviewed, "--out", out, "--json", "--today", "05/07/2025");
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout);
    expect(
      json.validation.issues.filter((issue: { code: string }) => issue.code === "SETTING_REVIEW"),
    ).toEqual([]);

    // The expected list, by hand from the sample's own rows: a child of a known staff member, under 16 and born
    // by 01/06/2025, counted once however many parents list it.
    const staffRows = table(sampleSheet("Cán bộ").rows, "Mã CB");
    const staff = new Set(staffRows.slice(1).map((row) => row[column(staffRows, "Mã CB")]));
    const children = table(sampleSheet("Con").rows, "Mã CB");
    const [id, name, born] = ["Mã CB", "Họ và tên con", "Ngày sinh"].map((header) =>
      column(children, header),
    );
    const expected = new Map<string, number>();
    for (const row of children.slice(1)) {
      const birth = isoOf(row[born] as number);
      const age = ageOn(birth, "2025-06-01");
      if (staff.has(row[id]) && age >= 0 && age < 16) expected.set(`${row[name]} ${birth}`, age);
    }
    expect(json.gifts.count).toBe(expected.size);
    expect(json.gifts.total).toBe(expected.size * 200_000);

    const gifts = (await sheetsOf(json.outputs.workbook)).get("DS tặng quà")!;
    const listed = new Map(
      gifts
        .filter(
          (row) => typeof row[0] === "number" && typeof row[1] === "string" && typeof row[2] === "number",
        )
        .map((row) => [`${row[1]} ${isoOf(row[2] as number)}`, row[3]]),
    );
    expect(listed).toEqual(expected);
  });
});
