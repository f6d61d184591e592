import { ExcelFake, FakeOfficeError } from "../support/excel-fake";
import { withExcel } from "./kit";

/**
 * The fake is only as useful as it is strict: these are the Office.js rules the adapter's tests rely on. Some
 * tests break the rules on purpose, which the office-addins lint rules rightly flag.
 */
const run = <T>(fake: ExcelFake, batch: (context: Excel.RequestContext) => Promise<T>) =>
  withExcel(fake, () => Excel.run(batch));
const workbook = () => ExcelFake.fromSheets([{ name: "Con", rows: [["Mã CB"], ["VP01"]] }]);

describe("the Excel fake", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    await run(workbook(), async (context) => {
      const range = context.workbook.worksheets.getItem("Con").getRange("A1:A2");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();

      expect(range.values).toEqual([["Mã CB"], ["VP01"]]);
    });
  });

  it("fails getItem of a missing sheet at sync, with ItemNotFound, and answers getItemOrNullObject with a null object", async () => {
    const fake = workbook();
    await run(fake, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Cán bộ");
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Cán bộ").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("applies writes at sync, in order, and gives each Excel.run a fresh context", async () => {
    const fake = workbook();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Con");
      sheet.getRange("B1").values = [["một"]];
      sheet.getRange("B1").values = [["hai"]];
      expect(fake.values("Con")[0][1]).toBeUndefined();
      await context.sync();
    });
    expect(fake.values("Con")[0][1]).toBe("hai");
    const contexts = await withExcel(fake, async () => [
      await Excel.run(async (c) => c),
      await Excel.run(async (c) => c),
    ]);
    expect(contexts[0]).not.toBe(contexts[1]);
  });

  it("counts syncs, weighs payloads, and fails the sync it is told to", async () => {
    const fake = workbook();
    fake.failAt({ sync: 2, code: "GeneralException" });
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Con").getRange("A1:A2").load("values");
      await context.sync();
      await expect(context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.maxResponseBytes).toBeGreaterThan(10);
  });

  it("rejects a request over Excel on the web's 5 MB, and an API the host's version lacks", async () => {
    const fake = ExcelFake.fromSheets([{ name: "Con", rows: [] }], { apiVersion: 1.7 });
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(false);
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Con");
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [["x".repeat(6 * 1024 * 1024)]];
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      sheet.pageLayout.orientation = "Landscape";
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("insists on matrices the size of the range, except a 1×1 number format", async () => {
    await run(workbook(), async (context) => {
      const range = context.workbook.worksheets.getItem("Con").getRange("A1:B2");
      range.numberFormat = [["@"]];
      await context.sync();
      range.values = [["only one"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});
