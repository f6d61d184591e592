import ExcelJS from "exceljs";
import { buildReportModel, type Cell, runCampaign, type WorkbookSnapshot } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import {
  type ActionContext,
  clearAction,
  computeAction,
  exportAction,
  validateAction,
} from "../../src/taskpane/actions";
import type { Question } from "../../src/taskpane/confirm";
import type { DeliveryHost } from "../../src/taskpane/delivery";
import type { SaveResult } from "../../src/taskpane/download-file";
import type { DeliveryOffer, DeliveryPorts } from "../../src/taskpane/export-flow";
import type { ExcelFake } from "../support/excel-fake";
import { rising } from "../../src/taskpane/progress";
import { stringsFor } from "../../src/taskpane/strings";
import { fakeOf, TODAY, withExcel } from "../excel/kit";

/**
 * The pane's flows against the Excel fake: what each button does, what it asks, and what it says, without a DOM.
 * The dialog and the download are stand-ins that record what they were given.
 */

/** The sample with `count` impossible dates of birth in `Con` (C4, C5, …): DATE_INVALID errors. */
function withBadDates(count: number): WorkbookSnapshot {
  const sample = sampleWorkbook();
  return {
    sheets: sample.sheets.map((sheet) =>
      sheet.name !== "Con"
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row, index): readonly Cell[] =>
              index >= 3 && index < 3 + count ? row.map((cell, c) => (c === 2 ? "31/02/2015" : cell)) : row,
            ),
          },
    ),
  };
}

interface Harness {
  readonly context: ActionContext;
  readonly questions: Question[];
  /** The models the .docx was built from. */
  readonly rendered: unknown[];
  /** Each save: the file name, and whether the save dialog was allowed. */
  readonly saves: { fileName: string; picker: boolean; bytes: Uint8Array }[];
  readonly opened: string[];
  readonly offers: (DeliveryOffer | null)[];
  readonly steps: number[];
}

/** Excel on the web, Export clicked in the pane. */
const WEB: DeliveryHost = {
  platform: "OfficeOnline",
  inClick: true,
  httpsUrl: "https://contoso.sharepoint.com/sites/vp/Theo%20doi.xlsx",
  canOpenBrowser: false,
  canCreateWorkbook: true,
};
const PC: DeliveryHost = { ...WEB, platform: "PC", canOpenBrowser: true };
const MAC: DeliveryHost = { ...WEB, platform: "Mac", canOpenBrowser: true };
const DOCX = new Uint8Array([0x50, 0x4b, 3, 4]);

function harness(
  answers: boolean[] = [],
  overrides: Partial<ActionContext> = {},
  save: (picker: boolean) => Promise<SaveResult> = async () => "downloaded",
): Harness {
  const questions: Question[] = [];
  const rendered: unknown[] = [];
  const saves: Harness["saves"] = [];
  const opened: string[] = [];
  const offers: (DeliveryOffer | null)[] = [];
  const steps: number[] = [];
  const ports: DeliveryPorts = {
    renderDocx: async (model) => {
      rendered.push(model);
      return DOCX;
    },
    saveFile: async (bytes, fileName, picker) => {
      saves.push({ fileName, picker, bytes });
      return save(picker);
    },
    openBrowser: (url) => opened.push(url),
    offer: (offer) => offers.push(offer),
  };
  const context: ActionContext = {
    locale: "vi",
    strings: stringsFor("vi"),
    ask: async (question) => {
      questions.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`Unexpected question: ${question.message}`);
      return answer;
    },
    progress: rising((_step, fraction) => steps.push(fraction)),
    today: TODAY,
    delivery: WEB,
    ports,
    ...overrides,
  };
  return { context, questions, rendered, saves, opened, offers, steps };
}

/** The sheets of the workbook Excel.createWorkbook was handed, with the first cell of each. */
async function createdSheets(fake: ExcelFake): Promise<{ name: string; a1: unknown }[]> {
  expect(fake.model.createdWorkbooks).toHaveLength(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(fake.model.createdWorkbooks[0], "base64") as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, a1: sheet.getCell("A1").value }));
}

const FILE = "so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx";

describe("Kiểm tra dữ liệu", () => {
  it("says the counts in one sentence and hands the result to the view", async () => {
    const { context, questions } = harness();
    const outcome = await withExcel(fakeOf(sampleWorkbook()), () => validateAction(context));
    expect(outcome.status).toMatch(/^Đã kiểm tra: 0 lỗi, 1 cảnh báo, \d+ lưu ý\.$/);
    expect(outcome.kind).toBe("success");
    expect(outcome.result?.counts.error).toBe(0);
    expect(questions).toEqual([]);
  });
});

