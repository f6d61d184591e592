import { cellsOf, run, withChildren } from "../../support/workbook-builder";

describe("AGE_GRADE_MISMATCH", () => {
  // School year 2023-2024: the expected grade is the age on 05/09/2023 minus 6; more than 2 off warns.
  it.each([
    ["01/01/2014", 4, false], // age 9 → grade 3: one off
    ["01/01/2014", 1, false], // two off: still plausible
    ["01/01/2014", 6, true], // three off
    ["01/01/2014", "Mầm non", true], // pre-school (grade 0) at 9
    ["01/01/2008", 12, true], // age 15 → grade 9: three off
    ["01/01/2008", 10, false],
  ])("born %s in Lớp %p: warns %p", (born, grade, warns) => {
    const result = run(withChildren({ born, grade }));
    expect(cellsOf(result, "AGE_GRADE_MISMATCH")).toEqual(warns ? ["Con!E2"] : []);
    expect(result.counts.error).toBe(0);
  });

  it("ignores a blank Lớp (not in school)", () => {
    expect(cellsOf(run(withChildren({ born: "01/01/2008" })), "AGE_GRADE_MISMATCH")).toEqual([]);
  });
});
