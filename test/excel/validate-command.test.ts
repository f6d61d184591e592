import { validateWorkbook } from "../../src/commands/validate-command";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { fakeOf, withExcel } from "./kit";

/** The ribbon's "Kiểm tra dữ liệu": runs Validate without the pane and always tells Office it is done. */
describe("validateWorkbook (ribbon command)", () => {
  let info: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    info = jest.spyOn(console, "info").mockImplementation(() => undefined);
    error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it("writes Kiểm tra, brings it to the front with its summary selected, and completes once", async () => {
    const fake = fakeOf(sampleWorkbook());
    const completed = jest.fn();
    await withExcel(fake, () => validateWorkbook({ completed } as unknown as Office.AddinCommands.Event));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.model.activeSheet?.name).toBe("Kiểm tra");
    expect(fake.values("Kiểm tra")[1][0]).toMatch(
      /^Kiểm tra ngày \d{2}\/\d{2}\/\d{4}: 0 lỗi, 1 cảnh báo, \d+ thông tin\.$/,
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
});