describe("Xuất báo cáo", () => {
  it("on the web, inside the click, downloads the .docx made from the command line's model", async () => {
    const { context, questions, rendered, saves, offers, steps } = harness();
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(questions).toEqual([]);
    const cli = buildReportModel(runCampaign(sampleWorkbook(), { today: TODAY, locale: "vi" }));
    expect(rendered).toEqual([cli]);
    expect(saves).toEqual([{ fileName: FILE, picker: false, bytes: DOCX }]);
    expect(offers).toEqual([]);
    expect(outcome).toMatchObject({
      status: `Đã tải báo cáo về máy: ${FILE}, trong thư mục Tải xuống của trình duyệt.`,
      kind: "success",
    });
    // Compute & fill ran first: the sheets and the document agree.
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["DS tặng quà", "DS khen thưởng", "Báo cáo"]));
    expect(fake.model.createdWorkbooks).toEqual([]);
    // The bar only grows, and ends full.
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[steps.length - 1]).toBe(1);
  });

  it("asks before a draft, naming the first three errors' cells; No is one calm line and the first error", async () => {
    const { context, questions, saves } = harness([false]);
    const outcome = await withExcel(fakeOf(withBadDates(5)), () => exportAction(context));
    expect(questions).toHaveLength(1);
    expect(questions[0].message).toBe(
      "Sổ còn 5 lỗi (trang tính Con, ô C4, trang tính Con, ô C5, trang tính Con, ô C6, …). Xuất bản nháp có dấu DỰ THẢO?",
    );
    expect(saves).toEqual([]);
    expect(outcome.kind).toBe("warning");
    expect(outcome.status).toBe("Chưa xuất báo cáo: sổ còn 5 lỗi.");
    expect(outcome.firstError).toMatchObject({ sheet: "Con", cell: "C4", severity: "error" });
  });

  it("exports a draft on Yes, its file name and its result line saying so", async () => {
    const { context, saves, rendered } = harness([true]);
    const outcome = await withExcel(fakeOf(withBadDates(1)), () => exportAction(context));
    expect(saves.map((save) => save.fileName)).toEqual([FILE.replace(".docx", "-du-thao.docx")]);
    expect(rendered[0]).toMatchObject({ draft: true });
    expect(outcome.kind).toBe("warning");
    expect(outcome.status).toMatch(/bản DỰ THẢO/);
  });

  it("on the web without a click (the ribbon started it) offers the Save button instead", async () => {
    const { context, saves, offers } = harness([], { delivery: { ...WEB, inClick: false } });
    const outcome = await withExcel(fakeOf(sampleWorkbook()), () => exportAction(context));
    expect(saves).toEqual([]);
    expect(offers).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: "info", status: expect.stringContaining("“Lưu báo cáo (.docx)”") });
    const notice = await offers[0]!.save!();
    expect(saves).toEqual([{ fileName: FILE, picker: true, bytes: DOCX }]);
    expect(notice).toMatchObject({
      kind: "success",
      status: expect.stringMatching(/^Đã tải báo cáo về máy/),
    });
  });

  it("on Windows waits for the Save button, then saves through the dialog or the download", async () => {
    const results: SaveResult[] = ["picked", "downloaded", "cancelled"];
    const { context, saves, offers } = harness([], { delivery: PC }, async () => results.shift()!);
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(outcome).toMatchObject({
      kind: "info",
      status: `Báo cáo đã sẵn sàng (${FILE}). Bấm “Lưu báo cáo (.docx)” để lưu tệp.`,
    });
    expect(saves).toEqual([]);
    const offer = offers[0]!;
    expect(Object.keys(offer).filter((key) => offer[key as keyof DeliveryOffer])).toEqual([
      "save",
      "openWorkbook",
    ]);
    await expect(offer.save!()).resolves.toEqual({ kind: "success", status: `Đã lưu báo cáo: ${FILE}.` });
    await expect(offer.save!()).resolves.toMatchObject({
      kind: "success",
      status: expect.stringContaining(
        "thư mục Tải xuống. Nếu không thấy tệp, bấm “Mở báo cáo trong sổ mới”.",
      ),
    });
    await expect(offer.save!()).resolves.toMatchObject({
      kind: "info",
      status: expect.stringContaining("Hủy"),
    });
    expect(saves.every((save) => save.picker)).toBe(true);
    expect(fake.model.createdWorkbooks).toEqual([]);
  });

  it("on Windows where saving fails opens the whole report as a new workbook, as a warning", async () => {
    const { context, offers } = harness([], { delivery: PC }, async () => {
      throw new DOMException("Blocked", "SecurityError");
    });
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => exportAction(context));
    const notice = await withExcel(fake, () => offers[0]!.save!());
    expect(notice.kind).toBe("warning");
    expect(notice.status).toMatch(/^Không lưu được tệp \.docx trong Excel này\. Đã mở toàn bộ báo cáo/);
    expect(notice.status).toContain("Tệp › Lưu");
    expect(notice.status).toContain("Microsoft Print to PDF");
    const sheets = await createdSheets(fake);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Báo cáo", "DS tặng quà", "DS khen thưởng"]);
    expect(sheets[1].a1).toBe("DANH SÁCH TẶNG QUÀ TẾT THIẾU NHI 1/6/2024");
    expect(sheets[0].a1).toBe(fake.values("Báo cáo")[0][0]);
  });

  it("on a Mac with the workbook on SharePoint offers Excel on the web and the new workbook", async () => {
    const { context, offers, opened, saves } = harness([], { delivery: MAC });
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(outcome.kind).toBe("info");
    expect(outcome.status).toMatch(/^Excel cho Mac không lưu được tệp \.docx/);
    expect(offers[0]!.save).toBeUndefined();
    expect(offers[0]!.openOnWeb!()).toMatchObject({ kind: "info" });
    expect(opened).toEqual([MAC.httpsUrl]);
    const notice = await withExcel(fake, () => offers[0]!.openWorkbook!());
    expect(notice.kind).toBe("warning");
    expect((await createdSheets(fake)).map((sheet) => sheet.name)).toEqual([
      "Báo cáo",
      "DS tặng quà",
      "DS khen thưởng",
    ]);
    expect(saves).toEqual([]);
  });

  it("on a Mac with a local workbook opens the new workbook at once, without building a .docx", async () => {
    const { context, offers, rendered } = harness([], { delivery: { ...MAC, httpsUrl: null } });
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(rendered).toEqual([]);
    expect(offers).toEqual([]);
    expect(outcome.kind).toBe("warning");
    expect(outcome.status).toMatch(
      /^Excel này không lưu được tệp \.docx từ ngăn bổ trợ\. Đã mở toàn bộ báo cáo/,
    );
    expect(fake.model.createdWorkbooks).toHaveLength(1);
  });

  it("on ExcelApi 1.7 brings the filled Báo cáo sheet to the front and says how to print it", async () => {
    const { context } = harness([], { delivery: { ...MAC, httpsUrl: null, canCreateWorkbook: false } });
    const fake = fakeOf(sampleWorkbook(), { apiVersion: 1.7 });
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(outcome.kind).toBe("warning");
    expect(outcome.status).toContain("trang tính Báo cáo, đang mở trước mặt bạn");
    expect(fake.model.activeSheet?.name).toBe("Báo cáo");
    expect(
      fake
        .values("Báo cáo")
        .flat()
        .filter((value) => value !== null).length,
    ).toBeGreaterThan(20);
    expect(fake.model.createdWorkbooks).toEqual([]);
  });
});

