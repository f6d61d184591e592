import type { WorkbookSnapshot } from "../../src/engine";
import { computeAndFill, validate } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payload-budget";
import { ExcelFake } from "../support/excel-fake";
import { syntheticWorkbook } from "../support/synthetic-workbook";
import { OPTIONS, withExcel } from "../excel/kit";

/**
 * SPEC §6 under errors: Validate and Compute & fill keep their 5 syncs when the roster is full of issues. With
 * 10 000 staff and every birth date invalid (13 000 issues, 8 MB of `Kiểm tra` in full), the issue rows share the
 * build request's budget with the lists: the sheet lists the first issues, errors first, and a last row says how
 * many more there are.
 */

/** The synthetic tracker with every child's birth date impossible (31/02): one DATE_INVALID per child row. */
function everyBirthDateInvalid(staff: number): WorkbookSnapshot {
  const snapshot = syntheticWorkbook({ staff });
  return {
    sheets: snapshot.sheets.map((sheet) => {
      if (sheet.name !== "Con") return sheet;
      const headerRow = sheet.rows.findIndex((row) => row.includes("Ngày sinh"));
      const column = sheet.rows[headerRow].indexOf("Ngày sinh");
      return {
        ...sheet,
        rows: sheet.rows.map((row, r) =>
          r <= headerRow ? row : row.map((cell, c) => (c === column ? "31/02/2015" : cell)),
        ),
      };
    }),
  };
}

interface Run {
  syncs: number;
  maxRequest: number;
  issues: number;
  errors: number;
  sheet: (string | number | boolean)[][];
}

async function runBoth(staff: number): Promise<Record<"validate" | "computeAndFill", Run>> {
  const fake = ExcelFake.fromSheets(everyBirthDateInvalid(staff).sheets);
  const runs: Partial<Record<"validate" | "computeAndFill", Run>> = {};
  await withExcel(fake, async () => {
    for (const [name, operation] of [
      ["validate", validate],
      ["computeAndFill", computeAndFill],
    ] as const) {
      fake.resetStats();
      const report = await operation(OPTIONS);
      expect(report.syncs).toBe(fake.syncCount);
      runs[name] = {
        syncs: report.syncs,
        maxRequest: fake.maxRequestBytes,
        issues: report.result.issues.length,
        errors: report.result.counts.error,
        sheet: fake.values("Kiểm tra") as (string | number | boolean)[][],
      };
    }
  });
  return runs as Record<"validate" | "computeAndFill", Run>;
}

/** Issue rows of `Kiểm tra`: under the title, summary and header, numbered from 1. */
const issueRows = (sheet: Run["sheet"]) => sheet.slice(3).filter((row) => typeof row[0] === "number");

describe("syncs per operation with thousands of issues", () => {
  let small: Awaited<ReturnType<typeof runBoth>>;
  let large: Awaited<ReturnType<typeof runBoth>>;

  beforeAll(async () => {
    small = await runBoth(100);
    large = await runBoth(10_000);
  }, 300_000);

  it.each(["validate", "computeAndFill"] as const)(
    "%s makes 5 syncs for 100 and for 10 000 staff",
    (name) => {
      expect(large[name].issues).toBeGreaterThan(12_000);
      expect([small[name].syncs, large[name].syncs]).toEqual([5, 5]);
      expect(large[name].maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    },
  );

  it("lists every issue when they fit", () => {
    const { sheet, issues } = small.validate;
    expect(issueRows(sheet)).toHaveLength(issues);
    expect(sheet.some((row) => String(row[0]).startsWith("Còn "))).toBe(false);
  });

  it.each(["validate", "computeAndFill"] as const)(
    "%s lists the first issues, errors first, and says how many more",
    (name) => {
      const { sheet, issues, errors } = large[name];
      const listed = issueRows(sheet);
      expect(listed.length).toBeGreaterThan(1_000);
      expect(listed.length).toBeLessThan(issues);
      expect(listed.map((row) => row[0])).toEqual(listed.map((_, i) => i + 1));
      expect(listed.slice(0, Math.min(errors, listed.length)).every((row) => row[1] === "Lỗi")).toBe(true);
      const note = String(sheet[sheet.length - 1][0]);
      expect(note).toMatch(
        /^Còn [\d.]+ vấn đề khác không ghi vào trang tính này \(quá nhiều cho một lần ghi\); ngăn tác vụ liệt kê đủ\./,
      );
      const more = Number(/^Còn ([\d.]+)/.exec(note)![1].replace(/\./g, ""));
      expect(listed.length + more).toBe(issues);
    },
  );
});
