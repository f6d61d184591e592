import { validateWorkbook } from "../../src/commands/validate-command";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { noticeText } from "../../src/commands/notice-text";
import type { ExcelFake } from "../support/excel-fake";
import { fakeOf, withExcel } from "./kit";

/** Office's dialog API as the ribbon command uses it: records the URL, and the clerk clicks OK at once. */
function dialogHost(fake: ExcelFake, urls: string[]): void {
  // The commands page's own address, from which the dialog's is made.
  Object.assign(globalThis, { window: { location: { href: "https://localhost:3000/commands.html" } } });
  const office = globalThis.Office as unknown as {
    context: { ui?: unknown; requirements: { isSetSupported: (name: string, version?: string) => boolean } };
    AsyncResultStatus?: unknown;
    EventType?: unknown;
  };
  office.context.requirements.isSetSupported = (name, version) =>
    name === "DialogApi" || fake.isSetSupported(name, version);
  office.AsyncResultStatus = { Succeeded: "succeeded" };
  office.EventType = { DialogMessageReceived: "message", DialogEventReceived: "event" };
  office.context.ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
      urls.push(url);
      const handlers = new Map<string, () => void>();
      callback({
        status: "succeeded",
        value: {
          addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
          close() {},
        },
      });
      handlers.get("message")?.();
    },
  };
}

/** The ribbon's "Kiểm tra dữ liệu": runs Validate without the pane and always tells Office it is done. */
describe("validateWorkbook (ribbon command)", () => {
  let info: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    info = jest.spyOn(console, "info").mockImplementation(() => undefined);
    error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    delete (globalThis as { window?: unknown }).window;
  });

  it("writes Kiểm tra, brings it to the front with its summary selected, and completes once", async () => {
    const fake = fakeOf(sampleWorkbook());
    const completed = jest.fn();
    await withExcel(fake, () => validateWorkbook({ completed } as unknown as Office.AddinCommands.Event));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.model.activeSheet?.name).toBe("Kiểm tra");
    expect(fake.values("Kiểm tra")[1][0]).toMatch(
      /^Kiểm tra ngày \d{2}\/\d{2}\/\d{4}: 0 lỗi, 1 cảnh báo, \d+ lưu ý\.$/,
    );
    expect(info).toHaveBeenCalledTimes(1);
  });

  it("completes once when Excel fails too, changing nothing", async () => {
    const fake = fakeOf(sampleWorkbook());
    fake.failAt({ sync: 1, code: "GeneralException" });
    const completed = jest.fn();
    await withExcel(fake, () => validateWorkbook({ completed } as unknown as Office.AddinCommands.Event));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.sheetNames()).not.toContain("Kiểm tra");
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("tells the clerk in a dialog why nothing was written, as text in the dialog's address", async () => {
    const fake = fakeOf(sampleWorkbook());
    fake.failAt({ sync: 1, code: "GeneralException" });
    const urls: string[] = [];
    const completed = jest.fn();
    await withExcel(fake, () => {
      dialogHost(fake, urls);
      return validateWorkbook({ completed } as unknown as Office.AddinCommands.Event);
    });
    expect(urls).toHaveLength(1);
    expect(new URL(urls[0]).pathname).toMatch(/\/notice\.html$/);
    expect(noticeText(new URL(urls[0]).search)).toMatch(/^Excel gặp lỗi chung/);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("asks the clerk to use the pane when Kiểm tra was edited by hand, leaving it as it is", async () => {
    const fake = fakeOf(sampleWorkbook());
    const completed = jest.fn();
    await withExcel(fake, () => validateWorkbook({ completed } as unknown as Office.AddinCommands.Event));
    fake.sheet("Kiểm tra").cellForWrite(3, 6).content = { kind: "string", value: "đã sửa xong" };
    const before = JSON.stringify(fake.dump());
    const urls: string[] = [];
    await withExcel(fake, () => {
      dialogHost(fake, urls);
      return validateWorkbook({ completed } as unknown as Office.AddinCommands.Event);
    });
    expect(JSON.stringify(fake.dump())).toBe(before);
    const text = noticeText(new URL(urls[0]).search);
    expect(text).toContain("Kiểm tra");
    expect(text).toContain("bấm Kiểm tra dữ liệu");
    expect(completed).toHaveBeenCalledTimes(2);
  });
});
