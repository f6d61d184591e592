import { GENERATED_SHEETS } from "../../src/engine";
import { computeAndFill, OfficeOperationError, validate } from "../../src/excel";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import type { ExcelFake } from "../support/excel-fake";
import { fakeOf, OPTIONS, withExcel } from "./kit";

/**
 * A failure at any sync leaves the previous generated sheets whole, and the next run cleans up and succeeds. The
 * failure is injected at each sync of Compute & fill in turn, as a rejected batch and — for the reading and
 * building syncs — half-way through one (Office batches are not transactions: what ran before stays). The swap
 * sync is injected as a rejected batch only: a host dying between deleting an old sheet and renaming its
 * replacement in that one batch would leave the sheet under its temporary name until the next run.
 */

const generated = (fake: ExcelFake): string =>
  JSON.stringify(fake.dump().filter((sheet) => (GENERATED_SHEETS as readonly string[]).includes(sheet.name)));

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

async function cleanRun(): Promise<string> {
  const fake = fakeOf(sampleWorkbook());
  await withExcel(fake, () => computeAndFill(OPTIONS));
  return generated(fake);
}

describe("Compute & fill under failure", () => {
  const SYNCS = 4;

  it.each(Array.from({ length: SYNCS }, (_, i) => i + 1))(
    "failing at sync %i keeps the previous sheets whole, and the next run succeeds",
    async (sync) => {
      const expected = await cleanRun();
      for (const midway of [false, true]) {
        const { fake, earlier } = await workbookWithEarlierResults();
        expect(earlier).not.toBe(expected);
        fake.resetStats();
        const batchSize = await probeBatchSize(sync);
        fake.failAt({
          sync,
          afterActions: midway && sync < SYNCS ? Math.floor(batchSize / 2) : 0,
          code: "GeneralException",
        });
        await expect(withExcel(fake, () => computeAndFill(OPTIONS))).rejects.toBeInstanceOf(
          OfficeOperationError,
        );
        expect(generated(fake)).toBe(earlier);
        const built = sync === 4 || (sync === 3 && midway);
        expect(fake.sheetNames().filter((name) => name.startsWith("~tmp"))).toHaveLength(built ? 4 : 0);
        fake.failAt(null);
        await withExcel(fake, () => computeAndFill(OPTIONS));
        expect(generated(fake)).toBe(expected);
        expect(fake.sheetNames().filter((name) => name.startsWith("~tmp"))).toEqual([]);
      }
    },
  );

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

/** How many actions the given sync of a clean Compute & fill queues, to fail half-way through it. */
async function probeBatchSize(sync: number): Promise<number> {
  const { fake } = await workbookWithEarlierResults();
  fake.resetStats();
  await withExcel(fake, () => computeAndFill(OPTIONS));
  return fake.syncs[sync - 1].actions;
}
