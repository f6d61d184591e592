import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadZip } from "../support/zip-reader";
import { campaignSummary, runCampaign } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { cli, sha256, tempDir } from "./cli-helpers";

describe("action-month on the bundled sample", () => {
  const dir = tempDir();
  const input = path.join(dir, "mau.xlsx");
  const out = path.join(dir, "out");
  let inputHash = "";
  let report: ReturnType<typeof cli>;

  beforeAll(() => {
    expect(cli("init", input, "--sample").code).toBe(0);
    inputHash = sha256(input);
    report = cli("report", input, "--out", out, "--json", "--today", "05/07/2024");
  });

  it("exits 0 and prints one JSON object with the SPEC §5 fields", () => {
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "campaign",
        "validation",
        "staff",
        "children",
        "gifts",
        "awards",
        "contributions",
        "activities",
        "slogans",
        "outputs",
      ]),
    );
    expect(json.campaign).toMatchObject({
      year: 2024,
      referenceDate: "2024-06-01",
      schoolYear: "2023-2024",
      reportDate: "2024-07-05",
      deadline: "2024-07-22",
      daysToDeadline: 17,
    });
    expect(json.validation.issues[0]).toEqual(
      expect.objectContaining({
        sheet: expect.any(String),
        row: expect.any(Number),
        column: expect.any(String),
        cell: expect.any(String),
        code: expect.any(String),
        severity: expect.any(String),
        message: expect.any(String),
      }),
    );
    expect(json.outputs).toEqual({
      workbook: path.join(out, "mau.report.xlsx"),
      docx: path.join(out, "mau.report.docx"),
    });
  });

  it("reports the same figures as the engine on the sample in memory", () => {
    const expected = campaignSummary(runCampaign(sampleWorkbook(), { today: "2024-07-05" }));
    const { outputs: _outputs, ...json } = JSON.parse(report.stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("writes the report workbook with the input sheets and the four generated sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, "mau.report.xlsx"));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Cán bộ", "Con", "Kiểm tra", "DS tặng quà", "DS khen thưởng", "Báo cáo"]),
    );
    const gifts = workbook.getWorksheet("DS tặng quà")!;
    const json = JSON.parse(report.stdout);
    let lastRow = gifts.rowCount;
    while (lastRow > 0 && !gifts.getRow(lastRow).hasValues) lastRow -= 1;
    expect(gifts.getRow(lastRow).getCell(8).value).toBe(json.gifts.total);
    // Birth dates are real dates (exceljs hands date-formatted serials back as Dates), shown as dd/mm/yyyy.
    const firstChild = gifts.getColumn(3).values.findIndex((value) => value instanceof Date);
    expect(firstChild).toBeGreaterThan(4);
    expect(gifts.getRow(firstChild).getCell(3).numFmt).toBe("dd/mm/yyyy");
  });

  it("writes the .docx report", () => {
    const bytes = readFileSync(path.join(out, "mau.report.docx"));
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });

  it("--json gives every activity, the spend once by source, and staff and other contributors apart", () => {
    const json = JSON.parse(report.stdout);
    expect(json.activities.items).toHaveLength(json.activities.count);
    expect(json.activities.items[1]).toEqual({
      date: "2024-06-01",
      type: "Tặng quà",
      text: expect.stringContaining("Gặp mặt, tặng quà Tết thiếu nhi 1/6"),
      unit: "Văn phòng Sở",
      participants: 96,
      children: 71,
      cost: 14_200_000,
      source: "Công đoàn",
    });
    const costs = json.activities.items.reduce(
      (sum: number, item: { cost: number | null }) => sum + (item.cost ?? 0),
      0,
    );
    expect(json.spend.total).toBe(costs);
    expect(json.spend.total).toBe(json.activities.cost);
    expect(json.spend.bySource.reduce((sum: number, s: { total: number }) => sum + s.total, 0)).toBe(costs);
    expect(json.contributions).toMatchObject({
      contributors: 59,
      staffContributors: 58,
      otherContributors: 1,
    });
  });

  it("the .docx names each event with its date, states the spend once and keeps people and groups apart", async () => {
    const zip = loadZip(readFileSync(path.join(out, "mau.report.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const json = JSON.parse(report.stdout);
    for (const item of json.activities.items.filter(
      (i: { type: string }) => !/Tin bài|Khẩu hiệu/.test(i.type),
    )) {
      const [year, month, day] = item.date.split("-");
      expect(text).toContain(`${item.text}, ngày ${day}/${Number(month)}/${year}`);
    }
    expect(text.split("52.350.000").length - 1).toBe(1);
    expect(text).toContain(
      "Có 58/62 công chức, viên chức, người lao động của cơ quan tham gia ủng hộ, đạt 93,55%",
    );
    expect(text).toContain("01 tập thể, cá nhân ngoài cơ quan");
    // Phụ lục I and II each restart their page numbers at 1.
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
  });

  it("never modifies the input file", () => {
    expect(sha256(input)).toBe(inputHash);
  });

  it("prints a short human summary without --json", () => {
    const human = cli("report", input, "--out", out, "--today", "05/07/2024");
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Quà 1\/6: \d+ cháu × 200\.000 đ/);
    expect(human.stdout).toContain("còn 17 ngày đến hạn 22/07/2024");
  });

  it("checks without writing anything", () => {
    const check = cli("check", input, "--json", "--today", "05/07/2024");
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).validation.errors).toBe(0);
  });
});

describe("action-month on bad input", () => {
  const dir = tempDir();

  const expectOneLine = (text: string) => {
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).not.toMatch(/\n\s+at /);
  };

  it("a missing file: exit 2, one line", () => {
    const run = cli("report", path.join(dir, "khong-co.xlsx"));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain("Không tìm thấy tệp");
  });

  it("a corrupt or non-xlsx file: exit 2, one line", () => {
    const file = path.join(dir, "hong.xlsx");
    writeFileSync(file, "Mã CB;Họ và tên\nVP01;Nguyễn Văn An\n");
    const run = cli("check", file);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain("không phải sổ Excel .xlsx");
  });

  it("a workbook without Cán bộ: exit 1, the refusal on one line, no files written", async () => {
    const file = path.join(dir, "thieu-can-bo.xlsx");
    expect(cli("init", file, "--sample").code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.removeWorksheet(workbook.getWorksheet("Cán bộ")!.id);
    await workbook.xlsx.writeFile(file);
    const run = cli("report", file, "--out", path.join(dir, "out"), "--today", "05/07/2024");
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain("Không có trang tính “Cán bộ”");
    expect(existsSync(path.join(dir, "out", "thieu-can-bo.report.docx"))).toBe(false);
    const draft = cli("report", file, "--out", path.join(dir, "out"), "--today", "05/07/2024", "--draft");
    expect(draft.code).toBe(1);
    expect(existsSync(path.join(dir, "out", "thieu-can-bo.report.docx"))).toBe(true);
  });

  it.each([
    [["report"], "Thiếu tên tệp"],
    [["publish", "x.xlsx"], "Lệnh không hợp lệ"],
    [["report", "x.xlsx", "--today", "2024-07-05"], "--today cần một ngày"],
    [["report", "x.xlsx", "--colour"], "Tùy chọn không hợp lệ"],
  ])("usage errors exit 2 with one line: %p", (args, text) => {
    const run = cli(...args);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(text);
  });

  it("init refuses to overwrite without --force", () => {
    const file = path.join(dir, "co-roi.xlsx");
    expect(cli("init", file).code).toBe(0);
    const again = cli("init", file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
  });
});
