import { computeAndFill, setUp, validate } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payload-budget";
import { ExcelFake } from "../support/excel-fake";
import { syntheticWorkbook } from "../support/synthetic-workbook";
import { OPTIONS, withExcel } from "./kit";

/**
 * SPEC §6: a constant number of `context.sync()` calls per operation whatever the roster size, every request and
 * response under Excel on the web's 5 MB. Set up, Validate and Compute & fill run on 100 and on 10 000 staff.
 */

interface Measure {
  readonly syncs: number;
  readonly request: number;
  readonly response: number;
}

async function measure(staff: number): Promise<Record<string, Measure>> {
  const fake = ExcelFake.fromSheets(syntheticWorkbook({ staff }).sheets);
  const measures: Record<string, Measure> = {};
  await withExcel(fake, async () => {
    for (const [name, operation] of [
      ["setUp", setUp],
      ["validate", validate],
      ["computeAndFill", computeAndFill],
      // Now also reads the four generated sheets it replaces, to check their stamps: in the same bulk read.
      ["computeAndFill again", computeAndFill],
      ["validate again", validate],
    ] as const) {
      fake.resetStats();
      const report = await operation(OPTIONS);
      expect(report.syncs).toBe(fake.syncCount);
      measures[name] = {
        syncs: report.syncs,
        request: fake.maxRequestBytes,
        response: fake.maxResponseBytes,
      };
      if (process.env.SYNC_COUNTS_LOG) console.log(staff, name, JSON.stringify(measures[name]));
    }
  });
  return measures;
}

describe("syncs per operation", () => {
  it("are the same for 100 and for 10 000 staff, with every payload under 5 MB", async () => {
    const small = await measure(100);
    const large = await measure(10_000);
    for (const name of Object.keys(small)) {
      expect([name, large[name].syncs]).toEqual([name, small[name].syncs]);
      expect(large[name].request).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(large[name].response).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    // Sheet list; used ranges (with the generated sheets' values); input values; build; swap.
    expect(small).toMatchObject({
      setUp: { syncs: 5 },
      validate: { syncs: 5 },
      computeAndFill: { syncs: 5 },
      "computeAndFill again": { syncs: 5 },
      "validate again": { syncs: 5 },
    });
  }, 120_000);
});