describe("sheets edited by hand", () => {
  async function editedFake() {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAction(harness().context));
    fake.sheet("DS tặng quà").cellForWrite(5, 8).content = { kind: "string", value: "Đã nhận" };
    return fake;
  }

  it("asks, and on Yes runs again replacing them", async () => {
    const fake = await editedFake();
    const { context, questions } = harness([true]);
    const outcome = await withExcel(fake, () => computeAction(context));
    expect(questions.map((q) => q.message)).toEqual([
      "Các trang tính DS tặng quà đã được sửa tay. Thay bằng bản mới?",
    ]);
    expect(outcome.status).toMatch(/^Đã tính và điền báo cáo: /);
  });

  it("on No keeps them and says nothing ran", async () => {
    const fake = await editedFake();
    const { context } = harness([false]);
    const outcome = await withExcel(fake, () => computeAction(context));
    expect(outcome).toEqual({
      status: "Đã giữ nguyên các trang tính sửa tay (DS tặng quà); thao tác chưa chạy.",
      kind: "warning",
    });
    expect(fake.values("DS tặng quà")[5][8]).toBe("Đã nhận");
  });
});

describe("Xoá danh sách đã tạo", () => {
  it("deletes nothing unless confirmed", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAction(harness().context));
    const before = fake.sheetNames();
    const outcome = await withExcel(fake, () => clearAction(harness([false]).context));
    expect(outcome.status).toBe("Đã hủy.");
    expect(fake.sheetNames()).toEqual(before);
  });

  it("deletes the generated sheets once confirmed", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAction(harness().context));
    const outcome = await withExcel(fake, () => clearAction(harness([true]).context));
    expect(outcome.status).toMatch(/^Đã xóa 4 trang tính: /);
    expect(fake.sheetNames()).not.toContain("Báo cáo");
  });
});
