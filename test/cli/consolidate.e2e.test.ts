/**
 * `action-month consolidate` as the receiving agency runs it: five agencies' trackers and a corrupt file in one
 * folder. The province's totals must equal the sum of each agency's own `report --json`; the child both of whose
 * parents' agencies list it is found; the corrupt file is listed with its reason and does not stop the run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { fiveAgencyWorkbooks, SHARED_CHILD } from "../support/agency-workbook";
import { writeTracker } from "../support/write-tracker";
import { loadZip } from "../support/zip-reader";
import { cli, tempDir } from "./cli-helpers";

const TODAY = "05/07/2024";

interface AgencyJson {
  file: string;
  agency: string;
  reportDate: string;
  errors: number;
  staff: number;
  gifts: { count: number; total: number };
  awards: { count: number; total: number };
  contributions: { total: number; participation: number };
  spend: number;
}

let dir: string;
let out: string;
const agencies = fiveAgencyWorkbooks();

beforeAll(async () => {
  dir = tempDir();
  out = path.join(dir, "tong-hop");
  const inbox = path.join(dir, "nhan");
  mkdirSync(inbox);
  for (const { name, snapshot } of agencies) await writeTracker(snapshot, path.join(inbox, name));
  writeFileSync(path.join(inbox, "hong.xlsx"), "PK\u0003\u0004 not really a zip");
  writeFileSync(path.join(inbox, "ghi-chu.txt"), "not a workbook, not an .xlsx: ignored");
}, 60_000);

const inbox = (): string => path.join(dir, "nhan");

describe("consolidate", () => {
  let run: ReturnType<typeof cli>;
  let json: {
    agencies: AgencyJson[];
    totals: Omit<AgencyJson, "file" | "agency" | "reportDate"> & { agencies: number };
    crossAgencyChildren: { name: string; dateOfBirth: string; agencies: string[] }[];
    duplicateAgencies: string[];
    unreadable: { file: string; reason: string }[];
    outputs: { docx: string; workbook: string };
  };
  beforeAll(() => {
    run = cli(
      "consolidate",
      inbox(),
      "--out",
      out,
      "--json",
      "--today",
      TODAY,
      "--signer",
      "Nguyễn Văn Minh",
    );
    json = JSON.parse(run.stdout);
  });

  test("one row per agency file, and the corrupt file listed with its reason; exit 1", () => {
    expect(json.agencies.map((row) => row.agency).sort()).toEqual(agencies.map((a) => a.agency).sort());
    expect(json.unreadable).toEqual([
      { file: path.join(inbox(), "hong.xlsx"), reason: expect.stringMatching(/xlsx/) },
    ]);
    expect(run.stderr).toContain("hong.xlsx");
    expect(run.code).toBe(1);
  });

  test("each row and the totals equal the agencies' own report --json figures", () => {
    const own = agencies.map(({ name }) => {
      const report = cli(
        "report",
        path.join(inbox(), name),
        "--json",
        "--today",
        TODAY,
        "--out",
        path.join(dir, "own"),
      );
      return { name, summary: JSON.parse(report.stdout) };
    });
    for (const { name, summary } of own) {
      const row = json.agencies.find((agency) => agency.file.endsWith(name))!;
      expect(row).toMatchObject({
        reportDate: summary.campaign.reportDate,
        errors: summary.validation.errors,
        staff: summary.staff.count,
        gifts: { count: summary.gifts.count, total: summary.gifts.total },
        awards: { count: summary.awards.count, total: summary.awards.total },
        contributions: {
          total: summary.contributions.total,
          participation: summary.contributions.participation,
        },
        spend: summary.activities.cost,
      });
    }
    const sum = (pick: (summary: (typeof own)[number]["summary"]) => number): number =>
      own.reduce((total, { summary }) => total + pick(summary), 0);
    expect(json.totals).toMatchObject({
      agencies: 5,
      staff: sum((s) => s.staff.count),
      gifts: { count: sum((s) => s.gifts.count), total: sum((s) => s.gifts.total) },
      awards: { count: sum((s) => s.awards.count), total: sum((s) => s.awards.total) },
      contributions: { total: sum((s) => s.contributions.total) },
      spend: sum((s) => s.activities.cost),
      errors: sum((s) => s.validation.errors),
    });
  });

  test("the child on two agencies' lists is found once, with both agencies", () => {
    expect(json.crossAgencyChildren).toEqual([
      {
        name: SHARED_CHILD.name,
        dateOfBirth: SHARED_CHILD.birthDate,
        agencies: expect.arrayContaining([agencies[0].agency, agencies[1].agency]),
      },
    ]);
    expect(json.crossAgencyChildren[0].agencies).toHaveLength(2);
    expect(json.duplicateAgencies).toEqual([]);
  });

  test("writes the consolidated report (.docx, the receiving agency's header, the annex) and the workbook", async () => {
    expect(existsSync(json.outputs.docx)).toBe(true);
    const documentXml = await loadZip(readFileSync(json.outputs.docx))
      .file("word/document.xml")!
      .async("string");
    const text = documentXml.replace(/<[^>]+>/g, "");
    expect(text).toContain("SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI");
    expect(text).toContain("Nguyễn Văn Minh");
    expect(text).toContain("Phụ lục 1");
    for (const { agency } of agencies) expect(text).toContain(agency);
    expect(text).toContain(SHARED_CHILD.name);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(json.outputs.workbook) as unknown as ArrayBuffer);
    const table = workbook.getWorksheet("Tổng hợp")!;
    const totalRow = 3 + agencies.length + 1;
    expect(table.getRow(totalRow).getCell(2).value).toBe("TỔNG CỘNG");
    expect(table.getRow(totalRow).getCell(8).value).toBe(json.totals.gifts.total);
    expect(workbook.getWorksheet("Trùng giữa cơ quan")).toBeDefined();
    expect(workbook.getWorksheet("Tệp không đọc được")).toBeDefined();
  });

  test("the same agency in two files is flagged; its outputs are not read back when the folder is run again", () => {
    const again = cli(
      "consolidate",
      inbox(),
      path.join(inbox(), agencies[2].name),
      out,
      "--json",
      "--today",
      TODAY,
      "--out",
      out,
    );
    const second = JSON.parse(again.stdout);
    // A file named twice is read once: the folder already holds it.
    expect(second.agencies).toHaveLength(5);
    const copy = path.join(dir, "ban-sao.xlsx");
    writeFileSync(copy, readFileSync(path.join(inbox(), agencies[3].name)));
    const withCopy = JSON.parse(
      cli("consolidate", inbox(), copy, "--json", "--today", TODAY, "--out", out).stdout,
    );
    expect(withCopy.duplicateAgencies).toEqual([agencies[3].agency]);
  });
});

describe("consolidate: usage", () => {
  test("clean files only: exit 0", () => {
    const clean = path.join(dir, "sach");
    mkdirSync(clean, { recursive: true });
    writeFileSync(path.join(clean, "a.xlsx"), readFileSync(path.join(inbox(), agencies[0].name)));
    const run = cli("consolidate", clean, "--today", TODAY, "--out", path.join(dir, "sach-out"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(agencies[0].agency);
  });

  test("no path, an unknown flag, or an empty folder: one line, exit 2", () => {
    const empty = path.join(dir, "trong");
    mkdirSync(empty);
    for (const args of [["consolidate"], ["consolidate", inbox(), "--bogus"], ["consolidate", empty]]) {
      const run = cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^Lỗi: /);
    }
  });
});
