/**
 * The consolidation's orders and counts on reports written by hand: agencies by name then file, children found in
 * several agencies by name then birth date, each agency named as its first file spells it, unreadable files by
 * name, and the late agencies counted.
 */
import { type AgencyReport, consolidate, notAReport, runCampaign } from "../../src/engine";
import type { ListedChild } from "../../src/engine/consolidation/agency-report";
import { agencyRow } from "../support/agency-row";

const report = (agency: string, file: string, children: ListedChild[], onTime = true): AgencyReport => ({
  row: agencyRow(agency, {
    file,
    onTime,
    staff: 10,
    children: children.length,
    gifts: { count: children.length, total: 200_000 * children.length },
    awards: { count: 0, total: 0 },
    contributions: { total: 0, contributors: 0, staffContributors: 0, participation: 0, byPurpose: [] },
    spend: 0,
    activities: 0,
    slogans: { posted: 0, total: 12 },
  }),
  children,
});

const an = { name: "Nguyễn Minh An", birthDate: "2015-06-02" };
const anTwin = { name: "Nguyễn Minh An", birthDate: "2014-01-09" };
const binh = { name: "Trần Bình", birthDate: "2016-03-12" };
const onlyHere = { name: "Lê Chi", birthDate: "2017-08-08" };

describe("consolidate", () => {
  test("agencies by name in Vietnamese order, the same agency's files by file name", () => {
    const result = consolidate([
      report("Sở Y tế", "y-te.xlsx", []),
      report("Sở Tài chính", "tc-2.xlsx", []),
      report("Sở Tài chính", "tc-1.xlsx", []),
      report("Sở Đường sắt", "ds.xlsx", []),
    ]);
    expect(result.agencies.map((row) => row.file)).toEqual([
      "ds.xlsx",
      "tc-1.xlsx",
      "tc-2.xlsx",
      "y-te.xlsx",
    ]);
    expect(result.duplicateAgencies).toEqual(["Sở Tài chính"]);
  });

  test("only children in two or more agencies, by name then birth date, each agency as its first row spells it", () => {
    const result = consolidate([
      report("SỞ TÀI CHÍNH", "a.xlsx", [binh, an, anTwin, onlyHere]),
      report("Sở Tài chính", "b.xlsx", [binh]),
      report("SỞ Y TẾ", "c.xlsx", [an, anTwin, binh]),
    ]);
    expect(result.crossAgencyChildren).toEqual([
      { name: "Nguyễn Minh An", dateOfBirth: "2014-01-09", agencies: ["SỞ TÀI CHÍNH", "SỞ Y TẾ"] },
      { name: "Nguyễn Minh An", dateOfBirth: "2015-06-02", agencies: ["SỞ TÀI CHÍNH", "SỞ Y TẾ"] },
      // b.xlsx's "Sở Tài chính" comes first in the table (lower case first): the same agency as a.xlsx's.
      { name: "Trần Bình", dateOfBirth: "2016-03-12", agencies: ["Sở Tài chính", "SỞ Y TẾ"] },
    ]);
  });

  test("late agencies are counted; unreadable files are listed by name", () => {
    const result = consolidate(
      [report("A", "a.xlsx", [], false), report("B", "b.xlsx", []), report("C", "c.xlsx", [], false)],
      [
        { file: "z.ods", reason: "ODS" },
        { file: "ảnh.png", reason: "không phải .xlsx" },
        { file: "b.xls", reason: "XLS" },
      ],
    );
    expect(result.totals.late).toBe(2);
    expect(result.unreadable.map((file) => file.file)).toEqual(["ảnh.png", "b.xls", "z.ods"]);
  });

  test("a workbook missing core sheets names every missing one", () => {
    const stray = runCampaign({ sheets: [{ name: "Sheet1", rows: [] }] }, { today: "2024-07-05" });
    expect(notAReport(stray)).toBe(
      "không phải sổ theo dõi Tháng hành động (thiếu trang tính Cán bộ, Con, Cấu hình)",
    );
  });
});
