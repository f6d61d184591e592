import { baseSheets, run } from "../support/workbook-builder";

describe("the test baseline", () => {
  it("is a valid tracker with no issue at all, so every rule test sees only its own issues", () => {
    const result = run(baseSheets());
    expect(result.issues).toEqual([]);
    expect(result.staff.count).toBe(3);
    expect(result.slogans).toMatchObject({ total: 12, posted: 0 });
  });
});
