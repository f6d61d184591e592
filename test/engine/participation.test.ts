/**
 * Participation = distinct staff who gave ÷ staff rows without error. A staff row with an error is left out of the
 * head count, so its contributions must be left out of the numerator too, or the report can state more than 100 %.
 */
import { baseSheets, contributionRow, headerOf, run } from "../support/workbook-builder";

/** The three valid staff of the base workbook plus two rows with errors (an unknown unit, a repeated Mã CB). */
function staffWithErrors() {
  const sheets = baseSheets();
  sheets["Cán bộ"].push(
    ["VP09", "Phạm Thị Dung", "Nữ", "Chuyên viên", "Phòng Không Có", null],
    ["VP02", "Hoàng Văn Em", "Nam", "Chuyên viên", "Văn phòng", null],
  );
  return sheets;
}

describe("participation", () => {
  it("leaves a staff row with an error out of both the head count and the givers", () => {
    const sheets = staffWithErrors();
    sheets["Ủng hộ"] = [
      headerOf("Ủng hộ"),
      contributionRow({ id: "VP01", amount: 100_000 }),
      contributionRow({ id: "VP09", amount: 100_000 }),
      contributionRow({ name: "Phạm Thị Dung", amount: 50_000 }),
    ];
    const { staff, contributions } = run(sheets);
    expect(staff.count).toBe(3);
    expect(contributions.staffContributors).toBe(1);
    expect(contributions.participation).toBe(0.3333);
    // The money still counts: only the rate leaves the row out.
    expect(contributions.total).toBe(250_000);
  });

  it("never exceeds 1, even when every staff row, with or without an error, gave", () => {
    const sheets = staffWithErrors();
    sheets["Ủng hộ"] = [
      headerOf("Ủng hộ"),
      ...["VP01", "VP02", "QL01", "VP09"].map((id) => contributionRow({ id, amount: 100_000 })),
      contributionRow({ name: "Hoàng Văn Em", amount: 100_000 }),
    ];
    const { contributions } = run(sheets);
    expect(contributions.participation).toBe(1);
    expect(contributions.staffContributors).toBe(3);
  });

  it("is 0 when there are no staff rows without error", () => {
    const sheets = baseSheets();
    sheets["Cán bộ"] = [headerOf("Cán bộ"), ["VP09", "Phạm Thị Dung", "Nữ", null, "Phòng Không Có", null]];
    sheets["Ủng hộ"] = [headerOf("Ủng hộ"), contributionRow({ id: "VP09", amount: 100_000 })];
    const { staff, contributions } = run(sheets);
    expect(staff.count).toBe(0);
    expect(contributions.participation).toBe(0);
  });
});
