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
import { rising } from "../../src/taskpane/progress";
import { stringsFor } from "../../src/taskpane/strings";

const STRINGS_VI = stringsFor("vi");
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
  readonly downloads: { model: unknown; fileName: string }[];
  readonly steps: number[];
}

function harness(answers: boolean[] = [], overrides: Partial<ActionContext> = {}): Harness {
  const questions: Question[] = [];
  const downloads: { model: unknown; fileName: string }[] = [];
  const steps: number[] = [];
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
    delivery: "download",
    downloadDocx: async (model, fileName) => downloads.push({ model, fileName }),
    ...overrides,
  };
  return { context, questions, downloads, steps };
}

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
  it("downloads the .docx made from the same model as the command line's, asking nothing when clean", async () => {
    const { context, questions, downloads, steps } = harness();
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(questions).toEqual([]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe("so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx");
    const cli = buildReportModel(runCampaign(sampleWorkbook(), { today: TODAY, locale: "vi" }));
    expect(downloads[0].model).toEqual(cli);
    expect(outcome).toMatchObject({
      status: "Đã xuất báo cáo: so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx.",
      kind: "success",
    });
    // Compute & fill ran first: the sheets and the document agree.
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["DS tặng quà", "DS khen thưởng", "Báo cáo"]));
    // The bar only grows, and ends full.
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[steps.length - 1]).toBe(1);
  });

  it("asks before a draft, naming the first three errors' cells; No is one calm line and the first error", async () => {
    const { context, questions, downloads } = harness([false]);
    const outcome = await withExcel(fakeOf(withBadDates(5)), () => exportAction(context));
    expect(questions).toHaveLength(1);
    expect(questions[0].message).toBe(
      "Sổ còn 5 lỗi (trang tính Con, ô C4, trang tính Con, ô C5, trang tính Con, ô C6, …). Xuất bản nháp có dấu DỰ THẢO?",
    );
    expect(downloads).toEqual([]);
    expect(outcome.kind).toBe("warning");
    expect(outcome.status).toBe("Chưa xuất báo cáo: sổ còn 5 lỗi.");
    expect(outcome.firstError).toMatchObject({ sheet: "Con", cell: "C4", severity: "error" });
  });

  it("exports a draft on Yes, its file name saying so", async () => {
    const { context, downloads } = harness([true]);
    const outcome = await withExcel(fakeOf(withBadDates(1)), () => exportAction(context));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe("so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024-du-thao.docx");
    expect(downloads[0].model).toMatchObject({ draft: true });
    expect(outcome).toMatchObject({ kind: "warning" });
    expect(outcome.status).toMatch(/^Đã xuất bản nháp có dấu DỰ THẢO: /);
  });

  it("on desktop opens the lists in a new workbook and says how to get the .docx", async () => {
    const { context, downloads } = harness([], { delivery: "workbook" });
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => exportAction(context));
    expect(downloads).toEqual([]);
    expect(fake.model.createdWorkbooks).toHaveLength(1);
    expect(outcome.status).toBe(
      "Đã mở danh sách tặng quà và khen thưởng trong một sổ mới. Bản .docx: mở sổ này bằng Excel trên web và bấm “Xuất báo cáo”, hoặc in trang tính Báo cáo ra PDF.",
    );
  });

  it("without Excel.createWorkbook points at the list sheets", async () => {
    const { context } = harness([], { delivery: "workbook" });
    const outcome = await withExcel(fakeOf(sampleWorkbook(), { apiVersion: 1.7 }), () =>
      exportAction(context),
    );
    expect(outcome.status).toMatch(
      /các danh sách nằm ở trang tính DS tặng quà và DS khen thưởng\. Bản \.docx: /,
    );
    expect(outcome.kind).toBe("warning");
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

  it("Clear asks once more before deleting them, in the danger style, and No keeps every sheet", async () => {
    const fake = await editedFake();
    const before = fake.sheetNames();
    const { context, questions } = harness([true, false]);
    const outcome = await withExcel(fake, () => clearAction(context));
    expect(questions.map((q) => q.message)).toEqual([
      STRINGS_VI.clearQuestion,
      "Các trang tính DS tặng quà đã được sửa tay sau lần tính trước. Vẫn xóa, kể cả phần đã sửa?",
    ]);
    expect(questions[1]).toMatchObject({ yes: "Xóa", no: "Hủy", danger: true });
    expect(outcome.kind).toBe("warning");
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.values("DS tặng quà")[5][8]).toBe("Đã nhận");
  });

  it("Clear deletes them, edits included, on a second Yes", async () => {
    const fake = await editedFake();
    const outcome = await withExcel(fake, () => clearAction(harness([true, true]).context));
    expect(outcome.status).toMatch(/^Đã xóa 4 trang tính: /);
    expect(fake.sheetNames()).not.toContain("DS tặng quà");
  });
});

describe("Xóa danh sách đã tạo", () => {
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
