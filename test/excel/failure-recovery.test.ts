import { GENERATED_SHEETS } from "../../src/engine";
import { computeAndFill, exportReportWorkbook, OfficeOperationError, validate } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { type ExcelFake, FakeOfficeError } from "../support/excel-fake";
import { fakeOf, OPTIONS, withExcel } from "./kit";

/**
 * A failure at any sync leaves the previous generated sheets whole, and the next run cleans up and succeeds. The
 * failure is injected at each sync of Compute & fill and of Export in turn, as a rejected batch and — for the
 * reading and building syncs — half-way through one (Office batches are not transactions: what ran before stays).
 * The swap sync is also failed after each of its actions in turn: a host dying between deleting an old sheet and
 * renaming its replacement leaves that sheet under its temporary name until the next run, which tidies it away.
 */

const isGenerated = (name: string): boolean => (GENERATED_SHEETS as readonly string[]).includes(name);
const generated = (fake: ExcelFake): string =>
  JSON.stringify(fake.dump().filter((sheet) => isGenerated(sheet.name)));
/** The generated sheets' content wherever they stand (a sheet recreated after a failed swap may move). */
const generatedContent = (fake: ExcelFake): string =>
  JSON.stringify(
    fake
      .dump()
      .filter((sheet) => isGenerated(sheet.name))
      .map(({ position: _position, ...sheet }) => sheet)
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
const temporary = (fake: ExcelFake): string[] => fake.sheetNames().filter((name) => name.startsWith("~tmp"));

/** A workbook whose generated sheets come from an earlier state of the data, so old and new differ. */
async function workbookWithEarlierResults(): Promise<{ fake: ExcelFake; earlier: string }> {
  const sample = sampleWorkbook();
  const children = sample.sheets.find((sheet) => sheet.name === "Con")!;
  const fewer = {
    sheets: sample.sheets.map((sheet) =>
      sheet === children ? { ...sheet, rows: children.rows.slice(0, -5) } : sheet,
    ),
  };
  const fake = fakeOf(fewer);
  await withExcel(fake, () => computeAndFill(OPTIONS));
  // Put back the five children: the data now differs from what the generated sheets show.
  const sheet = fake.sheet("Con");
  children.rows.slice(-5).forEach((row, i) =>
    row.forEach((value, c) => {
      if (value !== null)
        sheet.cellForWrite(children.rows.length - 5 + i, c).content =
          typeof value === "number" ? { kind: "number", value } : { kind: "string", value: String(value) };
    }),
  );
  return { fake, earlier: generated(fake) };
}

async function cleanRun(): Promise<ExcelFake> {
  const fake = fakeOf(sampleWorkbook());
  await withExcel(fake, () => computeAndFill(OPTIONS));
  return fake;
}

/** The syncs of a Compute & fill that replaces earlier results, with the actions each queues. */
async function computeSyncs(): Promise<number[]> {
  const { fake } = await workbookWithEarlierResults();
  fake.resetStats();
  await withExcel(fake, () => computeAndFill(OPTIONS));
  return fake.syncs.map((sync) => sync.actions);
}

/**
 * What each sync does, the Office error a real host plausibly fails it with, and the sentence the clerk then reads
 * (the pane shows `error.message`). The sentence depends on the error, not on the sync: every one ends in what to do.
 */
const COMPUTE_FAILURES = [
  {
    sync: 1,
    does: "lists the sheets",
    code: "RequestAborted",
    vi: "Excel đã hủy yêu cầu (sổ được tải lại hoặc kết nối bị gián đoạn). Hãy chạy lại.",
  },
  {
    sync: 2,
    does: "reads the used ranges, the generated sheets and their stamps",
    code: "GeneralException",
    vi: "Excel gặp lỗi chung khi thực hiện thao tác. Hãy chạy lại; nếu vẫn lỗi, hãy lưu, đóng và mở lại sổ.",
  },
  {
    sync: 3,
    does: "reads the input sheets' values",
    code: "ItemNotFound",
    vi: "Không tìm thấy một trang tính hoặc vùng ô mà thao tác cần: có thể ai đó vừa đổi tên hoặc xóa trang tính trong lúc chạy. Hãy chạy lại.",
  },
  {
    sync: 4,
    does: "builds the new sheets, hidden, under temporary names",
    code: "InvalidOperation",
    vi: "Excel không cho thực hiện thao tác này: một trang tính hoặc cấu trúc sổ có thể đang được bảo vệ (Xem lại › Bỏ bảo vệ), một trang tính cần dùng có thể đang bị ẩn, hoặc sổ đang mở ở chế độ chỉ đọc. Hãy kiểm tra rồi chạy lại.",
  },
  {
    sync: 5,
    does: "writes the stamps and swaps the new sheets in",
    code: "Conflict",
    vi: "Sổ vừa bị thay đổi cùng lúc, có thể một người khác đang chạy cùng thao tác này. Chờ một lát rồi chạy lại.",
  },
] as const;

describe("Compute & fill under failure", () => {
  it("makes the five syncs the failures below are injected at", async () => {
    expect(await computeSyncs()).toHaveLength(COMPUTE_FAILURES.length);
  });

  it.each(COMPUTE_FAILURES)(
    "failing at sync $sync ($does) keeps the previous sheets whole, says so, and the next run succeeds",
    async ({ sync, code, vi }) => {
      const expected = generated(await cleanRun());
      const actions = (await computeSyncs())[sync - 1];
      const last = sync === COMPUTE_FAILURES.length;
      for (const midway of last ? [false] : [false, true]) {
        const { fake, earlier } = await workbookWithEarlierResults();
        expect(earlier).not.toBe(expected);
        fake.resetStats();
        fake.failAt({ sync, afterActions: midway ? Math.floor(actions / 2) : 0, code });
        const error = await withExcel(fake, () => computeAndFill(OPTIONS)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OfficeOperationError);
        expect(error).toMatchObject({ code, message: vi });
        expect(generated(fake)).toBe(earlier);
        // Hidden leftovers of the build: the next run deletes them first.
        const built = sync === 5 || (sync === 4 && midway);
        expect(temporary(fake)).toHaveLength(built ? 4 : 0);
        fake.failAt(null);
        await withExcel(fake, () => computeAndFill(OPTIONS));
        expect(generated(fake)).toBe(expected);
        expect(temporary(fake)).toEqual([]);
      }
    },
  );

  it("recovers from a swap cut short after any of its actions, without taking its own sheets for edited ones", async () => {
    const expected = generatedContent(await cleanRun());
    const actions = (await computeSyncs())[4];
    expect(actions).toBeGreaterThan(4);
    for (let after = 1; after < actions; after += 1) {
      const { fake } = await workbookWithEarlierResults();
      fake.resetStats();
      fake.failAt({ sync: 5, afterActions: after, code: "GeneralException" });
      await expect(withExcel(fake, () => computeAndFill(OPTIONS))).rejects.toBeInstanceOf(
        OfficeOperationError,
      );
      fake.failAt(null);
      // No EditedSheetsError: each sheet is either the old one (previous stamp) or the new one (new stamp).
      await withExcel(fake, () => computeAndFill(OPTIONS));
      expect([after, generatedContent(fake)]).toEqual([after, expected]);
      expect(temporary(fake)).toEqual([]);
    }
  });

  it("gives the clerk a sentence to act on, in Vietnamese or English", async () => {
    const fake = fakeOf(sampleWorkbook());
    fake.failAt({ sync: 3, code: "InvalidOperationInCellEditMode" });
    await expect(withExcel(fake, () => validate(OPTIONS))).rejects.toThrow(
      "Một ô đang được sửa. Nhấn Enter hoặc Esc để rời ô đó rồi chạy lại.",
    );
    fake.resetStats();
    fake.failAt({ sync: 3, code: "ItemNotFound" });
    await expect(withExcel(fake, () => validate({ ...OPTIONS, locale: "en" }))).rejects.toMatchObject({
      code: "ItemNotFound",
      message: expect.stringContaining("was not found"),
    });
  });

  it("writes identical sheets when run twice", async () => {
    const fake = fakeOf(sampleWorkbook());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    const first = JSON.stringify(fake.dump());
    await withExcel(fake, () => computeAndFill(OPTIONS));
    expect(JSON.stringify(fake.dump())).toBe(first);
  });
});

const EXPORT_FAILURES = [
  {
    sync: 1,
    does: "lists the sheets",
    code: "ItemNotFound",
    vi: "Không tìm thấy một trang tính hoặc vùng ô mà thao tác cần: có thể ai đó vừa đổi tên hoặc xóa trang tính trong lúc chạy. Hãy chạy lại.",
  },
  {
    sync: 2,
    does: "reads the used ranges",
    code: "GeneralException",
    vi: "Excel gặp lỗi chung khi thực hiện thao tác. Hãy chạy lại; nếu vẫn lỗi, hãy lưu, đóng và mở lại sổ.",
  },
  {
    sync: 3,
    does: "reads the input sheets' values",
    code: "EditModeCannotAcquireLock",
    vi: "Sổ vừa bị thay đổi cùng lúc, có thể một người khác đang chạy cùng thao tác này. Chờ một lát rồi chạy lại.",
  },
] as const;

describe("Export under failure", () => {
  it("makes the three syncs the failures below are injected at", async () => {
    const fake = await cleanRun();
    const report = await withExcel(fake, () => exportReportWorkbook(OPTIONS));
    expect(report.syncs).toBe(EXPORT_FAILURES.length);
  });

  it.each(EXPORT_FAILURES)(
    "failing at sync $sync ($does) changes nothing, says so, and the next run succeeds",
    async ({ sync, code, vi }) => {
      for (const midway of [false, true]) {
        const fake = await cleanRun();
        const before = JSON.stringify(fake.dump());
        fake.resetStats();
        fake.failAt({ sync, afterActions: midway ? 2 : 0, code });
        const error = await withExcel(fake, () => exportReportWorkbook(OPTIONS)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OfficeOperationError);
        expect(error).toMatchObject({ code, message: vi });
        expect(JSON.stringify(fake.dump())).toBe(before);
        expect(fake.model.createdWorkbooks).toEqual([]);
        fake.failAt(null);
        await expect(withExcel(fake, () => exportReportWorkbook(OPTIONS))).resolves.toMatchObject({
          opened: true,
        });
        expect(fake.model.createdWorkbooks).toHaveLength(1);
        expect(JSON.stringify(fake.dump())).toBe(before);
      }
    },
  );

  it("says so when Excel cannot open the new workbook, and succeeds once it can", async () => {
    const fake = await cleanRun();
    const before = JSON.stringify(fake.dump());
    const open = fake.createWorkbook;
    fake.createWorkbook = () =>
      Promise.reject(new FakeOfficeError("GeneralException", "The workbook could not be created."));
    const error = await withExcel(fake, () => exportReportWorkbook({ ...OPTIONS, locale: "en" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OfficeOperationError);
    expect(error).toMatchObject({
      message: "Excel hit a general error. Run again; if it persists, save, close and reopen the workbook.",
    });
    expect(JSON.stringify(fake.dump())).toBe(before);
    fake.createWorkbook = open;
    await expect(withExcel(fake, () => exportReportWorkbook(OPTIONS))).resolves.toMatchObject({
      opened: true,
    });
  });
});
